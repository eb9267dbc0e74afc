import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import { unpackBasemap } from '../../../src/geo';
import { type BasemapTopology, convertWorldAtlas, packBasemap } from '../../../src/geo/basemap';

const root = resolve(import.meta.dirname, '../../..');

/** Path of the file `npm run basemap` writes; tests on it run only when it exists. */
export const GENERATED_BASEMAP_PATH = resolve(root, 'public/basemap/countries.topology.bin');

/** A fresh parse of the real world-atlas 1:50m countries, so tests may mutate it. */
export function readWorldAtlas(): Topology {
  return JSON.parse(
    readFileSync(resolve(root, 'node_modules/world-atlas/countries-50m.json'), 'utf8'),
  ) as Topology;
}

let converted: BasemapTopology | undefined;
let shipped: BasemapTopology | undefined;

/** The basemap converted in memory from world-atlas with the shipped options, before packing (computed once). */
export function convertedTopology(): BasemapTopology {
  converted ??= convertWorldAtlas(readWorldAtlas());
  return converted;
}

/**
 * The basemap as the page gets it: converted, packed into the shipped bytes and unpacked again
 * (computed once), so every test on it also runs through the packed format.
 */
export function convertedBasemap(): BasemapTopology {
  shipped ??= unpackBasemap(packBasemap(convertedTopology()));
  return shipped;
}

/** The generated file's bytes, or undefined when the build has not run. */
export function generatedBasemapBytes(): Uint8Array | undefined {
  return existsSync(GENERATED_BASEMAP_PATH) ? readFileSync(GENERATED_BASEMAP_PATH) : undefined;
}
