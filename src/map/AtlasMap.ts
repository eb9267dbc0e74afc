/**
 * The one owner of the MapLibre map. React creates it once and disposes it; everything else reaches it
 * through the store: `store.subscribe` pushes time, selection, layer and theme changes here, and map
 * events (click, hover) go back as store actions. Time changes only touch feature state, never sources.
 */
import * as maplibregl from 'maplibre-gl';
import type { IndexedDataset } from '../data/derive';
import {
  boundingBoxOf,
  type CountryCollection,
  type LabelPointCollection,
  type LonLat,
  undisclosedAreaInUkraine,
} from '../geo';
import { messagesFor } from '../i18n/catalog';
import { currentEvent } from '../state/selectors';
import type { LayerId } from '../state/slices/viewSlice';
import type { AtlasState, AtlasStore } from '../state/store';
import type { ThemeTokens } from '../theme/tokens';
import { legendMessages } from '../ui/legend/messages';
import { announcementPlacesOf } from './announcementPlaces';
import {
  EASE_DURATION_MS,
  isPointWellInView,
  paddingAroundPanel,
  prefersReducedMotion,
  withLeftOverlay,
} from './camera';
import { CountryOutlineSync } from './countryOutlines';
import { CountryStateSync } from './countryStateSync';
import { DRAFT_PIXEL_RATIO, drawInFullOnceLoaded, hideDraft } from './draftResolution';
import { ImmediateRedraw } from './immediateRedraw';
import { ANNOUNCEMENT_SOURCE } from './layers/announcementLayers';
import { buildAtlasLayers, LAYERS_OF_TOGGLE } from './layers/atlasLayers';
import {
  buildBackgroundLayer,
  COUNTRY_FILL_LAYER,
  COUNTRY_LABEL_SOURCE,
  COUNTRY_SOURCE,
  countryFillColor,
  plainLandColor,
} from './layers/baseLayers';
import { SITE_LABEL_SOURCE, SITE_SHAPE_SOURCE } from './layers/siteLayers';
import { troopReachOf } from './layers/troopLayers';
import { loadLabelFont } from './loadLabelFont';
import { MapInteractions } from './mapInteractions';
import { MapTooltip } from './mapTooltip';
import './mapWorker';
import { allPatternImages, PATTERN_PIXEL_RATIO } from './patterns';
import { resolveSiteShapes } from './siteShapes';
import { SiteStateSync } from './siteStateSync';

/** Ukraine and its neighbours, the frame a first-time viewer needs. */
export const INITIAL_BOUNDS: [[number, number], [number, number]] = [
  [13, 42],
  [42, 56],
];

