/**
 * Pure builders for the site layers (hubs, headquarters, German deployments…), one set per toggle.
 * All sites share one source built at load; `active` feature state shows or hides a site as time
 * moves, so scrubbing never filters or reloads. Static filters split the shapes by how precisely a
 * source locates them: a point, a point in a city (ringed), or an area.
 * Speculative places are visibly weaker: fainter, hollow points and dashed outlines.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { ThemeTokens } from '../../theme/tokens';
import { CANDIDATE_HATCH_IMAGE } from '../patterns';
import type { SiteGroup } from '../siteShapes';
import { LABEL_FONT, stateFlag } from './baseLayers';

export const SITE_SHAPE_SOURCE = 'site-shapes';
export const SITE_LABEL_SOURCE = 'site-labels';

const isSpeculative: ExpressionSpecification = ['==', ['get', 'status'], 'speculative'];
const isArea: ExpressionSpecification = [
  'in',
  ['get', 'precision'],
  ['literal', ['region', 'country', 'undisclosed']],
];
const isPoint: ExpressionSpecification = ['in', ['get', 'precision'], ['literal', ['site', 'city']]];
const isCandidate: ExpressionSpecification = ['==', ['get', 'kind'], 'deployment_candidate'];
const isUndisclosed: ExpressionSpecification = ['==', ['get', 'precision'], 'undisclosed'];

/** Hidden when inactive, `speculative` when the sources only guess, `reported` otherwise. */
function activeOpacity(reported: number, speculative: number): ExpressionSpecification {
  return ['case', ['!', stateFlag('active')], 0, isSpeculative, speculative, reported];
}

function inGroup(group: SiteGroup, ...conditions: ExpressionSpecification[]): ExpressionSpecification {
  return ['all', ['==', ['get', 'group'], group], ...conditions];
}

/** The colour of a group's sites. */
export function siteGroupColour(group: SiteGroup, tokens: ThemeTokens): string {
  return group === 'german-deployments' ? tokens.germany : tokens.site;
}

/** The text of a site label; undisclosed places say so on a second line. */
export function siteLabelText(locationUndisclosed: string): ExpressionSpecification {
  return [
    'case',
    isUndisclosed,
    ['concat', ['get', 'label'], '\n(', locationUndisclosed, ')'],
    ['get', 'label'],
  ];
}

/** Layer ids of a group, bottom to top; the controller toggles them together. */
export function siteLayerIds(group: SiteGroup): string[] {
  return [
    'area-fill',
    'candidate-hatch',
    'area-outline',
    'area-outline-dashed',
    'city-ring',
    'point',
    'label',
    'point-label',
  ].map((part) => `${group}-${part}`);
}

