import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { undisclosedAreaInUkraine } from '../../../src/geo';
import { announcementPlaceId, announcementPlacesOf } from '../../../src/map/announcementPlaces';
import { COUNTRY_OUTLINE_SOURCE, countryOutlines } from '../../../src/map/countryOutlines';
import { ANNOUNCEMENT_SOURCE, buildAnnouncementLayers } from '../../../src/map/layers/announcementLayers';
import { buildAtlasLayers, LAYERS_OF_TOGGLE } from '../../../src/map/layers/atlasLayers';
import {
  buildCountryFillLayer,
  COUNTRY_LABEL_SOURCE,
  COUNTRY_SOURCE,
  countryFillColor,
  plainLandColor,
} from '../../../src/map/layers/baseLayers';
import {
  buildSiteLabelLayers,
  buildSiteShapeLayers,
  SITE_LABEL_SOURCE,
  SITE_SHAPE_SOURCE,
  siteLayerIds,
} from '../../../src/map/layers/siteLayers';
import {
  buildTroopLayers,
  troopLayerFilter,
  troopLayerId,
  troopReachOf,
} from '../../../src/map/layers/troopLayers';
import { resolveSiteShapes } from '../../../src/map/siteShapes';
import { LAYER_IDS } from '../../../src/state/slices/viewSlice';
import { DARK_THEME, LIGHT_THEME } from '../../../src/theme/tokens';
import { datasetWithSites, SQUARE_COUNTRIES } from './mapFixtures';

const TEXTS = { locationUndisclosed: 'location undisclosed' };

