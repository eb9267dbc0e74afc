import { mergeArcs } from 'topojson-client';
import type { ArcIndexes, Topology } from 'topojson-specification';
import { countryGeometriesOf, outerRingPositions, polygonsOf, withCountries } from './topologyHelpers';
import { type CountryGeometry, isInsideBox, type LonLatBox } from './types';

/** The Crimean peninsula with Sevastopol; the Russian mainland (Taman) never lies wholly inside it. */
export const CRIMEA_BOX: LonLatBox = [32.4, 44.3, 36.7, 46.3];

function findCountry(geometries: CountryGeometry[], iso3: string): CountryGeometry {
  const found = geometries.find((geometry) => geometry.id === iso3);
  if (!found) throw new Error(`Crimea correction: the basemap has no ${iso3} geometry`);
  return found;
}

/**
 * Draws Crimea (with Sevastopol) inside Ukraine, as UN General Assembly resolution 68/262 recognises.
 *
 * Natural Earth draws it as a part of Russia. The part is found geometrically, as the Russian polygon
 * whose outer ring lies wholly inside `CRIMEA_BOX`, never by position, and anything but exactly one
 * match throws: a new world-atlas release must make the build fail rather than silently ship the
 * wrong border. The part is then merged into Ukraine by its shared arcs, which removes the line that
 * Natural Earth draws across the Perekop isthmus.
 */
export function correctCrimea(topology: Topology): Topology {
  const geometries = countryGeometriesOf(topology);
  const russia = findCountry(geometries, 'RUS');
  const ukraine = findCountry(geometries, 'UKR');
  const russianPolygons = polygonsOf(russia);
  const crimean = russianPolygons.filter((polygon) =>
    outerRingPositions(topology, polygon).every((position) => isInsideBox(position, CRIMEA_BOX)),
  );
  const [crimea] = crimean;
  if (crimean.length !== 1 || !crimea) {
    throw new Error(
      `Crimea correction: expected exactly one Russian polygon inside lon ${CRIMEA_BOX[0]}..${CRIMEA_BOX[2]}, ` +
        `lat ${CRIMEA_BOX[1]}..${CRIMEA_BOX[3]}, found ${crimean.length}. ` +
        'The world-atlas data changed; review src/geo/basemap/correctCrimea.ts.',
    );
  }
  const remaining: ArcIndexes[][] = russianPolygons.filter((polygon) => polygon !== crimea);
  const correctedRussia = {
    ...russia,
    type: 'MultiPolygon',
    arcs: remaining,
  } as CountryGeometry;
  const correctedUkraine = {
    ...mergeArcs(topology, [ukraine, { type: 'Polygon', arcs: crimea }]),
    id: ukraine.id,
    properties: ukraine.properties,
  } as CountryGeometry;
  return withCountries(
    topology,
    geometries.map((geometry) => {
      if (geometry === russia) return correctedRussia;
      if (geometry === ukraine) return correctedUkraine;
      return geometry;
    }),
  );
}
