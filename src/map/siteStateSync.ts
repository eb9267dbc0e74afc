/**
 * Keeps the `active` feature state of sites (in the shapes and in the labels source) and the
 * `current` state of announcement places in step with the chosen moment. Only changes are written,
 * so a timeline step touches a handful of features.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { IndexedDataset, IndexedEvent } from '../data/derive';
import { announcementPlaceId } from './announcementPlaces';
import { siteStatesAt } from './siteShapes';

export class SiteStateSync {
  private readonly written = new Map<string, boolean>();
  private currentEventId: string | null = null;
  private currentPlaceId: string | null = null;

  constructor(
    private readonly map: MapLibreMap,
    private readonly siteSources: readonly string[],
    private readonly announcementSource: string,
  ) {}

  /** Shows the sites that exist and are public at `time`, hides the others. */
  applyTime(dataset: IndexedDataset, time: number): void {
    for (const { id, active } of siteStatesAt(dataset.sites, time, dataset.eventsById)) {
      if (this.written.get(id) === active) continue;
      this.written.set(id, active);
      for (const source of this.siteSources) this.map.setFeatureState({ source, id }, { active });
    }
  }

  /**
   * Marks the current announcement's place; returns true when the announcement changed (its place may
   * be the same as the previous one's: then no feature state is written).
   */
  applyCurrentEvent(event: Pick<IndexedEvent, 'id' | 'place'> | null): boolean {
    const eventId = event?.id ?? null;
    if (eventId === this.currentEventId) return false;
    this.currentEventId = eventId;
    const placeId = event ? announcementPlaceId(event) : null;
    if (placeId === this.currentPlaceId) return true;
    if (this.currentPlaceId) {
      this.map.setFeatureState(
        { source: this.announcementSource, id: this.currentPlaceId },
        { current: false },
      );
    }
    if (placeId)
      this.map.setFeatureState({ source: this.announcementSource, id: placeId }, { current: true });
    this.currentPlaceId = placeId;
    return true;
  }

  /** Forgets what was written, e.g. after the style was rebuilt. */
  reset(): void {
    this.written.clear();
    this.currentEventId = null;
    this.currentPlaceId = null;
  }
}
