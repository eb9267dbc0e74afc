import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeBasemap, neighboursOf } from '../../../src/geo';
import { expectRecognisedBorders } from './borderExpectations';
import { GENERATED_BASEMAP_PATH, generatedBasemapText } from './worldAtlas';

const text = generatedBasemapText();

describe.runIf(text !== undefined)(`generated ${GENERATED_BASEMAP_PATH}`, () => {
  const shipped = text ?? '';
  const countries = decodeBasemap(JSON.parse(shipped));

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

  it('fits in 90 KB gzip', () => {
    expect(gzipSync(shipped, { level: 9 }).byteLength).toBeLessThanOrEqual(90 * 1024);
  });
});
