/**
 * The places of all announcements as one point collection, built once at load: one feature per place,
 * however many announcements were made there (Paris hosts many). The controller marks the current
 * announcement's place by feature state. One feature per announcement made MapLibre place a label for
 * every announcement on every frame, all but one of them transparent: ~40 ms a step at 10,000.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { IndexedEvent } from '../data/derive';

export interface AnnouncementPlaceProperties {
  /** The place's id (see `announcementPlaceId`), also the feature id. */
  id: string;
  name: string;
}

export type AnnouncementPlaceCollection = FeatureCollection<Point, AnnouncementPlaceProperties>;

/** The id of an announcement's place: announcements with the same name and coordinates share it. */
export function announcementPlaceId(event: Pick<IndexedEvent, 'place'>): string {
  const { name, lon, lat } = event.place;
  return `${lon},${lat} ${name}`;
}

/** One point per distinct announcement place, in the order the places first occur. */
export function announcementPlacesOf(events: readonly IndexedEvent[]): AnnouncementPlaceCollection {
  const places = new Map<string, IndexedEvent['place']>();
  for (const event of events) {
    const id = announcementPlaceId(event);
    if (!places.has(id)) places.set(id, event.place);
  }
  return {
    type: 'FeatureCollection',
    features: [...places].map(([id, place]) => ({
      type: 'Feature',
      id,
      properties: { id, name: place.name },
      geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
    })),
  };
}
