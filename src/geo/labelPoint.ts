/**
 * Label anchors for countries and site areas. The page computes them at start-up for every country, so
 * they are written here with plain arithmetic instead of turf's centerOfMass/pointOnFeature, whose
 * imports (convex hull, spatial index, robust predicates) would weigh on the first load. The results
 * are the ones turf gives (test/unit/geo/pageGeometryMatchesTurf.test.ts compares them on the whole basemap).
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { isPointInPolygonal } from './pointInPolygon';
import { polygonAreaSquareMetres } from './sphericalArea';
import type { CountryCollection, LabelPointCollection, LonLat } from './types';

type Rings = Position[][];

/** The part with the largest area on the sphere; the first one wins a tie. */
function largestPart(country: Feature<Polygon | MultiPolygon>): Rings {
  const parts =
    country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
  let best: Rings | undefined;
  let bestArea = -1;
  for (const rings of parts) {
    const partArea = polygonAreaSquareMetres(rings);
    if (partArea > bestArea) {
      best = rings;
      bestArea = partArea;
    }
  }
  if (!best) throw new Error(`country ${String(country.id)} has no polygon`);
  return best;
}

/**
 * The centre of mass of a polygon's vertex chain, in planar degrees: the shoelace formula over every
 * ring's positions taken as one list, around the mean vertex (which keeps the sums small). Falls back
 * to the mean vertex for a degenerate chain.
 */
function centreOfMass(rings: Rings): LonLat {
  let longitudeSum = 0;
  let latitudeSum = 0;
  let count = 0;
  for (const ring of rings) {
    // The closing position repeats the first; counting it would pull the mean towards it.
    for (const [longitude = 0, latitude = 0] of ring.slice(0, -1)) {
      longitudeSum += longitude;
      latitudeSum += latitude;
      count += 1;
    }
  }
  const meanLongitude = longitudeSum / count;
  const meanLatitude = latitudeSum / count;
  const chain = rings.flat();
  let doubleArea = 0;
  let weightedX = 0;
  let weightedY = 0;
  for (let index = 0; index + 1 < chain.length; index += 1) {
    const [x1 = 0, y1 = 0] = chain[index] as Position;
    const [x2 = 0, y2 = 0] = chain[index + 1] as Position;
    const xi = x1 - meanLongitude;
    const yi = y1 - meanLatitude;
    const xj = x2 - meanLongitude;
    const yj = y2 - meanLatitude;
    const cross = xi * yj - xj * yi;
    doubleArea += cross;
    weightedX += (xi + xj) * cross;
    weightedY += (yi + yj) * cross;
  }
  if (doubleArea === 0) return [meanLongitude, meanLatitude];
  const factor = 1 / (6 * (doubleArea * 0.5));
  return [meanLongitude + factor * weightedX, meanLatitude + factor * weightedY];
}

/** How far apart two positions are on the sphere, as the haversine term (orders like the distance). */
function haversineTerm(from: Position, to: Position): number {
  const radians = Math.PI / 180;
  const [fromLongitude = 0, fromLatitude = 0] = from;
  const [toLongitude = 0, toLatitude = 0] = to;
  const latitudeStep = Math.sin(((toLatitude - fromLatitude) * radians) / 2);
  const longitudeStep = Math.sin(((toLongitude - fromLongitude) * radians) / 2);
  return (
    latitudeStep * latitudeStep +
    longitudeStep * longitudeStep * Math.cos(fromLatitude * radians) * Math.cos(toLatitude * radians)
  );
}

/** The middle of the polygon's bounding box when it lies on the polygon, else the vertex nearest to it. */
function pointOnSurface(rings: Rings): LonLat {
  const positions = rings.flat();
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [longitude = 0, latitude = 0] of positions) {
    west = Math.min(west, longitude);
    east = Math.max(east, longitude);
    south = Math.min(south, latitude);
    north = Math.max(north, latitude);
  }
  const middle: LonLat = [(west + east) / 2, (south + north) / 2];
  if (isPointInPolygonal(middle, { type: 'Polygon', coordinates: rings })) return middle;
  let nearest = positions[0] ?? middle;
  let nearestTerm = Number.POSITIVE_INFINITY;
  for (const position of positions) {
    const term = haversineTerm(middle, position);
    if (term < nearestTerm) {
      nearest = position;
      nearestTerm = term;
    }
  }
  return [nearest[0] ?? 0, nearest[1] ?? 0];
}

/**
 * Where to write a country's name: the centre of mass of its largest part (mainland France, not
 * the middle of its overseas territories), moved onto the part when that centre falls outside
 * (a crescent-shaped country), so the label always sits on the country it names.
 */
export function labelPointOf(country: Feature<Polygon | MultiPolygon>): LonLat {
  const part = largestPart(country);
  const centre = centreOfMass(part);
  if (isPointInPolygonal(centre, { type: 'Polygon', coordinates: part })) return centre;
  return pointOnSurface(part);
}

/** One label point per country, carrying its `iso3` and `name`, for a symbol layer. */
export function labelPointsOf(countries: CountryCollection): LabelPointCollection {
  return {
    type: 'FeatureCollection',
    features: countries.features.map((country) => ({
      type: 'Feature',
      id: country.properties.iso3,
      properties: { iso3: country.properties.iso3, name: country.properties.name },
      geometry: { type: 'Point', coordinates: labelPointOf(country) },
    })),
  };
}
