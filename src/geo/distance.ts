import { distance } from '@turf/turf';
import type { LonLat } from './types';

/** Great-circle distance between two [longitude, latitude] positions, in kilometres. */
export function distanceKilometres(from: LonLat, to: LonLat): number {
  return distance(from, to, { units: 'kilometers' });
}