function fullStyle(tokens = LIGHT_THEME): StyleSpecification {
  const dataset = datasetWithSites();
  const sites = resolveSiteShapes(dataset.sites, SQUARE_COUNTRIES, () =>
    undisclosedAreaInUkraine(SQUARE_COUNTRIES),
  );
  return {
    version: 8,
    sources: {
      [COUNTRY_SOURCE]: { type: 'geojson', data: SQUARE_COUNTRIES, promoteId: 'iso3' },
      [COUNTRY_LABEL_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
      [SITE_SHAPE_SOURCE]: { type: 'geojson', data: sites.shapes, promoteId: 'id' },
      [SITE_LABEL_SOURCE]: { type: 'geojson', data: sites.labels, promoteId: 'id' },
      [ANNOUNCEMENT_SOURCE]: { type: 'geojson', data: announcementPlacesOf(dataset.events), promoteId: 'id' },
      [COUNTRY_OUTLINE_SOURCE]: { type: 'geojson', data: countryOutlines(SQUARE_COUNTRIES, 'POL', ['POL']) },
    },
    layers: buildAtlasLayers(tokens, TEXTS, { troopReach: troopReachOf(dataset) }),
  };
}

describe('the assembled style', () => {
  it.each([
    ['light', LIGHT_THEME],
    ['dark', DARK_THEME],
  ])('validates with zero errors in the %s theme', (_name, tokens) => {
    expect(validateStyleMin(fullStyle(tokens))).toEqual([]);
  });

  it('has unique layer ids, every toggle maps to existing layers, and every layer but the base is toggled', () => {
    const ids = fullStyle().layers.map((layer) => layer.id);
    expect(new Set(ids).size).toBe(ids.length);
    const toggled = LAYER_IDS.flatMap((toggle) => LAYERS_OF_TOGGLE[toggle]);
    for (const id of toggled) expect(ids).toContain(id);
    const untoggled = ids.filter((id) => !toggled.includes(id));
    expect(untoggled.sort()).toEqual(
      [
        'background',
        'country-border',
        'country-fill',
        'country-highlight',
        'country-labels',
        'country-selected',
      ].sort(),
    );
  });

  it('draws site points above country borders and labels above every shape', () => {
    const ids = fullStyle().layers.map((layer) => layer.id);
    expect(ids.indexOf('hubs-point')).toBeGreaterThan(ids.indexOf('country-border'));
    expect(ids.indexOf('hubs-area-fill')).toBeLessThan(ids.indexOf('country-border'));
    expect(ids.indexOf('hubs-label')).toBeGreaterThan(ids.indexOf('announcement-marker'));
  });

  it('uses the shipped font for every text layer', () => {
    for (const layer of fullStyle().layers) {
      if (layer.type === 'symbol') expect(layer.layout?.['text-font']).toEqual(['Noto Sans']);
    }
  });

  it('styles time only through feature state: no layer filter mentions time or dates', () => {
    const filters = JSON.stringify(
      fullStyle().layers.map((layer) => ('filter' in layer ? layer.filter : null)),
    );
    expect(filters).not.toMatch(/from|to\b|time|active/);
  });
});

describe('layer builders', () => {
  it('colours countries by the role feature state, Ukraine apart', () => {
    const expression = JSON.stringify(countryFillColor(LIGHT_THEME));
    expect(expression).toContain('"feature-state","role"');
    expect(expression).toContain(LIGHT_THEME.ukraine);
  });

  it('draws every country in one fill: role colours with the coalition toggle on, plain land with it off', () => {
    const withRoles = buildCountryFillLayer(LIGHT_THEME, true);
    const plain = buildCountryFillLayer(LIGHT_THEME, false);
    if (withRoles.type !== 'fill' || plain.type !== 'fill') throw new Error('the country layer is a fill');
    expect(withRoles.paint?.['fill-color']).toEqual(countryFillColor(LIGHT_THEME));
    expect(plain.paint?.['fill-color']).toEqual(plainLandColor(LIGHT_THEME));
    expect(JSON.stringify(plain.paint?.['fill-color'])).not.toContain('feature-state');
    expect(JSON.stringify(plain.paint?.['fill-color'])).toContain(LIGHT_THEME.ukraine);
    const ids = buildAtlasLayers(LIGHT_THEME, TEXTS, { showRoles: false }).map((layer) => layer.id);
    expect(ids.filter((id) => id.startsWith('country-fill') || id === 'coalition-fill')).toEqual([
      'country-fill',
    ]);
  });

  it('draws outlines only from the outline source, one layer per reason', () => {
    const layers = fullStyle().layers.filter((layer) => 'source' in layer && layer.type === 'line');
    const outlineLayers = layers.filter(
      (layer) => 'source' in layer && layer.source === COUNTRY_OUTLINE_SOURCE,
    );
    expect(outlineLayers.map((layer) => layer.id).sort()).toEqual(['country-highlight', 'country-selected']);
    for (const layer of outlineLayers) expect(JSON.stringify(layer)).not.toContain('feature-state');
  });

  it('gives each troop level a fixed pattern whose opacity reads the troops feature state', () => {
    const layers = buildTroopLayers();
    expect(layers.map((layer) => layer.id)).toEqual([
      'country-troops-deployed',
      'country-troops-approved',
      'country-troops-conditional',
      'country-troops-declared',
      'country-troops-ruled-out',
    ]);
    for (const layer of layers) {
      if (layer.type !== 'fill') throw new Error('troop layers are fills');
      expect(typeof layer.paint?.['fill-pattern']).toBe('string');
      expect(JSON.stringify(layer.paint?.['fill-opacity'])).toContain('"feature-state","troops"');
    }
    expect(troopLayerId('ruled_out')).toBe('country-troops-ruled-out');
  });

  it('hides inactive sites by feature state and weakens speculative ones', () => {
    for (const layer of buildSiteShapeLayers('hubs', LIGHT_THEME)) {
      const paint = JSON.stringify('paint' in layer ? layer.paint : {});
      expect(paint).toContain('"feature-state","active"');
      if (layer.id !== 'hubs-area-fill') expect(paint).toContain('speculative');
    }
    const dashed = buildSiteShapeLayers('hubs', LIGHT_THEME).find(
      (layer) => layer.id === 'hubs-area-outline-dashed',
    );
    expect(dashed?.type === 'line' && dashed.paint?.['line-dasharray']).toEqual([3, 2]);
  });

  it('labels undisclosed places as such, in the given words', () => {
    const [layer] = buildSiteLabelLayers('hubs', LIGHT_THEME, 'місце не розголошено');
    expect(JSON.stringify(layer?.type === 'symbol' && layer.layout?.['text-field'])).toContain(
      'місце не розголошено',
    );
  });

  it('lists every site layer of a group for its toggle', () => {
    const built = [
      ...buildSiteShapeLayers('hubs', LIGHT_THEME),
      ...buildSiteLabelLayers('hubs', LIGHT_THEME, 'x'),
    ];
    expect(built.map((layer) => layer.id).sort()).toEqual([...siteLayerIds('hubs')].sort());
  });

  it('shows the announcement marker only for the current event', () => {
    for (const layer of buildAnnouncementLayers(LIGHT_THEME)) {
      expect(JSON.stringify(layer.paint)).toContain('"feature-state","current"');
    }
  });
});

describe('troop layer reach', () => {
  const dataset = datasetWithSites();
  const reach = troopReachOf(dataset);

  it('lists, per level, exactly the countries whose history ever reaches it', () => {
    for (const [level, ids] of Object.entries(reach)) {
      for (const actor of dataset.actors) {
        const reaches = actor.kind === 'country' && actor.status.some((entry) => entry.troops === level);
        expect(ids.includes(actor.id)).toBe(reaches);
      }
    }
  });

  it('filters each pattern layer to those countries, never Ukraine', () => {
    const filter = troopLayerFilter('declared', reach);
    expect(filter).toEqual([
      'all',
      ['!=', ['get', 'iso3'], 'UKR'],
      ['in', ['get', 'iso3'], ['literal', [...reach.declared]]],
    ]);
    expect(troopLayerFilter('declared')).toEqual(['!=', ['get', 'iso3'], 'UKR']);
  });
});

describe('announcement places', () => {
  it('draws one point per place, however many announcements were made there', () => {
    const events = datasetWithSites().events;
    const places = announcementPlacesOf(events);
    const distinct = new Set(events.map((event) => announcementPlaceId(event)));
    expect(places.features).toHaveLength(distinct.size);
    expect(places.features.map((feature) => feature.id)).toEqual([...distinct]);
    const [first] = events;
    if (!first) throw new Error('the fixture has announcements');
    const twice = announcementPlacesOf([first, { ...first, id: 'another-announcement-there' }]);
    expect(twice.features).toHaveLength(1);
    expect(twice.features[0]?.properties).toEqual({ id: announcementPlaceId(first), name: first.place.name });
  });
});
