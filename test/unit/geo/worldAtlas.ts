import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import { type BasemapTopology, convertWorldAtlas } from '../../../src/geo/basemap';

const root = resolve(import.meta.dirname, '../../..');

/** Path of the file `npm run basemap` writes; tests on it run only when it exists. */
export const GENERATED_BASEMAP_PATH = resolve(root, 'public/basemap/countries.topo.json');

/** A fresh parse of the real world-atlas 1:50m countries, so tests may mutate it. */
export function readWorldAtlas(): Topology {
  return JSON.parse(
    readFileSync(resolve(root, 'node_modules/world-atlas/countries-50m.json'), 'utf8'),
  ) as Topology;
}

let converted: BasemapTopology | undefined;

/** The basemap converted in memory from world-atlas with the shipped options (computed once). */
export function convertedBasemap(): BasemapTopology {
  converted ??= convertWorldAtlas(readWorldAtlas());
  return converted;
}

/** The generated file's text, or undefined when the build has not run. */
export function generatedBasemapText(): string | undefined {
  return existsSync(GENERATED_BASEMAP_PATH) ? readFileSync(GENERATED_BASEMAP_PATH, 'utf8') : undefined;
}
