import { bboxClip } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { CountryCollection, CountryProperties } from './types';

/** West of about 34°E, roughly the Dnipro's course, across all of Ukraine's latitudes. */
const WEST_OF_DNIPRO: [number, number, number, number] = [22, 44, 34, 53];

/** bboxClip leaves parts entirely outside the box as empty or degenerate rings; drop them. */
function hasArea(rings: Position[][]): boolean {
  const [outer] = rings;
  return outer !== undefined && outer.length >= 4;
}

/**
 * The area over which the map draws sites whose location no source gives (the planned hubs in
 * Ukraine). This is a drawing convention meaning "somewhere in Ukraine, away from the contact
 * line", not a location: Ukraine clipped to the part west of 34°E. It deliberately does not try
 * to be smarter (excluding border bands, cities), because that would invent a place.
 * Throws when the collection has no Ukraine.
 */
export function undisclosedAreaInUkraine(
  countries: CountryCollection,
): Feature<Polygon | MultiPolygon, CountryProperties> {
  const ukraine = countries.features.find((country) => country.properties.iso3 === 'UKR');
  if (!ukraine) throw new Error('the basemap has no Ukraine (UKR)');
  const clipped = bboxClip(ukraine, WEST_OF_DNIPRO).geometry as Polygon | MultiPolygon;
  const parts = (clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates).filter(hasArea);
  const [onlyPart] = parts;
  const geometry: Polygon | MultiPolygon =
    parts.length === 1 && onlyPart
      ? { type: 'Polygon', coordinates: onlyPart }
      : { type: 'MultiPolygon', coordinates: parts };
  return { type: 'Feature', id: 'UKR', properties: { ...ukraine.properties }, geometry };
}
