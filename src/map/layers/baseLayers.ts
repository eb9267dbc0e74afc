/**
 * Pure builders for the basemap layers: background, countries coloured by feature state, borders and
 * labels. Time never rebuilds these: the controller changes feature state and the expressions here react.
 */
import type { LayerSpecification } from 'maplibre-gl';
import type { ThemeTokens } from '../../theme/tokens';

export const COUNTRY_SOURCE = 'countries';
export const COUNTRY_LABEL_SOURCE = 'country-labels';
/** Shipped with the app (see src/ui/fonts.css); without a glyph server MapLibre draws text with page fonts. */
export const LABEL_FONT = ['Noto Sans'];

/** Fill colour by the `role` feature state; Ukraine has its own colour whatever its state. */
export function countryFillColor(tokens: ThemeTokens): unknown[] {
  return [
    'case',
    ['==', ['get', 'iso3'], 'UKR'],
    tokens.ukraine,
    ['==', ['feature-state', 'role'], 'member'],
    tokens.member,
    ['==', ['feature-state', 'role'], 'participant'],
    tokens.participant,
    tokens.land,
  ];
}

export function buildBackgroundLayer(tokens: ThemeTokens): LayerSpecification {
  return { id: 'background', type: 'background', paint: { 'background-color': tokens.sea } };
}

export function buildCountryFillLayer(tokens: ThemeTokens): LayerSpecification {
  return {
    id: 'country-fill',
    type: 'fill',
    source: COUNTRY_SOURCE,
    paint: {
      'fill-color': countryFillColor(tokens) as never,
      'fill-opacity': ['case', ['boolean', ['feature-state', 'dimmed'], false], 0.35, 0.9],
    },
  };
}

export function buildCountryBorderLayer(tokens: ThemeTokens): LayerSpecification {
  return {
    id: 'country-border',
    type: 'line',
    source: COUNTRY_SOURCE,
    paint: { 'line-color': tokens.countryBorder, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.4, 6, 1] },
  };
}

export function buildSelectedCountryLayer(tokens: ThemeTokens): LayerSpecification {
  return {
    id: 'country-selected',
    type: 'line',
    source: COUNTRY_SOURCE,
    paint: {
      'line-color': tokens.selectedOutline,
      'line-width': 3,
      'line-opacity': ['case', ['boolean', ['feature-state', 'selected'], false], 1, 0],
    },
  };
}

export function buildCountryLabelLayer(tokens: ThemeTokens): LayerSpecification {
  return {
    id: 'country-labels',
    type: 'symbol',
    source: COUNTRY_LABEL_SOURCE,
    minzoom: 2.5,
    layout: {
      'text-field': ['get', 'name'],
      'text-font': LABEL_FONT,
      'text-size': ['interpolate', ['linear'], ['zoom'], 3, 10, 6, 14],
      'text-max-width': 8,
      'symbol-sort-key': ['get', 'rank'],
    },
    paint: {
      'text-color': tokens.countryLabel,
      'text-halo-color': tokens.countryLabelHalo,
      'text-halo-width': 1.5,
    },
  };
}
