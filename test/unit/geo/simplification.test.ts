import { gzipSync } from 'node:zlib';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { decodeBasemap } from '../../../src/geo';
import { labelCountries, packBasemap } from '../../../src/geo/basemap';
import { coordinateCount } from './counting';
import { convertedBasemap, convertedTopology, readWorldAtlas } from './worldAtlas';

/** The packed file as shipped (36.9 KB when this was set; the same topology as TopoJSON text is 55 KB). */
const GZIP_BUDGET_BYTES = 40 * 1024;

function vertexCounts(topology: Topology): Map<string, number> {
  const counts = new Map<string, number>();
  for (const country of decodeBasemap(topology).features) {
    // Summed: the source has two geometries coded 036 (Australia, Ashmore and Cartier Islands).
    const iso3 = country.properties.iso3;
    counts.set(iso3, (counts.get(iso3) ?? 0) + coordinateCount(country.geometry));
  }
  return counts;
}

describe('simplification', () => {
  const shipped = vertexCounts(convertedBasemap());
  const source = vertexCounts(labelCountries(readWorldAtlas()));

  it('keeps Europe at full source detail', () => {
    for (const iso3 of ['POL', 'DEU', 'ITA', 'GRC', 'FIN', 'ROU', 'MDA']) {
      expect(shipped.get(iso3), iso3).toBeGreaterThanOrEqual(0.9 * (source.get(iso3) ?? 0));
    }
    expect(shipped.get('UKR')).toBeGreaterThan(600);
    expect(shipped.get('POL')).toBeGreaterThan(300);
  });

  it('simplifies far countries strongly but keeps them', () => {
    for (const iso3 of ['CAN', 'USA', 'AUS', 'BRA']) {
      expect(shipped.get(iso3), iso3).toBeLessThan(0.4 * (source.get(iso3) ?? 0));
    }
    for (const [iso3, count] of source) {
      if (iso3 !== 'ATA') expect(shipped.get(iso3), iso3).toBeGreaterThanOrEqual(Math.min(4, count));
    }
    expect(shipped.get('JPN')).toBeGreaterThan(100);
    expect(shipped.get('NZL')).toBeGreaterThan(50);
  });

  it(`fits in ${GZIP_BUDGET_BYTES / 1024} KB gzip`, () => {
    const gzip = gzipSync(packBasemap(convertedTopology()), { level: 9 }).byteLength;
    expect(gzip).toBeLessThanOrEqual(GZIP_BUDGET_BYTES);
  });
});
