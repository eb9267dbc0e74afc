import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeBasemap, neighboursOf, unpackBasemap } from '../../../src/geo';
import { packBasemap } from '../../../src/geo/basemap';
import { expectRecognisedBorders } from './borderExpectations';
import { convertedTopology, GENERATED_BASEMAP_PATH, generatedBasemapBytes } from './worldAtlas';

const bytes = generatedBasemapBytes();

describe.runIf(bytes !== undefined)(`generated ${GENERATED_BASEMAP_PATH}`, () => {
  const shipped = bytes ?? new Uint8Array();
  const countries = decodeBasemap(unpackBasemap(shipped));

  it('holds exactly the packed conversion (the other geo tests check that conversion)', () => {
    expect(Buffer.from(shipped).equals(packBasemap(convertedTopology()))).toBe(true);
  });

  it('is keyed by unique iso3 with Kosovo as XKX', () => {
    const ids = countries.features.map((country) => country.properties.iso3);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('XKX');
    expect(ids).not.toContain('ATA');
  });

  it('draws the recognised borders', () => {
    expectRecognisedBorders(countries);
    expect(new Set(neighboursOf(countries, 'UKR'))).toEqual(
      new Set(['POL', 'SVK', 'HUN', 'ROU', 'MDA', 'BLR', 'RUS']),
    );
  });

  it('fits in 40 KB gzip', () => {
    expect(gzipSync(shipped, { level: 9 }).byteLength).toBeLessThanOrEqual(40 * 1024);
  });
});
