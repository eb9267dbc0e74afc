/**
 * Troop commitment as a texture over the role colour, so it reads without colour vision.
 * `fill-pattern` cannot read feature state in MapLibre (its expression parameters are zoom and
 * feature only), so each level has its own fill layer with a fixed pattern, and the layer's
 * `fill-opacity` (which can read feature state) shows the pattern only on countries whose `troops`
 * state is that level. A timeline step therefore stays a feature-state write.
 */
import type { LayerSpecification } from 'maplibre-gl';
import { PATTERNED_TROOP_LEVELS, type PatternedTroopLevel, troopPatternImageId } from '../patterns';
import { COUNTRY_SOURCE, stateFlag, UKRAINE } from './baseLayers';

/** The layer id of one troop level. */
export function troopLayerId(level: PatternedTroopLevel): string {
  return `country-troops-${level.replace('_', '-')}`;
}

/** One pattern layer for a troop level. */
export function buildTroopLayer(level: PatternedTroopLevel): LayerSpecification {
  return {
    id: troopLayerId(level),
    type: 'fill',
    source: COUNTRY_SOURCE,
    // Ukraine is the country being guaranteed, not a contributor; its own colour says enough.
    filter: ['!=', ['get', 'iso3'], UKRAINE],
    paint: {
      'fill-pattern': troopPatternImageId(level),
      'fill-opacity': ['case', ['!=', ['feature-state', 'troops'], level], 0, stateFlag('dimmed'), 0.35, 1],
    },
  };
}

/** The pattern layers of every troop level, in the legend's order. */
export function buildTroopLayers(): LayerSpecification[] {
  return PATTERNED_TROOP_LEVELS.map(buildTroopLayer);
}
