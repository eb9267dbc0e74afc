/**
 * The words a screen reader hears for an announcement on the timeline: its moment at the precision
 * the data knows, its title, and whether it involves the selected country. The slider's
 * `aria-valuetext` and each tick's hidden text share it, so both always say the same thing.
 */
import type { IndexedEvent } from '../../data/derive';
import { fillTemplate } from '../../i18n/catalog';
import { formatMoment } from '../../i18n/formatDate';
import type { Language } from '../../state/slices/viewSlice';
import type { timelineMessages } from './messages';

type TimelineMessages = typeof timelineMessages.en;

/** "6 January 2026, 18:45 CET: Paris Declaration signed" (plus "Involves Spain." when it does). */
export function describeAnnouncement(
  event: Pick<IndexedEvent, 'startTime' | 'precision' | 'title'>,
  language: Language,
  messages: TimelineMessages,
  involvedCountryName: string | null,
): string {
  const date = formatMoment(event.startTime, event.precision, language);
  return involvedCountryName
    ? fillTemplate(messages.valueTextInvolving, { date, title: event.title, country: involvedCountryName })
    : fillTemplate(messages.valueText, { date, title: event.title });
}