/** Area and point layers of one group (labels are separate so they stack above every shape). */
export function buildSiteShapeLayers(group: SiteGroup, tokens: ThemeTokens): LayerSpecification[] {
  const colour = siteGroupColour(group, tokens);
  return [
    {
      id: `${group}-area-fill`,
      type: 'fill',
      source: SITE_SHAPE_SOURCE,
      filter: inGroup(group, isArea, ['!', isCandidate]),
      paint: {
        // A pale veil rather than a tint: red over Ukraine's yellow would read as the orange of
        // "participant". The outline in the site colour says which area it is.
        'fill-color': tokens.background,
        'fill-opacity': ['case', ['!', stateFlag('active')], 0, isSpeculative, 0.25, 0.4],
      },
    },
    {
      id: `${group}-candidate-hatch`,
      type: 'fill',
      source: SITE_SHAPE_SOURCE,
      filter: inGroup(group, isArea, isCandidate),
      paint: { 'fill-pattern': CANDIDATE_HATCH_IMAGE, 'fill-opacity': activeOpacity(1, 0.7) },
    },
    {
      id: `${group}-area-outline`,
      type: 'line',
      source: SITE_SHAPE_SOURCE,
      filter: inGroup(group, isArea, ['!', isSpeculative], ['!', isUndisclosed]),
      paint: { 'line-color': colour, 'line-width': 1.5, 'line-opacity': activeOpacity(0.9, 0.9) },
    },
    {
      id: `${group}-area-outline-dashed`,
      type: 'line',
      source: SITE_SHAPE_SOURCE,
      filter: inGroup(group, isArea, ['any', isSpeculative, isUndisclosed]),
      paint: {
        'line-color': colour,
        'line-width': 2,
        'line-dasharray': [3, 2],
        'line-opacity': activeOpacity(0.9, 0.6),
      },
    },
    {
      id: `${group}-city-ring`,
      type: 'circle',
      source: SITE_SHAPE_SOURCE,
      filter: inGroup(group, ['==', ['get', 'precision'], 'city']),
      paint: {
        'circle-radius': 10,
        'circle-color': colour,
        'circle-opacity': 0,
        'circle-stroke-color': colour,
        'circle-stroke-width': 1.5,
        'circle-stroke-opacity': activeOpacity(0.9, 0.5),
      },
    },
    {
      id: `${group}-point`,
      type: 'circle',
      source: SITE_SHAPE_SOURCE,
      filter: inGroup(group, isPoint),
      paint: {
        'circle-radius': ['case', ['==', ['get', 'kind'], 'headquarters'], 6, 4.5],
        'circle-color': colour,
        // Speculative points are hollow: a ring in the site colour around a faint centre.
        'circle-opacity': activeOpacity(1, 0.2),
        'circle-stroke-color': ['case', isSpeculative, colour, tokens.countryLabelHalo],
        'circle-stroke-width': 1.5,
        'circle-stroke-opacity': activeOpacity(1, 0.75),
      },
    },
  ];
}

/** Text offset (in ems) by position in a stack of labels sharing one spot; points put their label below. */
function stackedOffset(firstLine: number, lineStep: number): ExpressionSpecification {
  return [
    'match',
    ['get', 'stackIndex'],
    0,
    ['literal', [0, firstLine]],
    1,
    ['literal', [0, firstLine + lineStep]],
    2,
    ['literal', [0, firstLine + 2 * lineStep]],
    ['literal', [0, firstLine + 3 * lineStep]],
  ];
}

/** Point labels appear once the map is zoomed in past the overview of Ukraine and its neighbours. */
export const POINT_LABEL_MIN_ZOOM = 5;

/**
 * Labels of one group's sites, in the shipped font. Areas are labelled at every zoom, points from
 * `POINT_LABEL_MIN_ZOOM` (at the overview they would bury the map). Speculative places carry no
 * label: their tooltip names them, and unlabelled they stay visibly weaker than reported ones.
 */
export function buildSiteLabelLayers(
  group: SiteGroup,
  tokens: ThemeTokens,
  locationUndisclosed: string,
): LayerSpecification[] {
  const paint = {
    'text-color': group === 'german-deployments' ? tokens.germany : tokens.countryLabel,
    'text-halo-color': tokens.countryLabelHalo,
    'text-halo-width': 1.5,
    'text-opacity': activeOpacity(1, 0.75),
  };
  const layout = {
    'text-font': LABEL_FONT,
    'text-size': 11,
    'text-max-width': 12,
    // Inactive labels are transparent yet would still take room; let every other label ignore them.
    'text-ignore-placement': true,
  };
  return [
    {
      id: `${group}-label`,
      type: 'symbol',
      source: SITE_LABEL_SOURCE,
      filter: inGroup(group, isArea, ['!', isSpeculative]),
      layout: {
        ...layout,
        'text-field': siteLabelText(locationUndisclosed),
        // Areas sharing a label spot (several undisclosed sites) stack instead of overprinting.
        'text-offset': stackedOffset(0, 4),
        'text-anchor': 'center',
      },
      paint,
    },
    {
      id: `${group}-point-label`,
      type: 'symbol',
      source: SITE_LABEL_SOURCE,
      minzoom: POINT_LABEL_MIN_ZOOM,
      filter: inGroup(group, isPoint, ['!', isSpeculative]),
      layout: {
        ...layout,
        'text-field': ['get', 'label'],
        'text-offset': stackedOffset(0.9, 2.6),
        'text-anchor': 'top',
      },
      paint,
    },
  ];
}
