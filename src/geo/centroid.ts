import { centroid } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { LonLat } from './types';

/**
 * Mean of a feature's vertices. Cheap and stable, but for countries with far-away parts
 * (France, Norway) it can fall outside the country: use `labelPointOf` to place text.
 */
export function centroidOf(country: Feature<Polygon | MultiPolygon>): LonLat {
  return centroid(country).geometry.coordinates;
}
