import { describe, expect, it } from 'vitest';
import { momentToTime } from '../../../src/data/derive';
import { isPointInCountry, undisclosedAreaInUkraine } from '../../../src/geo';
import { hostNationsOf, resolveSiteShapes, siteGroupOf, siteStatesAt } from '../../../src/map/siteShapes';
import { datasetWithSites, SQUARE_COUNTRIES } from './mapFixtures';

const dataset = datasetWithSites();
const resolved = resolveSiteShapes(dataset.sites, SQUARE_COUNTRIES, () =>
  undisclosedAreaInUkraine(SQUARE_COUNTRIES),
);
const shapeOf = (id: string) => resolved.shapes.features.find((feature) => feature.id === id);

describe('resolveSiteShapes', () => {
  it('keeps a Point a Point', () => {
    expect(shapeOf('hq-paris')?.geometry).toEqual({ type: 'Point', coordinates: [2.21, 48.87] });
  });

  it('draws an undisclosed hub as an area inside Ukraine, west of the front', () => {
    const geometry = shapeOf('hubs-in-ukraine')?.geometry;
    expect(geometry?.type).toMatch(/Polygon/);
    const label = resolved.labels.features.find((feature) => feature.id === 'hubs-in-ukraine');
    const [lon = 0, lat = 0] = label?.geometry.coordinates ?? [];
    expect(isPointInCountry(SQUARE_COUNTRIES, 'UKR', [lon, lat])).toBe(true);
    expect(lon).toBeLessThan(34);
  });

  it('does not draw undisclosed ceasefire monitoring over the rear of Ukraine', () => {
    const withMonitoring = datasetWithSites();
    const hub = withMonitoring.sites.find((site) => site.properties.id === 'hubs-in-ukraine');
    if (!hub) throw new Error('fixture lacks hubs-in-ukraine');
    const monitoring = {
      ...hub,
      properties: { ...hub.properties, id: 'monitoring', kind: 'monitoring' as const },
    };
    const result = resolveSiteShapes([hub, monitoring], SQUARE_COUNTRIES, () =>
      undisclosedAreaInUkraine(SQUARE_COUNTRIES),
    );
    expect(result.shapes.features.map((feature) => feature.id)).toEqual(['hubs-in-ukraine']);
    expect(result.skipped).toEqual([{ id: 'monitoring', reason: expect.stringContaining('not drawn') }]);
  });

  it('draws a country-precision candidate as the host country polygon, not the sender', () => {
    const poland = SQUARE_COUNTRIES.features.find((country) => country.properties.iso3 === 'POL');
    expect(shapeOf('candidate-poland')?.geometry).toEqual(poland?.geometry);
  });

  it('keeps a region its own polygon', () => {
    expect(shapeOf('rear-kyiv')?.geometry.type).toBe('Polygon');
  });

  it('gives every site one label point, stacking labels that share a spot', () => {
    expect(resolved.labels.features).toHaveLength(dataset.sites.length);
    const stack = resolved.labels.features
      .filter((feature) => ['hq-paris', 'cell-paris'].includes(String(feature.id)))
      .map((feature) => feature.properties.stackIndex);
    expect(stack).toEqual([0, 1]);
  });

  it('puts German deployments and candidates under their own toggle', () => {
    expect(shapeOf('candidate-poland')?.properties.group).toBe('german-deployments');
    expect(shapeOf('patriot-ended')?.properties.group).toBe('german-deployments');
    expect(shapeOf('hq-paris')?.properties.group).toBe('hubs');
    expect(siteGroupOf({ kind: 'existing_deployment', nations: ['GBR'] })).toBe('hubs');
  });

  it('reports, rather than invents, a country site whose nation is not on the basemap', () => {
    const [candidate] = dataset.sites.filter((site) => site.properties.id === 'candidate-poland');
    if (!candidate) throw new Error('fixture lost its candidate');
    const stray = {
      ...candidate,
      properties: { ...candidate.properties, id: 'nowhere', nations: ['DEU', 'ATL'] },
    };
    const result = resolveSiteShapes([stray], SQUARE_COUNTRIES, () =>
      undisclosedAreaInUkraine(SQUARE_COUNTRIES),
    );
    expect(result.shapes.features).toHaveLength(0);
    expect(result.skipped).toEqual([{ id: 'nowhere', reason: expect.stringContaining('ATL') }]);
  });

  it('asks for the undisclosed area only once', () => {
    let calls = 0;
    resolveSiteShapes(dataset.sites, SQUARE_COUNTRIES, () => {
      calls += 1;
      return undisclosedAreaInUkraine(SQUARE_COUNTRIES);
    });
    expect(calls).toBe(1);
  });
});

describe('hostNationsOf', () => {
  it('reads the first nation as the sender and the rest as hosts', () => {
    expect(hostNationsOf(['DEU', 'POL'])).toEqual(['POL']);
    expect(hostNationsOf(['POL'])).toEqual(['POL']);
  });
});

describe('siteStatesAt', () => {
  const activeAt = (moment: string) =>
    Object.fromEntries(
      siteStatesAt(dataset.sites, momentToTime(moment), dataset.eventsById).map((state) => [
        state.id,
        state.active,
      ]),
    );

  it('hides a site before the announcement that revealed it', () => {
    expect(activeAt('2026-01-05')['hubs-in-ukraine']).toBe(false);
    // Same day as its `from`, but the summit opened at 15:00 Paris time: hidden in the morning.
    expect(activeAt('2026-01-06T09:00:00Z')['candidate-poland']).toBe(false);
    expect(activeAt('2026-01-06T15:00:00Z')['candidate-poland']).toBe(true);
  });

  it('shows an ended deployment only inside its dates', () => {
    expect(activeAt('2025-06-01')['patriot-ended']).toBe(true);
    expect(activeAt('2025-12-10')['patriot-ended']).toBe(false);
    expect(activeAt('2026-01-07')['patriot-ended']).toBe(false);
  });

  it('shows announced sites from then on', () => {
    const later = activeAt('2026-02-01');
    expect(later['hq-paris']).toBe(true);
    expect(later['hubs-in-ukraine']).toBe(true);
    expect(later['rear-kyiv']).toBe(true);
  });
});
