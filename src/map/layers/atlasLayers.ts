/**
 * The whole layer stack in drawing order, and which map layers each viewer toggle controls.
 * One list serves the controller (add, theme, toggle) and the style-validation test, so what is
 * validated is what is drawn.
 */
import type { LayerSpecification } from 'maplibre-gl';
import type { LayerId } from '../../state/slices/viewSlice';
import type { ThemeTokens } from '../../theme/tokens';
import { PATTERNED_TROOP_LEVELS } from '../patterns';
import { ANNOUNCEMENT_LAYER_IDS, buildAnnouncementLayers } from './announcementLayers';
import {
  buildBackgroundLayer,
  buildCountryBorderLayer,
  buildCountryFillLayer,
  buildCountryHighlightLayer,
  buildCountryLabelLayer,
  buildSelectedCountryLayer,
} from './baseLayers';
import { buildSiteLabelLayers, buildSiteShapeLayers, siteLayerIds } from './siteLayers';
import { buildTroopLayers, type TroopReach, troopLayerId } from './troopLayers';

/** Words the layers draw, in the viewer's language. */
export interface LayerTexts {
  locationUndisclosed: string;
}

/** What the layers depend on beyond the theme and the words. */
export interface LayerOptions {
  /** Limits the pattern layers to the countries the data can ever give each level. */
  troopReach?: TroopReach;
  /** Role colours (the "coalition" toggle on) or plain land; on by default. */
  showRoles?: boolean;
}

/** Every layer, bottom to top. */
export function buildAtlasLayers(
  tokens: ThemeTokens,
  texts: LayerTexts,
  { troopReach, showRoles = true }: LayerOptions = {},
): LayerSpecification[] {
  const siteShapes = [
    ...buildSiteShapeLayers('german-deployments', tokens),
    ...buildSiteShapeLayers('hubs', tokens),
  ];
  // Areas sit under the country borders so borders stay crisp; points sit above every line.
  const siteAreas = siteShapes.filter((layer) => layer.type !== 'circle');
  const sitePoints = siteShapes.filter((layer) => layer.type === 'circle');
  return [
    buildBackgroundLayer(tokens),
    buildCountryFillLayer(tokens, showRoles),
    ...buildTroopLayers(troopReach),
    ...siteAreas,
    buildCountryBorderLayer(tokens),
    buildCountryHighlightLayer(tokens),
    buildSelectedCountryLayer(tokens),
    ...sitePoints,
    ...buildAnnouncementLayers(tokens),
    buildCountryLabelLayer(tokens),
    ...buildSiteLabelLayers('german-deployments', tokens, texts.locationUndisclosed),
    ...buildSiteLabelLayers('hubs', tokens, texts.locationUndisclosed),
  ];
}

/**
 * The map layers each toggle shows or hides. The "coalition" toggle also swaps the country fill between
 * role colours and plain land (`showRoles`); that layer itself always stays.
 */
export const LAYERS_OF_TOGGLE: Record<LayerId, readonly string[]> = {
  coalition: PATTERNED_TROOP_LEVELS.map(troopLayerId),
  hubs: siteLayerIds('hubs'),
  'german-deployments': siteLayerIds('german-deployments'),
  announcement: ANNOUNCEMENT_LAYER_IDS,
};

/** Layers whose hover or tap shows a site tooltip. */
export const SITE_INTERACTIVE_LAYERS: readonly string[] = (['hubs', 'german-deployments'] as const).flatMap(
  (group) => siteLayerIds(group).filter((id) => !id.endsWith('label')),
);
