/**
 * Puts the map's country labels and its canvas label into the UI language, once at start and once per
 * language change, through a store subscription (never a React render).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { messagesFor } from '../../i18n/catalog';
import { loadLabelFont } from '../../map/loadLabelFont';
import type { AtlasStore } from '../../state/store';
import { countryLabelTextField } from './localisedNames';
import { settingsMessages } from './messages';

/** The country label layer (src/map/layers/baseLayers.ts). */
export const COUNTRY_LABEL_LAYER = 'country-labels';

export interface FollowLanguageOptions {
  map: MapLibreMap;
  /** Resolves once the map's layers exist. */
  ready: Promise<void>;
  store: AtlasStore;
  /** Every country code the label source holds. */
  labelledCountries: readonly string[];
  /** The element whose description the map has (the visually hidden text alternative). */
  descriptionId: string;
}

/** Starts following; returns a function that stops. */
export function followLanguageOnMap(options: FollowLanguageOptions): () => void {
  const { map, ready, store, labelledCountries, descriptionId } = options;
  let stopped = false;
  let layersReady = false;
  const apply = () => {
    const language = store.getState().language;
    const canvas = map.getCanvas();
    canvas.setAttribute('aria-label', messagesFor(settingsMessages, language).mapLabel);
    canvas.setAttribute('aria-describedby', descriptionId);
    if (!layersReady) return;
    // MapLibre rasterises each glyph once: names drawn before their script's font file is in would keep
    // a fallback font. The labels change once it is in, unless the viewer has moved on to another language.
    void loadLabelFont(language).then(() => {
      if (stopped || store.getState().language !== language || !map.getLayer(COUNTRY_LABEL_LAYER)) return;
      map.setLayoutProperty(
        COUNTRY_LABEL_LAYER,
        'text-field',
        countryLabelTextField(labelledCountries, language),
      );
    });
  };
  apply();
  ready
    .then(() => {
      if (stopped) return;
      layersReady = true;
      if (store.getState().language !== 'en') apply();
    })
    .catch(() => undefined);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.language !== previous.language) apply();
  });
  return () => {
    stopped = true;
    unsubscribe();
  };
}
