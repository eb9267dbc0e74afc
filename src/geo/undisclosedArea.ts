import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { isPointInPolygonal } from './pointInPolygon';
import type { CountryCollection, CountryProperties } from './types';

/**
 * The centre and half-axes (degrees) of the "location undisclosed" shape: central-western Ukraine,
 * between Lviv and Kyiv, set back from the contact line as the Paris Declaration describes the force.
 */
const CENTRE: Position = [27.7, 49.8];
const HALF_WIDTH_DEGREES = 3.9;
const HALF_HEIGHT_DEGREES = 1.3;
const VERTICES = 48;

function ellipse(scale: number): Position[] {
  const ring: Position[] = [];
  for (let index = 0; index < VERTICES; index += 1) {
    const angle = (2 * Math.PI * index) / VERTICES;
    ring.push([
      (CENTRE[0] ?? 0) + scale * HALF_WIDTH_DEGREES * Math.cos(angle),
      (CENTRE[1] ?? 0) + scale * HALF_HEIGHT_DEGREES * Math.sin(angle),
    ]);
  }
  const [first] = ring;
  if (first) ring.push(first);
  return ring;
}

/**
 * The area over which the map draws sites whose location no source gives (the planned UK/French
 * hubs). A drawing convention meaning "somewhere in Ukraine, away from the contact line", not a
 * location. It is an ellipse on purpose: a soft, obviously symbolic shape, where a piece of Ukraine cut
 * along a meridian would read as a border drawn through the country. The ellipse shrinks until every
 * vertex lies in Ukraine, so it never spills into a neighbour, whatever the basemap's detail.
 * Throws when the collection has no Ukraine, or Ukraine does not contain the centre.
 */
export function undisclosedAreaInUkraine(
  countries: CountryCollection,
): Feature<Polygon | MultiPolygon, CountryProperties> {
  const ukraine = countries.features.find((country) => country.properties.iso3 === 'UKR');
  if (!ukraine) throw new Error('the basemap has no Ukraine (UKR)');
  for (let scale = 1; scale > 0.05; scale *= 0.9) {
    const ring = ellipse(scale);
    if (ring.every((position) => isPointInPolygonal(position, ukraine.geometry))) {
      return {
        type: 'Feature',
        id: 'UKR',
        properties: { ...ukraine.properties },
        geometry: { type: 'Polygon', coordinates: [ring] },
      };
    }
  }
  throw new Error('Ukraine (UKR) in the basemap does not contain the undisclosed-area centre');
}
