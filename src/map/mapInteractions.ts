/**
 * Pointer, touch and keyboard on the map: hover and focus show a tooltip, a click or tap selects a
 * country (or explains a site), Enter on the focused map selects the country at its centre.
 * Selection goes to the store; the tooltip is the only thing drawn here.
 */
import type * as maplibregl from 'maplibre-gl';
import type { IndexedSite } from '../data/derive';
import type { LonLat } from '../geo';
import { messagesFor } from '../i18n/catalog';
import { currentEvent } from '../state/selectors';
import type { AtlasStore } from '../state/store';
import { legendMessages } from '../ui/legend/messages';
import { isoCountryName } from '../ui/panel/countryName';
import { ANNOUNCEMENT_SOURCE } from './layers/announcementLayers';
import { SITE_INTERACTIVE_LAYERS } from './layers/atlasLayers';
import { COUNTRY_FILL_LAYER } from './layers/baseLayers';
import type { MapTooltip } from './mapTooltip';
import { announcementTooltip, countryTooltip, siteTooltip, type TooltipContent } from './tooltipContent';

const COUNTRY_LAYER = COUNTRY_FILL_LAYER;
const ANNOUNCEMENT_LAYER = 'announcement-marker';

export interface InteractionContext {
  map: maplibregl.Map;
  store: AtlasStore;
  tooltip: MapTooltip;
  countryNames: ReadonlyMap<string, string>;
  countryLabelPoints: ReadonlyMap<string, LonLat>;
  sitesById: ReadonlyMap<string, IndexedSite>;
}

interface Target {
  subject: string;
  at: maplibregl.LngLatLike;
}

export class MapInteractions {
  private shown: Target | null = null;
  /** The country the mouse is over, so store echoes of our own hover do not move the tooltip. */
  private pointerCountryId: string | null = null;
  /** The viewer is on the map by keyboard (Tab, arrow keys): the tooltip then describes the map's centre. */
  private keyboardOnMap = false;

  constructor(private readonly context: InteractionContext) {}

  bind(): void {
    const { map } = this.context;
    map.on('mousemove', (event) => this.onPointer(event.point, event.lngLat, false));
    map.on('click', (event) => this.onPointer(event.point, event.lngLat, true));
    map.getCanvas().addEventListener('mouseleave', () => this.clearPointer());
    const container = map.getCanvasContainer();
    // A click or tap focuses the canvas too. Describing the centre then would open that tooltip under
    // the finger (swallowing the tap) or replace what was tapped, so only keyboard focus does it.
    container.addEventListener('focusin', (event) => {
      this.keyboardOnMap = isKeyboardFocus(event.target);
      if (this.keyboardOnMap) this.describeCentre();
    });
    // What a tap showed stays when focus moves on (e.g. to the panel the tap opened): touch has no hover
    // to bring it back.
    container.addEventListener('focusout', () => {
      if (!this.keyboardOnMap) return;
      this.keyboardOnMap = false;
      this.hide();
    });
    container.addEventListener('pointerdown', () => {
      this.keyboardOnMap = false;
    });
    container.addEventListener('keydown', (event) => {
      this.keyboardOnMap = true;
      if (event.key === 'Enter') this.selectCentre();
    });
    // Keyboard panning moves the map under a fixed centre: keep describing what is there. A camera move
    // after a tap (fitting the tapped country) keeps the tapped place's tooltip.
    map.on('moveend', () => {
      if (this.keyboardOnMap) this.describeCentre();
    });
  }

  /** Redraws the tooltip's text after time or language changed. */
  refresh(): void {
    if (this.shown) this.showSubject(this.shown.subject, this.shown.at, true);
  }

  /** Shows the tooltip for a country chosen outside the map (list or panel focus), at its label point. */
  followHoveredCountry(countryId: string | null): void {
    if (countryId === this.pointerCountryId) return;
    const point = countryId ? this.context.countryLabelPoints.get(countryId) : undefined;
    if (countryId && point) this.showSubject(`country:${countryId}`, point as [number, number]);
    else if (this.shown?.subject.startsWith('country:')) this.hide();
  }

  private onPointer(point: maplibregl.Point, lngLat: maplibregl.LngLat, isClick: boolean): void {
    const { map, store } = this.context;
    const subject = this.subjectAt(point);
    map.getCanvas().style.cursor = subject ? 'pointer' : '';
    if (!subject) {
      this.clearPointer();
      return;
    }
    this.showSubject(subject, lngLat);
    const countryId = countryOf(subject);
    if (countryId !== this.pointerCountryId) {
      this.pointerCountryId = countryId;
      store.getState().setHoveredCountry(countryId);
    }
    if (isClick && countryId) store.getState().selectCountry(countryId);
  }

