/**
 * Text shown when part of the page fails: a component that threw (error boundary) or a map that cannot
 * be drawn (no WebGL). Whole sentences per area, because area names change case and gender in
 * Ukrainian and German and cannot be slotted into one template.
 */
import { defineCatalog } from '../../i18n/catalog';

export const errorMessages = defineCatalog({
  en: {
    failedMap: 'The map stopped working because of an error.',
    failedCard: 'The announcement card stopped working because of an error.',
    failedPanel: 'The country panel stopped working because of an error.',
    failedTimeline: 'The timeline stopped working because of an error.',
    failedLegend: 'The legend stopped working because of an error.',
    failedTable: 'The table stopped working because of an error.',
    failedHint: 'The rest of the page still works. Try again, or reload the page.',
    errorDetail: 'Error: {message}',
    tryAgain: 'Try again',
    reload: 'Reload',
    mapNeedsWebgl:
      'The map needs WebGL 2, which this browser or device does not provide, so the facts are shown as tables instead. The timeline and the announcements still work.',
    mapUnavailableDetail: 'Reason: {reason}',
    reasonWebglMissing: 'WebGL is turned off or not supported here.',
    reasonWebgl1Only: 'This browser offers only the older WebGL 1.',
  },
});

export type ErrorMessages = typeof errorMessages.en;

/** The page areas that each get their own error boundary. */
export type FailingArea = 'map' | 'card' | 'panel' | 'timeline' | 'legend' | 'table';

/** The message key that names each area's failure. */
export const FAILED_AREA_MESSAGE: Record<FailingArea, keyof ErrorMessages> = {
  map: 'failedMap',
  card: 'failedCard',
  panel: 'failedPanel',
  timeline: 'failedTimeline',
  legend: 'failedLegend',
  table: 'failedTable',
};
