/**
 * The one owner of the MapLibre map. React creates it once and disposes it; everything else reaches it
 * through the store: `store.subscribe` pushes time, selection, layer and theme changes here, and map
 * events (click, hover) go back as store actions. Time changes only touch feature state, never sources.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { CountryCollection, LabelPointCollection } from '../geo';
import type { AtlasState, AtlasStore } from '../state/store';
import type { ThemeTokens } from '../theme/tokens';
import { CountryStateSync } from './countryStateSync';
import {
  buildBackgroundLayer,
  buildCountryBorderLayer,
  buildCountryFillLayer,
  buildCountryLabelLayer,
  buildSelectedCountryLayer,
  COUNTRY_LABEL_SOURCE,
  COUNTRY_SOURCE,
} from './layers/baseLayers';

maplibregl.setWorkerUrl(workerUrl);

/** Ukraine and its neighbours, the frame a first-time viewer needs. */
export const INITIAL_BOUNDS: [[number, number], [number, number]] = [
  [13, 42],
  [42, 56],
];

export interface AtlasMapOptions {
  container: HTMLElement;
  store: AtlasStore;
  countries: CountryCollection;
  labelPoints: LabelPointCollection;
  theme: ThemeTokens;
  /** Keep the camera in the URL hash (`#zoom/lat/lon`); off in embeds that must not touch the page URL. */
  hash?: boolean;
}

export class AtlasMap {
  readonly map: maplibregl.Map;
  /** Resolves once the map is idle with all data drawn for the first time. */
  readonly ready: Promise<void>;
  private readonly store: AtlasStore;
  private readonly countryState: CountryStateSync;
  private unsubscribe: (() => void) | undefined;
  private disposed = false;

  constructor(options: AtlasMapOptions) {
    this.store = options.store;
    this.map = new maplibregl.Map({
      container: options.container,
      style: { version: 8, sources: {}, layers: [buildBackgroundLayer(options.theme)] },
      bounds: INITIAL_BOUNDS,
      fitBoundsOptions: { padding: 20 },
      hash: options.hash ?? true,
      fadeDuration: 0,
      attributionControl: { compact: true, customAttribution: 'Borders: Natural Earth, corrected per UN GA res. 68/262' },
      maxZoom: 9,
      minZoom: 1,
      renderWorldCopies: false,
      keyboard: true,
    });
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    this.countryState = new CountryStateSync(this.map, COUNTRY_SOURCE);

    this.ready = new Promise<void>((resolve, reject) => {
      this.map.once('load', () => {
        if (this.disposed) return;
        try {
          this.addBaseLayers(options);
          this.bindInteractions();
          this.unsubscribe = this.store.subscribe((state, previous) => this.onStoreChange(state, previous));
          this.whenDataReady()
            .then(() => {
              this.onStoreChange(this.store.getState(), undefined);
              this.map.once('idle', () => resolve());
              this.map.triggerRepaint();
            })
            .catch(reject);
        } catch (error) {
          reject(error);
        }
      });
      this.map.once('error', (event) => reject(event.error));
    });
  }

  /** Removes the map and every subscription; safe to call twice. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.unsubscribe?.();
    this.map.remove();
  }

  private addBaseLayers(options: AtlasMapOptions): void {
    this.map.addSource(COUNTRY_SOURCE, { type: 'geojson', data: options.countries, promoteId: 'iso3' });
    this.map.addSource(COUNTRY_LABEL_SOURCE, { type: 'geojson', data: options.labelPoints });
    for (const layer of [
      buildCountryFillLayer(options.theme),
      buildCountryBorderLayer(options.theme),
      buildSelectedCountryLayer(options.theme),
      buildCountryLabelLayer(options.theme),
    ]) {
      this.map.addLayer(layer);
    }
  }

  private bindInteractions(): void {
    this.map.on('click', 'country-fill', (event) => {
      const iso3 = event.features?.[0]?.properties?.iso3;
      if (typeof iso3 === 'string') this.store.getState().selectCountry(iso3);
    });
    this.map.on('mousemove', 'country-fill', (event) => {
      const iso3 = event.features?.[0]?.properties?.iso3;
      this.map.getCanvas().style.cursor = 'pointer';
      if (typeof iso3 === 'string' && iso3 !== this.store.getState().hoveredCountryId) {
        this.store.getState().setHoveredCountry(iso3);
      }
    });
    this.map.on('mouseleave', 'country-fill', () => {
      this.map.getCanvas().style.cursor = '';
      this.store.getState().setHoveredCountry(null);
    });
  }

  private whenDataReady(): Promise<void> {
    const state = this.store.getState();
    if (state.dataStatus === 'ready') return Promise.resolve();
    return new Promise((resolve, reject) => {
      const stop = this.store.subscribe((next) => {
        if (next.dataStatus === 'ready') {
          stop();
          resolve();
        } else if (next.dataStatus === 'error') {
          stop();
          reject(new Error('data failed to load'));
        }
      });
    });
  }

  private onStoreChange(state: AtlasState, previous: AtlasState | undefined): void {
    if (!state.dataset || state.time === null) return;
    if (!previous || state.time !== previous.time || state.dataset !== previous.dataset) {
      this.countryState.applyTime(state.dataset, state.time);
    }
    if (!previous || state.countryId !== previous.countryId) {
      this.countryState.applySelection(state.countryId, previous?.countryId ?? null);
    }
  }
}
