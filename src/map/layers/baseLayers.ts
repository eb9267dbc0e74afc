/**
 * Pure builders for the basemap and coalition layers: background, land, countries coloured by the
 * `role` feature state, borders, the commitment highlight, the selected outline and labels.
 * Time never rebuilds these: the controller changes feature state and the expressions here react.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { ThemeTokens } from '../../theme/tokens';
import { COUNTRY_OUTLINE_SOURCE, type CountryOutlineKind } from '../countryOutlines';

export const COUNTRY_SOURCE = 'countries';
export const COUNTRY_LABEL_SOURCE = 'country-labels';
/** The one fill every country is drawn with (roles, land, hover and click). */
export const COUNTRY_FILL_LAYER = 'country-fill';
/**
 * Shipped with the app (@fontsource Noto Sans, cut down at build time to the labels' characters: see
 * scripts/labelFont); without a glyph server MapLibre draws text with page fonts.
 */
export const LABEL_FONT = ['Noto Sans'];
export const UKRAINE = 'UKR';

/** True for the feature-state flag `name` (false when never set). */
export function stateFlag(name: string): ExpressionSpecification {
  return ['boolean', ['feature-state', name], false];
}

const isUkraine: ExpressionSpecification = ['==', ['get', 'iso3'], UKRAINE];

/** Countries outside a selected commitment fade back so its parties stand out. */
export function dimmedOpacity(full: number, dimmed: number): ExpressionSpecification {
  return ['case', stateFlag('dimmed'), dimmed, full];
}

/** Fill colour by the `role` feature state; Ukraine has its own colour whatever its state. */
export function countryFillColor(tokens: ThemeTokens): ExpressionSpecification {
  return [
    'case',
    isUkraine,
    tokens.ukraine,
    ['==', ['feature-state', 'role'], 'member'],
    tokens.member,
    ['==', ['feature-state', 'role'], 'participant'],
    tokens.participant,
    ['==', ['feature-state', 'role'], 'not_member'],
    tokens.notMember,
    tokens.land,
  ];
}

export function buildBackgroundLayer(tokens: ThemeTokens): LayerSpecification {
  return { id: 'background', type: 'background', paint: { 'background-color': tokens.sea } };
}

/**
 * The land colour of every country when roles are hidden: Ukraine keeps its own colour, the rest is land.
 */
export function plainLandColor(tokens: ThemeTokens): ExpressionSpecification {
  return ['case', isUkraine, tokens.ukraine, tokens.land];
}

/**
 * Every country in one fill: role colours as of the chosen moment when the "coalition" toggle is on,
 * plain land when it is off (the controller swaps the colour, it never hides the layer). It is also the
 * layer hover and click read. One layer, not land plus a role layer on top: under software WebGL each
 * full-land fill costs tens of milliseconds a frame, and a timeline step is one frame.
 * No antialiasing pass: the border layer draws every edge on top anyway.
 */
export function buildCountryFillLayer(tokens: ThemeTokens, showRoles = true): LayerSpecification {
  return {
    id: COUNTRY_FILL_LAYER,
    type: 'fill',
    source: COUNTRY_SOURCE,
    paint: {
      'fill-color': showRoles ? countryFillColor(tokens) : plainLandColor(tokens),
      'fill-opacity': dimmedOpacity(0.95, 0.4),
      'fill-antialias': false,
    },
  };
}

export function buildCountryBorderLayer(tokens: ThemeTokens): LayerSpecification {
  return {
    id: 'country-border',
    type: 'line',
    source: COUNTRY_SOURCE,
    paint: {
      'line-color': tokens.countryBorder,
      'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.4, 6, 1],
    },
  };
}

/**
 * Parties to the selected Paris Declaration commitment. Outlines come from their own small source
 * holding only the outlined countries (see `countryOutlines.ts`): drawing every country's border again
 * at opacity 0, twice, doubled the line work of every frame.
 */
export function buildCountryHighlightLayer(tokens: ThemeTokens): LayerSpecification {
  return {
    id: 'country-highlight',
    type: 'line',
    source: COUNTRY_OUTLINE_SOURCE,
    filter: ['==', ['get', 'outline'], 'highlighted' satisfies CountryOutlineKind],
    paint: {
      'line-color': tokens.highlight,
      'line-width': ['interpolate', ['linear'], ['zoom'], 2, 1.5, 6, 3],
    },
  };
}

/** The selected country's outline. */
export function buildSelectedCountryLayer(tokens: ThemeTokens): LayerSpecification {
  return {
    id: 'country-selected',
    type: 'line',
    source: COUNTRY_OUTLINE_SOURCE,
    filter: ['==', ['get', 'outline'], 'selected' satisfies CountryOutlineKind],
    paint: {
      'line-color': tokens.selectedOutline,
      'line-width': 3,
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
    },
    paint: {
      'text-color': tokens.countryLabel,
      'text-halo-color': tokens.countryLabelHalo,
      'text-halo-width': 1.5,
    },
  };
}