/** The element the side panel lives in; the camera keeps selected countries clear of it. */
const SIDE_PANEL_SELECTOR = '.atlas-side';
/** The legend over the map's bottom-left corner. */
const LEGEND_SELECTOR = '.map-legend[open]';
/** Douglas–Peucker tolerance of the country source, in screen pixels at each zoom (MapLibre's default: 0.375). */
const COUNTRY_TOLERANCE_PIXELS = 1.5;
/** How long labels fade in and out after the camera moves; see the map options. */
const LABEL_FADE_MS = 1;
/** Countries wider than this are centred rather than fitted. */
const WIDEST_FITTED_LONGITUDES = 60;

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
  private readonly countries: CountryCollection;
  private readonly countryLabelPoints: ReadonlyMap<string, LonLat>;
  private readonly countryState: CountryStateSync;
  private readonly outlines: CountryOutlineSync;
  private readonly siteState: SiteStateSync;
  private readonly tooltip: MapTooltip;
  private readonly immediateRedraw: ImmediateRedraw;
  private interactions: MapInteractions | undefined;
  private theme: ThemeTokens;
  private unsubscribe: (() => void) | undefined;
  private disposed = false;
  /** Whether the country fill shows role colours (the "coalition" toggle), as last applied. */
  private rolesShown = true;
  /** Set once the first frame with data is drawn; before that the camera is the URL's, not ours. */
  private settled = false;

  constructor(options: AtlasMapOptions) {
    this.store = options.store;
    this.countries = options.countries;
    this.countryLabelPoints = new Map(
      options.labelPoints.features.map((feature) => [feature.properties.iso3, feature.geometry.coordinates]),
    );
    this.theme = options.theme;
    this.map = new maplibregl.Map({
      container: options.container,
      style: { version: 8, sources: {}, layers: [buildBackgroundLayer(options.theme)] },
      bounds: INITIAL_BOUNDS,
      // The open legend covers the bottom-left on wide screens; frame Ukraine beside it.
      fitBoundsOptions: { padding: initialPadding(options.container) },
      hash: options.hash ?? true,
      // Labels cross-fade for 1 ms, which no one sees. Not 0: at 0 MapLibre places every label again on
      // every frame, a timeline step included (3–6 ms of each step here); above 0 it places them only
      // when the camera or the label tiles changed, and a step changes neither.
      fadeDuration: LABEL_FADE_MS,
      attributionControl: {
        compact: true,
        customAttribution: 'Borders: Natural Earth, corrected per UN GA res. 68/262',
      },
      maxZoom: 9,
      minZoom: 1,
      renderWorldCopies: false,
      keyboard: true,
      // Partial frames while tiles arrive are drawn small and hidden; see draftResolution.ts.
      pixelRatio: DRAFT_PIXEL_RATIO,
    });
    hideDraft(this.map);
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    this.countryState = new CountryStateSync(this.map, COUNTRY_SOURCE);
    this.outlines = new CountryOutlineSync(this.map, options.countries);
    this.siteState = new SiteStateSync(this.map, [SITE_SHAPE_SOURCE, SITE_LABEL_SOURCE], ANNOUNCEMENT_SOURCE);
    this.tooltip = new MapTooltip(this.map);
    this.immediateRedraw = new ImmediateRedraw(this.map);

    this.ready = new Promise<void>((resolve, reject) => {
      this.map.once('load', () => {
        if (this.disposed) return;
        this.whenDataReady()
          .then((dataset) => {
            if (this.disposed) return;
            this.addData(options, dataset);
            this.onStoreChange(this.store.getState(), undefined);
            this.unsubscribe = this.store.subscribe((state, previous) => this.onStoreChange(state, previous));
            return drawInFullOnceLoaded(this.map).then(() => {
              this.settled = true;
              resolve();
            });
          })
          .catch(reject);
      });
      this.map.once('error', (event) => reject(event.error));
    });
  }

  /** Removes the map and every subscription; safe to call twice. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.unsubscribe?.();
    this.tooltip.hide();
    this.map.remove();
  }

  /**
   * Repaints every themed layer with new tokens (e.g. dark mode). Paint properties and pattern images
   * change in place; sources and feature state are untouched.
   */
  setTheme(tokens: ThemeTokens): void {
    this.theme = tokens;
    if (!this.map.getLayer(COUNTRY_FILL_LAYER)) return;
    this.addPatternImages(tokens);
    for (const layer of buildAtlasLayers(tokens, this.layerTexts(), { showRoles: this.showsRoles() })) {
      if (!('paint' in layer) || !layer.paint) continue;
      for (const [property, value] of Object.entries(layer.paint)) {
        this.map.setPaintProperty(layer.id, property as 'fill-color', value);
      }
    }
  }

  private layerTexts(): { locationUndisclosed: string } {
    return {
      locationUndisclosed: messagesFor(legendMessages, this.store.getState().language).locationUndisclosed,
    };
  }

  private addPatternImages(tokens: ThemeTokens): void {
    for (const [id, image] of allPatternImages(tokens.countryLabel, tokens.germany)) {
      if (this.map.hasImage(id)) this.map.updateImage(id, image);
      else this.map.addImage(id, image, { pixelRatio: PATTERN_PIXEL_RATIO });
    }
  }

  /** Adds every source (built once, here) and layer. */
  private addData(options: AtlasMapOptions, dataset: IndexedDataset): void {
    const sites = resolveSiteShapes(dataset.sites, options.countries, () =>
      undisclosedAreaInUkraine(options.countries),
    );
    for (const { id, reason } of sites.skipped) console.warn(`site ${id} is not drawn: ${reason}`);
    this.addPatternImages(this.theme);
    this.map.addSource(COUNTRY_SOURCE, {
      type: 'geojson',
      data: options.countries,
      promoteId: 'iso3',
      // Outline points closer than 1.5 px are dropped per zoom level: the map looks the same, and
      // a frame (a timeline step) has about half the vertices to draw under software WebGL.
      tolerance: COUNTRY_TOLERANCE_PIXELS,
    });
    this.map.addSource(COUNTRY_LABEL_SOURCE, { type: 'geojson', data: options.labelPoints });
    this.map.addSource(SITE_SHAPE_SOURCE, { type: 'geojson', data: sites.shapes, promoteId: 'id' });
    this.map.addSource(SITE_LABEL_SOURCE, { type: 'geojson', data: sites.labels, promoteId: 'id' });
    this.map.addSource(ANNOUNCEMENT_SOURCE, {
      type: 'geojson',
      data: announcementPlacesOf(dataset.events),
      promoteId: 'id',
    });
    const { countryId, commitmentId } = this.store.getState();
    this.outlines.addSource(countryId, commitmentActors(dataset, commitmentId));
    this.rolesShown = this.showsRoles();
    const layerOptions = { troopReach: troopReachOf(dataset), showRoles: this.rolesShown };
    for (const layer of buildAtlasLayers(this.theme, this.layerTexts(), layerOptions)) {
      if (layer.id === 'background') continue;
      this.map.addLayer(layer);
    }
    this.interactions = new MapInteractions({
      map: this.map,
      store: this.store,
      tooltip: this.tooltip,
      countryNames: new Map(
        options.countries.features.map((country) => [country.properties.iso3, country.properties.name]),
      ),
      countryLabelPoints: this.countryLabelPoints,
      sitesById: new Map(dataset.sites.map((site) => [site.properties.id, site])),
    });
    this.interactions.bind();
  }

  private whenDataReady(): Promise<IndexedDataset> {
    const state = this.store.getState();
    if (state.dataStatus === 'ready' && state.dataset) return Promise.resolve(state.dataset);
    return new Promise((resolve, reject) => {
      const stop = this.store.subscribe((next) => {
        if (next.dataStatus === 'ready' && next.dataset) {
          stop();
          resolve(next.dataset);
        } else if (next.dataStatus === 'error') {
          stop();
          reject(new Error('data failed to load'));
        }
      });
    });
  }

  private onStoreChange(state: AtlasState, previous: AtlasState | undefined): void {
    const { dataset, time } = state;
    if (!dataset || time === null) return;
    const timeChanged = !previous || time !== previous.time || dataset !== previous.dataset;
    if (timeChanged) {
      this.countryState.applyTime(dataset, time);
      this.siteState.applyTime(dataset, time);
    }
    if (timeChanged || state.eventId !== previous?.eventId) {
      const event = currentEvent(dataset, time, state.eventId);
      if (this.siteState.applyCurrentEvent(event ?? null) && event && this.settled) {
        this.bringIntoView([event.place.lon, event.place.lat]);
      }
      if (this.settled) this.immediateRedraw.request();
    }
    const selectionChanged = !previous || state.countryId !== previous.countryId;
    const commitmentChanged =
      !previous || state.commitmentId !== previous.commitmentId || dataset !== previous.dataset;
    if (selectionChanged) {
      this.countryState.applySelection(state.countryId, previous?.countryId ?? null);
      if (state.countryId && this.settled) this.fitCountry(state.countryId);
    }
    if (commitmentChanged) {
      this.countryState.applyCommitment(commitmentActors(dataset, state.commitmentId), this.countryIds());
    }
    if (selectionChanged || commitmentChanged) {
      this.outlines.apply(state.countryId, commitmentActors(dataset, state.commitmentId));
    }
    if (!previous || state.visibleLayers !== previous.visibleLayers)
      this.applyVisibility(state.visibleLayers);
    if (previous && state.language !== previous.language) this.applyLanguage();
    if (previous && state.hoveredCountryId !== previous.hoveredCountryId) {
      this.interactions?.followHoveredCountry(state.hoveredCountryId);
    }
    if (previous && (timeChanged || state.language !== previous.language)) this.interactions?.refresh();
  }

  private countryIds(): string[] {
    return this.countries.features.map((country) => country.properties.iso3);
  }

  private showsRoles(): boolean {
    return this.store.getState().visibleLayers.includes('coalition');
  }

  private applyVisibility(visible: readonly LayerId[]): void {
    const showRoles = visible.includes('coalition');
    if (showRoles !== this.rolesShown) {
      this.rolesShown = showRoles;
      this.map.setPaintProperty(
        COUNTRY_FILL_LAYER,
        'fill-color',
        showRoles ? countryFillColor(this.theme) : plainLandColor(this.theme),
      );
    }
    for (const [toggle, layerIds] of Object.entries(LAYERS_OF_TOGGLE) as Array<
      [LayerId, readonly string[]]
    >) {
      const visibility = visible.includes(toggle) ? 'visible' : 'none';
      for (const layerId of layerIds) {
        if (this.map.getLayoutProperty(layerId, 'visibility') !== visibility) {
          this.map.setLayoutProperty(layerId, 'visibility', visibility);
        }
      }
    }
  }

  /** Relabels the sites once the language's label font is in (see loadLabelFont), if it is still the language. */
  private applyLanguage(): void {
    const { language } = this.store.getState();
    void loadLabelFont(language).then(() => {
      if (this.disposed || this.store.getState().language !== language) return;
      for (const layer of buildAtlasLayers(this.theme, this.layerTexts())) {
        if (layer.type === 'symbol' && layer.source === SITE_LABEL_SOURCE) {
          this.map.setLayoutProperty(layer.id, 'text-field', layer.layout?.['text-field']);
        }
      }
    });
  }

  /** Eases to a place unless it is already well in view; jumps when the viewer prefers less motion. */
  private bringIntoView(place: [number, number]): void {
    const canvas = this.map.getCanvas();
    const point = this.map.project(place);
    if (isPointWellInView(point, canvas.clientWidth, canvas.clientHeight)) return;
    if (prefersReducedMotion()) this.map.jumpTo({ center: place });
    else this.map.easeTo({ center: place, duration: EASE_DURATION_MS });
  }

  /** Fits a country, keeping it clear of the side panel wherever the layout puts it. */
  private fitCountry(countryId: string): void {
    const country = this.countries.features.find((feature) => feature.properties.iso3 === countryId);
    if (!country) return;
    const [west, south, east, north] = boundingBoxOf(country);
    const duration = prefersReducedMotion() ? 0 : EASE_DURATION_MS;
    // Overseas parts (French Guiana) or the antimeridian (Russia) make the box a world view: centre instead.
    if (east - west > WIDEST_FITTED_LONGITUDES) {
      const centre = this.countryLabelPoints.get(countryId);
      if (centre) this.map.easeTo({ center: centre as [number, number], zoom: 3, duration });
      return;
    }
    const panel = document.querySelector(SIDE_PANEL_SELECTOR)?.getBoundingClientRect() ?? null;
    const mapRect = this.map.getContainer().getBoundingClientRect();
    const legend =
      this.map.getContainer().parentElement?.querySelector(LEGEND_SELECTOR)?.getBoundingClientRect() ?? null;
    const padding = withLeftOverlay(paddingAroundPanel(mapRect, panel), mapRect, legend);
    this.map.fitBounds(
      [
        [west, south],
        [east, north],
      ],
      { padding, maxZoom: 6, duration },
    );
  }
}

function initialPadding(container: HTMLElement): maplibregl.PaddingOptions {
  const mapRect = container.getBoundingClientRect();
  const legend = container.parentElement?.querySelector(LEGEND_SELECTOR)?.getBoundingClientRect() ?? null;
  const padding = withLeftOverlay({ top: 20, right: 20, bottom: 20, left: 20 }, mapRect, legend);
  // Never squeeze the frame to nothing on a short or narrow map.
  return { ...padding, left: Math.min(padding.left ?? 0, mapRect.width / 3) };
}

/** The parties to a commitment (searched across every announcement's commitments), or null. */
export function commitmentActors(dataset: IndexedDataset, commitmentId: string | null): string[] | null {
  if (!commitmentId) return null;
  for (const event of dataset.events) {
    const commitment = event.commitments?.find((candidate) => candidate.id === commitmentId);
    if (commitment) return commitment.actors;
  }
  return null;
}
