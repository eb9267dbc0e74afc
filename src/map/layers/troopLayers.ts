/**
 * Troop commitment as a texture over the role colour, so it reads without colour vision.
 * `fill-pattern` cannot read feature state in MapLibre (its expression parameters are zoom and
 * feature only), so each level has its own fill layer with a fixed pattern, and the layer's
 * `fill-opacity` (which can read feature state) shows the pattern only on countries whose `troops`
 * state is that level. A timeline step therefore stays a feature-state write.
 */
import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { IndexedDataset } from '../../data/derive';
import { PATTERNED_TROOP_LEVELS, type PatternedTroopLevel, troopPatternImageId } from '../patterns';
import { COUNTRY_SOURCE, stateFlag, UKRAINE } from './baseLayers';

/** The layer id of one troop level. */
export function troopLayerId(level: PatternedTroopLevel): string {
  return `country-troops-${level.replace('_', '-')}`;
}

/** For each patterned level, the countries whose status history ever reaches it, from the data. */
export type TroopReach = Readonly<Record<PatternedTroopLevel, readonly string[]>>;

/** Which countries can ever show each troop level; computed once per dataset, never per step. */
export function troopReachOf(dataset: Pick<IndexedDataset, 'actors'>): TroopReach {
  const reach = Object.fromEntries(PATTERNED_TROOP_LEVELS.map((level) => [level, [] as string[]])) as Record<
    PatternedTroopLevel,
    string[]
  >;
  for (const actor of dataset.actors) {
    if (actor.kind !== 'country') continue;
    for (const level of new Set(actor.status.map((entry) => entry.troops))) {
      if (level in reach) reach[level as PatternedTroopLevel].push(actor.id);
    }
  }
  return reach;
}

/**
 * Which countries a troop layer draws. Without a reach, every country but Ukraine (the country being
 * guaranteed, not a contributor). With one, only those the data can ever give that level: a fill
 * layer rasterises every feature it holds even at opacity 0, and five world-wide pattern layers were
 * most of the cost of a frame (and so of a timeline step) under software rendering.
 */
export function troopLayerFilter(level: PatternedTroopLevel, reach?: TroopReach): FilterSpecification {
  const notUkraine: FilterSpecification = ['!=', ['get', 'iso3'], UKRAINE];
  if (!reach) return notUkraine;
  return ['all', notUkraine, ['in', ['get', 'iso3'], ['literal', [...reach[level]]]]];
}

/** One pattern layer for a troop level. */
export function buildTroopLayer(level: PatternedTroopLevel, reach?: TroopReach): LayerSpecification {
  return {
    id: troopLayerId(level),
    type: 'fill',
    source: COUNTRY_SOURCE,
    filter: troopLayerFilter(level, reach),
    paint: {
      'fill-pattern': troopPatternImageId(level),
      'fill-opacity': ['case', ['!=', ['feature-state', 'troops'], level], 0, stateFlag('dimmed'), 0.35, 1],
      // The country border draws every edge; an antialiasing pass here would draw it again per level.
      'fill-antialias': false,
    },
  };
}

/** The pattern layers of every troop level, in the legend's order. */
export function buildTroopLayers(reach?: TroopReach): LayerSpecification[] {
  return PATTERNED_TROOP_LEVELS.map((level) => buildTroopLayer(level, reach));
}
