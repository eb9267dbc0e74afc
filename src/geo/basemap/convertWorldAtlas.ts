import { quantize } from 'topojson-client';
import type { Objects, Topology } from 'topojson-specification';
import { correctCrimea } from './correctCrimea';
import { dropCountries } from './dropCountries';
import { dropSmallIslands } from './dropSmallIslands';
import { labelCountries } from './labelCountries';
import { mergeSharedCodes } from './mergeSharedCodes';
import { pruneArcs } from './pruneArcs';
import { simplifyOutsideEurope } from './simplifyOutsideEurope';
import { type BasemapTopology, EUROPE_BOX, type LonLatBox } from './types';
import { verifyUkraineBorders } from './verifyUkraineBorders';

/** Knobs of the conversion; the defaults are what ships, measured in `npm run basemap`. */
export interface ConversionOptions {
  /** Where every source point is kept. */
  detailBox: LonLatBox;
  /** Visvalingam threshold outside the detail box, in square degrees. */
  minimumWeight: number;
  /**
   * Visvalingam threshold inside the detail box, in square degrees; must be below `minimumWeight`.
   * Small enough that the removed points lie within about a pixel of the kept outline at zoom 7.
   */
  detailWeight: number;
  /** Islands smaller than this (square degrees) outside the detail box are dropped. */
  minimumIslandArea: number;
  /** Quantization steps across the map's bounding box. */
  quantization: number;
}

/**
 * Tuned with `npm run bench` against the 600 KB first-load budget (docs/performance.md): 67 KB → 55 KB
 * gzip. Europe loses only points within about a pixel of its outline at zoom 7 (≥ 97 % of the source's
 * vertices stay); 18,000 steps put a vertex within 0.01° of its place (under 2 px at zoom 7); islands
 * under half a square degree far from Europe are specks at world zoom; 0.06 keeps Japan and New Zealand
 * recognisable.
 */
export const DEFAULT_CONVERSION_OPTIONS: ConversionOptions = {
  detailBox: EUROPE_BOX,
  minimumWeight: 0.06,
  detailWeight: 0.0001,
  minimumIslandArea: 0.5,
  quantization: 18_000,
};

/**
 * Turns world-atlas `countries-50m.json` into the shipped basemap: countries keyed by ISO alpha-3,
 * borders as UN GA resolution 68/262 recognises them (Crimea in Ukraine), no Antarctica, full
 * detail in Europe and coarse elsewhere, quantized. Throws if the border correction cannot be
 * applied or verified, so a changed source breaks the build instead of the map.
 */
export function convertWorldAtlas(
  source: Topology,
  options: Partial<ConversionOptions> = {},
): BasemapTopology {
  const settings = { ...DEFAULT_CONVERSION_OPTIONS, ...options };
  let topology = labelCountries(source);
  topology = dropCountries(topology, ['ATA']);
  topology = mergeSharedCodes(topology);
  topology = correctCrimea(topology);
  topology = dropSmallIslands(topology, settings.minimumIslandArea, settings.detailBox);
  topology = pruneArcs(topology);
  topology = simplifyOutsideEurope(
    topology,
    settings.minimumWeight,
    settings.detailBox,
    settings.detailWeight,
  );
  // topojson's typings want property-less objects here; the properties pass through untouched.
  topology = quantize(topology as Topology<Objects<object>>, settings.quantization);
  verifyUkraineBorders(topology);
  return topology as BasemapTopology;
}
