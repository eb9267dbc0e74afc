/**
 * The place of the chosen announcement: every event's place is in one source, and the `current`
 * feature state shows the one the viewer is looking at, so stepping the timeline is a state write.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { ThemeTokens } from '../../theme/tokens';
import { LABEL_FONT, stateFlag } from './baseLayers';

export const ANNOUNCEMENT_SOURCE = 'announcements';
export const ANNOUNCEMENT_LAYER_IDS = [
  'announcement-halo',
  'announcement-marker',
  'announcement-label',
] as const;

function currentOnly(opacity: number): ExpressionSpecification {
  return ['case', stateFlag('current'), opacity, 0];
}

export function buildAnnouncementLayers(tokens: ThemeTokens): LayerSpecification[] {
  return [
    {
      id: 'announcement-halo',
      type: 'circle',
      source: ANNOUNCEMENT_SOURCE,
      paint: {
        'circle-radius': 13,
        'circle-color': tokens.background,
        'circle-opacity': currentOnly(0.55),
        'circle-stroke-color': tokens.text,
        'circle-stroke-width': 2,
        'circle-stroke-opacity': currentOnly(1),
      },
    },
    {
      id: 'announcement-marker',
      type: 'circle',
      source: ANNOUNCEMENT_SOURCE,
      paint: {
        'circle-radius': 5,
        'circle-color': tokens.text,
        'circle-opacity': currentOnly(1),
      },
    },
    {
      id: 'announcement-label',
      type: 'symbol',
      source: ANNOUNCEMENT_SOURCE,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': LABEL_FONT,
        'text-size': 12,
        'text-anchor': 'bottom',
        'text-offset': [0, -1.3],
        // Several announcements share a place (Paris); only the current one is opaque, so overlaps are harmless.
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: {
        'text-color': tokens.text,
        'text-halo-color': tokens.background,
        'text-halo-width': 2,
        'text-opacity': currentOnly(1),
      },
    },
  ];
}
