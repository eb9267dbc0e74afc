import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { BoundingBox } from './types';

/** Nested coordinate arrays of any depth, down to positions. */
type Coordinates = number | Coordinates[];

function widen(box: BoundingBox, coordinates: Coordinates): void {
  if (!Array.isArray(coordinates)) return;
  const [longitude, latitude] = coordinates;
  if (typeof longitude === 'number' && typeof latitude === 'number') {
    box[0] = Math.min(box[0], longitude);
    box[1] = Math.min(box[1], latitude);
    box[2] = Math.max(box[2], longitude);
    box[3] = Math.max(box[3], latitude);
    return;
  }
  for (const inner of coordinates) widen(box, inner);
}

function widenByGeometry(box: BoundingBox, geometry: Geometry | null): void {
  if (!geometry) return;
  if (geometry.type === 'GeometryCollection') {
    for (const member of geometry.geometries) widenByGeometry(box, member);
  } else {
    widen(box, geometry.coordinates as Coordinates);
  }
}

/**
 * [west, south, east, north] of a feature or collection, e.g. to fit the camera (the page does this
 * on every country selection, so it is a plain scan rather than turf's bbox).
 * Parts on both sides of the antimeridian (Russia, Fiji, the USA) give a box spanning -180..180.
 * An empty input gives [Infinity, Infinity, -Infinity, -Infinity].
 */
export function boundingBoxOf(geometry: Feature | FeatureCollection): BoundingBox {
  const box: BoundingBox = [
    Number.POSITIVE_INFINITY,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
  ];
  const features = geometry.type === 'FeatureCollection' ? geometry.features : [geometry];
  for (const feature of features) widenByGeometry(box, feature.geometry);
  return box;
}
