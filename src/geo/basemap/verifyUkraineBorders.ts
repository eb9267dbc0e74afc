import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import { countryGeometriesOf } from './topologyHelpers';

/**
 * Places inside Ukraine's internationally recognised borders, including Crimea and the occupied
 * parts of the Donetsk, Luhansk, Zaporizhzhia and Kherson oblasts, as [longitude, latitude].
 */
export const UKRAINIAN_CHECK_POINTS: Readonly<Record<string, readonly [number, number]>> = {
  Simferopol: [34.1, 44.95],
  Sevastopol: [33.52, 44.62],
  Kerch: [36.47, 45.36],
  Donetsk: [37.8, 48.0],
  Luhansk: [39.31, 48.57],
  Melitopol: [35.37, 46.85],
  Mariupol: [37.55, 47.1],
  Kherson: [32.62, 46.64],
  Kyiv: [30.52, 50.45],
};

function decodedCountry(topology: Topology, iso3: string): Feature<Polygon | MultiPolygon> {
  const geometry = countryGeometriesOf(topology).find((candidate) => candidate.id === iso3);
  if (!geometry) throw new Error(`Border check: the basemap has no ${iso3} geometry`);
  return feature(topology, geometry as GeometryObject) as Feature<Polygon | MultiPolygon>;
}

/**
 * Throws unless every check point is inside Ukraine and outside Russia. Run at the end of the
 * build so that no basemap with the occupation line as a border can be written.
 */
export function verifyUkraineBorders(topology: Topology): void {
  const ukraine = decodedCountry(topology, 'UKR');
  const russia = decodedCountry(topology, 'RUS');
  const wrong = Object.entries(UKRAINIAN_CHECK_POINTS).filter(
    ([, position]) =>
      !booleanPointInPolygon([...position], ukraine) || booleanPointInPolygon([...position], russia),
  );
  if (wrong.length > 0) {
    const names = wrong.map(([name]) => name).join(', ');
    throw new Error(`Border check: ${names} must lie in Ukraine (UN GA resolution 68/262) and not in Russia`);
  }
}
