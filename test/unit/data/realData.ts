/**
 * Test helpers: the real data files, parsed, and a basemap; fixtures are clones of these with one
 * thing broken, so every test names the single rule it exercises.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import type { Actor, AtlasEvent, SitesFile } from '../../../src/data/schema';
import { type CountryCollection, decodeBasemap } from '../../../src/geo';
import { convertWorldAtlas } from '../../../src/geo/basemap';

export const repositoryRoot = resolve(import.meta.dirname, '../../..');

/** A fresh deep copy of the three real files, safe to break. */
export interface RealData {
  actors: Actor[];
  events: AtlasEvent[];
  sites: SitesFile;
}

/** A fresh deep copy of the three real files, safe to break (typed as valid data, which it is until broken). */
export function realRawData(): RealData {
  const read = (name: string) => JSON.parse(readFileSync(join(repositoryRoot, 'data', name), 'utf8'));
  return { actors: read('actors.json'), events: read('events.json'), sites: read('sites.geojson') };
}

let basemap: CountryCollection | undefined;
/** The basemap the checker uses, converted from world-atlas once per test file. */
export function testBasemap(): CountryCollection {
  if (!basemap) {
    const source = JSON.parse(
      readFileSync(join(repositoryRoot, 'node_modules/world-atlas/countries-50m.json'), 'utf8'),
    );
    basemap = decodeBasemap(convertWorldAtlas(source as Topology));
  }
  return basemap;
}

/** Index of the record with this id, so tests survive reordering of the data. */
export function indexOfId(records: ReadonlyArray<{ id: string }>, id: string): number {
  const index = records.findIndex((record) => record.id === id);
  if (index < 0) throw new Error(`no record ${id} in the real data`);
  return index;
}

export function indexOfSite(raw: RealData, id: string): number {
  const index = raw.sites.features.findIndex((feature) => feature.properties.id === id);
  if (index < 0) throw new Error(`no site ${id} in the real data`);
  return index;
}
