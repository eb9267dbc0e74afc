/**
 * Checks that need the map: pins inside the country they claim, German deployment candidates that
 * really border Ukraine, announcement places on or near land. Run by the checker, not at run time
 * (the app would have to wait for the basemap before it could show any data).
 */
import {
  type CountryCollection,
  countryAt,
  distanceKilometres,
  isPointInCountry,
  neighboursOf,
} from '../geo';
import type { DataFileNames } from './crossReferences';
import { hostCountryOf } from './crossReferences';
import { type DataProblem, jsonPath } from './problems';
import type { Dataset } from './schema';

/** How far off the coastline an announcement's place may lie (coarse coastlines, ports, island forts). */
export const PLACE_TOLERANCE_KILOMETRES = 50;

const SAMPLE_BEARINGS = 16;
const EARTH_RADIUS_KILOMETRES = 6371;

/** A position `kilometres` away on a great circle, so we can probe the ring around a place. */
function offsetPosition(
  [longitude, latitude]: [number, number],
  kilometres: number,
  bearing: number,
): [number, number] {
  const angular = kilometres / EARTH_RADIUS_KILOMETRES;
  const phi = (latitude * Math.PI) / 180;
  const lambda = (longitude * Math.PI) / 180;
  const targetPhi = Math.asin(
    Math.sin(phi) * Math.cos(angular) + Math.cos(phi) * Math.sin(angular) * Math.cos(bearing),
  );
  const targetLambda =
    lambda +
    Math.atan2(
      Math.sin(bearing) * Math.sin(angular) * Math.cos(phi),
      Math.cos(angular) - Math.sin(phi) * Math.sin(targetPhi),
    );
  return [(targetLambda * 180) / Math.PI, (targetPhi * 180) / Math.PI];
}

/** True when the place is in a country or one lies within the tolerance (probed on two rings of points). */
function isOnOrNearLand(countries: CountryCollection, position: [number, number]): boolean {
  if (countryAt(countries, position)) return true;
  for (const kilometres of [PLACE_TOLERANCE_KILOMETRES / 2, PLACE_TOLERANCE_KILOMETRES]) {
    for (let step = 0; step < SAMPLE_BEARINGS; step += 1) {
      const probe = offsetPosition(position, kilometres, (2 * Math.PI * step) / SAMPLE_BEARINGS);
      if (
        countryAt(countries, probe) &&
        distanceKilometres(position, probe) <= PLACE_TOLERANCE_KILOMETRES + 1
      )
        return true;
    }
  }
  return false;
}

/** Geographic problems of a schema-valid dataset against a decoded basemap. */
export function validateGeography(
  dataset: Dataset,
  countries: CountryCollection,
  files: DataFileNames,
): DataProblem[] {
  const problems: DataProblem[] = [];
  const basemapCodes = new Set(countries.features.map((country) => country.properties.iso3));

  dataset.actors.forEach((actor, index) => {
    if (actor.kind === 'country' && !basemapCodes.has(actor.id)) {
      problems.push({
        file: files.actors,
        path: jsonPath([index, 'id']),
        reason: `country "${actor.id}" is not on the basemap`,
      });
    }
  });

  dataset.events.forEach((event, index) => {
    const position: [number, number] = [event.place.lon, event.place.lat];
    if (!isOnOrNearLand(countries, position)) {
      problems.push({
        file: files.events,
        path: jsonPath([index, 'place']),
        reason: `[${position.join(', ')}] is neither in a country nor within ${PLACE_TOLERANCE_KILOMETRES} km of one (lon and lat swapped?)`,
      });
    }
  });

  const ukraineNeighbours = neighboursOf(countries, 'UKR');
  dataset.sites.features.forEach((feature, index) => {
    const properties = feature.properties;
    const host = hostCountryOf(properties);
    const hostPath = jsonPath(['features', index, 'properties', properties.country ? 'country' : 'nations']);
    if (
      feature.geometry?.type === 'Point' &&
      (properties.precision === 'site' || properties.precision === 'city')
    ) {
      const position = feature.geometry.coordinates;
      if (!basemapCodes.has(host)) {
        problems.push({
          file: files.sites,
          path: hostPath,
          reason: `country "${host}" is not on the basemap`,
        });
      } else if (!isPointInCountry(countries, host, position)) {
        problems.push({
          file: files.sites,
          path: jsonPath(['features', index, 'geometry', 'coordinates']),
          reason: `[${position.join(', ')}] is not inside ${host}, the country the site claims (found: ${countryAt(countries, position) ?? 'sea'})`,
        });
      }
    }
    if (properties.kind === 'deployment_candidate' && !ukraineNeighbours.includes(host)) {
      problems.push({
        file: files.sites,
        path: hostPath,
        reason: `deployment candidate ${host} does not border Ukraine (neighbours on the basemap: ${ukraineNeighbours.join(', ')})`,
      });
    }
  });
  return problems;
}

/** The geographic rules bound to a basemap, in the form `validateDataset`'s `geography` option takes. */
export function geographyRules(
  countries: CountryCollection,
): (dataset: Dataset, files: DataFileNames) => DataProblem[] {
  return (dataset, files) => validateGeography(dataset, countries, files);
}
