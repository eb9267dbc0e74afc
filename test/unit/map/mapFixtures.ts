/**
 * Small synthetic geography and sites for the map's unit tests: square countries (enough for
 * bounding boxes, clipping and label points) and one site of every precision, added to the shared
 * synthetic dataset so sites reference real announcements of it.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { IndexedDataset } from '../../../src/data/derive';
import type { SiteFeature } from '../../../src/data/schema';
import type { CountryCollection, CountryProperties } from '../../../src/geo';
import { buildSyntheticDataset, SOURCE_PRESS } from '../../fixtures/syntheticDataset';

function square(iso3: string, name: string, west: number, south: number, east: number, north: number) {
  const feature: Feature<Polygon | MultiPolygon, CountryProperties> = {
    type: 'Feature',
    id: iso3,
    properties: { iso3, name } as CountryProperties,
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [west, south],
          [east, south],
          [east, north],
          [west, north],
          [west, south],
        ],
      ],
    },
  };
  return feature;
}

export const SQUARE_COUNTRIES: CountryCollection = {
  type: 'FeatureCollection',
  features: [
    square('UKR', 'Ukraine', 22, 45, 40, 52),
    square('POL', 'Poland', 14, 49, 24, 54.8),
    square('DEU', 'Germany', 6, 47.3, 15, 55),
    square('FRA', 'France', -4, 43, 7.5, 51),
    square('ESP', 'Spain', -9, 36, 3, 43.5),
  ],
};

function site(
  properties: Partial<SiteFeature['properties']> & Pick<SiteFeature['properties'], 'id'>,
  geometry: SiteFeature['geometry'],
): SiteFeature {
  return {
    type: 'Feature',
    geometry,
    properties: {
      kind: 'hub',
      label: properties.id,
      status: 'announced',
      precision: 'site',
      nations: ['GBR', 'FRA'],
      announcedIn: 'paris-declaration-signed',
      from: '2026-01-06',
      note: '',
      sources: [SOURCE_PRESS],
      ...properties,
    },
  };
}

/** One site per precision and per time case. */
export const SYNTHETIC_SITES: SiteFeature[] = [
  site(
    {
      id: 'hq-paris',
      kind: 'headquarters',
      precision: 'site',
      from: '2025-09-04',
      announcedIn: 'twenty-six-commit',
    },
    {
      type: 'Point',
      coordinates: [2.21, 48.87],
    },
  ),
  site(
    {
      id: 'cell-paris',
      kind: 'coordination',
      precision: 'city',
      from: '2025-09-04',
      announcedIn: 'twenty-six-commit',
    },
    {
      type: 'Point',
      coordinates: [2.21, 48.87],
    },
  ),
  site({ id: 'hubs-in-ukraine', precision: 'undisclosed' }, null),
  site(
    { id: 'rear-kyiv', status: 'speculative', precision: 'region' },
    {
      type: 'Polygon',
      coordinates: [
        [
          [30, 50],
          [31, 50],
          [31, 51],
          [30, 51],
          [30, 50],
        ],
      ],
    },
  ),
  site(
    {
      id: 'candidate-poland',
      kind: 'deployment_candidate',
      status: 'speculative',
      precision: 'country',
      nations: ['DEU', 'POL'],
      announcedIn: 'summit-opens',
      from: '2026-01-06',
    },
    null,
  ),
  site(
    {
      id: 'patriot-ended',
      kind: 'existing_deployment',
      precision: 'site',
      nations: ['DEU'],
      announcedIn: 'paris-declaration-signed',
      from: '2025-01-23',
      to: '2025-12-10',
    },
    { type: 'Point', coordinates: [22.02, 50.11] },
  ),
];

/** The shared synthetic dataset with the sites above, and a German statement on the candidates' event. */
export function datasetWithSites(): IndexedDataset {
  return buildSyntheticDataset((dataset) => {
    dataset.sites.features = structuredClone(SYNTHETIC_SITES);
    const summit = dataset.events.find((event) => event.id === 'summit-opens');
    summit?.statements.push({
      id: 'merz-neighbouring-territory',
      speaker: 'Friedrich Merz',
      office: 'Chancellor of Germany',
      actor: 'DEU',
      text: 'Kräfte auf benachbartem Nato-Gebiet.',
      language: 'de',
      translation: 'Forces on neighbouring NATO territory.',
      sources: [SOURCE_PRESS],
    });
    return dataset;
  });
}
