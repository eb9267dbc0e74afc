/**
 * Pointer, touch and keyboard on the map: hover and focus show a tooltip, a click or tap selects a
 * country (or explains a site), Enter on the focused map selects the country at its centre.
 * Selection goes to the store; the tooltip is the only thing drawn here.
 */
import type * as maplibregl from 'maplibre-gl';
import type { IndexedSite } from '../data/derive';
import type { LonLat } from '../geo';
import { messagesFor } from '../i18n/catalog';
import type { AtlasStore } from '../state/store';
import { legendMessages } from '../ui/legend/messages';
import { isoCountryName } from '../ui/panel/countryName';
import { ANNOUNCEMENT_SOURCE } from './layers/announcementLayers';
import { SITE_INTERACTIVE_LAYERS } from './layers/atlasLayers';
import type { MapTooltip } from './mapTooltip';
import { announcementTooltip, countryTooltip, siteTooltip, type TooltipContent } from './tooltipContent';

const COUNTRY_LAYER = 'country-fill';
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

  constructor(private readonly context: InteractionContext) {}

  bind(): void {
    const { map } = this.context;
    map.on('mousemove', (event) => this.onPointer(event.point, event.lngLat, false));
    map.on('click', (event) => this.onPointer(event.point, event.lngLat, true));
    map.getCanvas().addEventListener('mouseleave', () => this.clearPointer());
    const container = map.getCanvasContainer();
    container.addEventListener('focusin', () => this.describeCentre());
    container.addEventListener('focusout', () => this.hide());
    container.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') this.selectCentre();
    });
    // Keyboard panning moves the map under a fixed centre: keep describing what is there.
    map.on('moveend', () => {
      if (container.contains(document.activeElement)) this.describeCentre();
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
   * a site point or the current announcement wins alone; an area site (which covers whole countries)
   * is added to the country under it, so hovering Poland still says "Poland" and its role.
   */
  private subjectAt(point: maplibregl.PointLike): string | null {
    const { map } = this.context;
    const layers = [...SITE_INTERACTIVE_LAYERS, ANNOUNCEMENT_LAYER, COUNTRY_LAYER].filter(
      (id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none',
    );
    let areaSite: string | null = null;
    for (const feature of map.queryRenderedFeatures(point, { layers })) {
      const id = String(feature.properties?.id ?? '');
      if (feature.layer.id === COUNTRY_LAYER) {
        const country = `country:${feature.properties?.iso3}`;
        return areaSite ? `${country}|${areaSite}` : country;
      }
      // Hidden sites and past announcements are transparent but still in their layers; skip them.
      if (feature.source === ANNOUNCEMENT_SOURCE) {
        if (feature.state?.current) return `announcement:${id}`;
      } else if (feature.state?.active) {
        if (feature.geometry.type === 'Point') return `site:${id}`;
        areaSite ??= `site:${id}`;
      }
    }
    return areaSite;
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

/** The country a tooltip subject is about, if any. */
function countryOf(subject: string | null): string | null {
  return subject ? (/(?:^|\|)country:([^|]+)/.exec(subject)?.[1] ?? null) : null;
}
