/**
 * The places of all announcements as one point collection, built once at load. Feature ids are the
 * event ids, so the controller marks the current one by feature state.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { IndexedEvent } from '../data/derive';

export interface AnnouncementPlaceProperties {
  id: string;
  name: string;
}

export type AnnouncementPlaceCollection = FeatureCollection<Point, AnnouncementPlaceProperties>;

export function announcementPlacesOf(events: readonly IndexedEvent[]): AnnouncementPlaceCollection {
  return {
    type: 'FeatureCollection',
    features: events.map((event) => ({
      type: 'Feature',
      id: event.id,
      properties: { id: event.id, name: event.place.name },
      geometry: { type: 'Point', coordinates: [event.place.lon, event.place.lat] },
    })),
  };
}
