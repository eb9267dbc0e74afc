/**
 * Keeps the `active` feature state of sites (in the shapes and in the labels source) and the
 * `current` state of announcement places in step with the chosen moment. Only changes are written,
 * so a timeline step touches a handful of features.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { IndexedDataset } from '../data/derive';
import { siteStatesAt } from './siteShapes';

export class SiteStateSync {
  private readonly written = new Map<string, boolean>();
  private currentEventId: string | null = null;

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

  /** Marks the current announcement's place; returns true when it changed. */
  applyCurrentEvent(eventId: string | null): boolean {
    if (eventId === this.currentEventId) return false;
    if (this.currentEventId) {
      this.map.setFeatureState(
        { source: this.announcementSource, id: this.currentEventId },
        { current: false },
      );
    }
    if (eventId)
      this.map.setFeatureState({ source: this.announcementSource, id: eventId }, { current: true });
    this.currentEventId = eventId;
    return true;
  }

  /** Forgets what was written, e.g. after the style was rebuilt. */
  reset(): void {
    this.written.clear();
    this.currentEventId = null;
  }
}
