import { area, booleanPointInPolygon, centerOfMass, pointOnFeature, polygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { CountryCollection, LabelPointCollection, LonLat } from './types';

function largestPart(country: Feature<Polygon | MultiPolygon>): Feature<Polygon> {
  const parts =
    country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
  let best: Feature<Polygon> | undefined;
  let bestArea = -1;
  for (const rings of parts) {
    const part = polygon(rings);
    const partArea = area(part);
    if (partArea > bestArea) {
      best = part;
      bestArea = partArea;
    }
  }
  if (!best) throw new Error(`country ${String(country.id)} has no polygon`);
  return best;
}

/**
 * Where to write a country's name: the centre of mass of its largest part (mainland France, not
 * the middle of its overseas territories), moved onto the part when that centre falls outside
 * (a crescent-shaped country), so the label always sits on the country it names.
 */
export function labelPointOf(country: Feature<Polygon | MultiPolygon>): LonLat {
  const part = largestPart(country);
  const centre = centerOfMass(part);
  if (booleanPointInPolygon(centre, part)) return centre.geometry.coordinates;
  return pointOnFeature(part).geometry.coordinates;
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
