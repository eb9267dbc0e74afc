import { bbox } from '@turf/turf';
import type { Feature, FeatureCollection } from 'geojson';
import type { BoundingBox } from './types';

/**
 * [west, south, east, north] of a feature or collection, e.g. to fit the camera.
 * Parts on both sides of the antimeridian (Russia, Fiji, the USA) give a box spanning -180..180.
 */
export function boundingBoxOf(geometry: Feature | FeatureCollection): BoundingBox {
  const [west = 0, south = 0, east = 0, north = 0] = bbox(geometry);
  return [west, south, east, north];
}