  private clearPointer(): void {
    this.context.map.getCanvas().style.cursor = '';
    this.hide();
    if (this.pointerCountryId !== null) {
      this.pointerCountryId = null;
      this.context.store.getState().setHoveredCountry(null);
    }
  }

  /**
   * What is under a point, as a subject such as `site:hq-paris` or `country:POL|site:candidate-poland`:
   * a site point or the current announcement wins alone; area sites (which cover whole countries) are
   * added to the country under them, so hovering Poland still says "Poland" and its role. Every area
   * site there is named: the undisclosed area stands for several hubs at once.
   */
  private subjectAt(point: maplibregl.PointLike): string | null {
    const { map } = this.context;
    const layers = [...SITE_INTERACTIVE_LAYERS, ANNOUNCEMENT_LAYER, COUNTRY_LAYER].filter(
      (id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none',
    );
    const areaSites = new Set<string>();
    for (const feature of map.queryRenderedFeatures(point, { layers })) {
      const id = String(feature.properties?.id ?? '');
      if (feature.layer.id === COUNTRY_LAYER) {
        return [`country:${feature.properties?.iso3}`, ...areaSites].join('|');
      }
      // Hidden sites and past announcements are transparent but still in their layers; skip them.
      if (feature.source === ANNOUNCEMENT_SOURCE) {
        // A place stands for every announcement made there; the one to describe is the current one.
        const current = this.currentEventId();
        if (feature.state?.current && current) return `announcement:${current}`;
      } else if (feature.state?.active) {
        if (feature.geometry.type === 'Point') return `site:${id}`;
        areaSites.add(`site:${id}`);
      }
    }
    return areaSites.size > 0 ? [...areaSites].join('|') : null;
  }

  private currentEventId(): string | null {
    const { dataset, time, eventId } = this.context.store.getState();
    if (!dataset || time === null) return null;
    return currentEvent(dataset, time, eventId)?.id ?? null;
  }

  private contentOfPart(part: string): TooltipContent | undefined {
    const { store, countryNames, sitesById } = this.context;
    const { dataset, time, language } = store.getState();
    if (!dataset || time === null) return undefined;
    const messages = messagesFor(legendMessages, language);
    const separator = part.indexOf(':');
    const kind = part.slice(0, separator);
    const id = part.slice(separator + 1);
    if (kind === 'country') {
      // The basemap's names are English; other languages take the CLDR name, as the labels and panel do.
      const name =
        (language === 'en' ? undefined : isoCountryName(id, language)) ?? countryNames.get(id) ?? id;
      return countryTooltip(dataset, id, name, time, messages, language);
    }
    if (kind === 'announcement') return announcementTooltip(dataset, id, messages);
    const site = sitesById.get(id);
    return site ? siteTooltip(dataset, site, messages, language) : undefined;
  }

  private contentOf(subject: string): TooltipContent | undefined {
    const [main, ...extra] = subject.split('|').flatMap((part) => this.contentOfPart(part) ?? []);
    return main && { ...main, extra };
  }

  private showSubject(subject: string, at: maplibregl.LngLatLike, force = false): void {
    const content = this.contentOf(subject);
    if (!content) {
      this.hide();
      return;
    }
    if (force) this.context.tooltip.hide();
    this.context.tooltip.show(subject, content, at);
    this.shown = { subject, at };
  }

  private hide(): void {
    this.shown = null;
    this.context.tooltip.hide();
  }

  private centre(): { point: maplibregl.Point; lngLat: maplibregl.LngLat } {
    const { map } = this.context;
    const lngLat = map.getCenter();
    return { point: map.project(lngLat), lngLat };
  }

  private describeCentre(): void {
    const { point, lngLat } = this.centre();
    const subject = this.subjectAt(point);
    if (subject) this.showSubject(subject, lngLat);
    else this.hide();
  }

  private selectCentre(): void {
    const countryId = countryOf(this.subjectAt(this.centre().point));
    if (countryId) this.context.store.getState().selectCountry(countryId);
  }
}

/** Whether focus arrived by keyboard, as the browser judges it for drawing a focus ring. */
function isKeyboardFocus(target: EventTarget | null): boolean {
  return target instanceof Element && target.matches(':focus-visible');
}

/** The country a tooltip subject is about, if any. */
function countryOf(subject: string | null): string | null {
  return subject ? (/(?:^|\|)country:([^|]+)/.exec(subject)?.[1] ?? null) : null;
}
