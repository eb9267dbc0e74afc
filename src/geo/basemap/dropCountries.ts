import type { Topology } from 'topojson-specification';
import { countryGeometriesOf, withCountries } from './topologyHelpers';

/**
 * Removes whole countries by code. The basemap drops Antarctica ("ATA"): no fact in the atlas is
 * there and in Web Mercator it would be the largest shape on screen.
 */
export function dropCountries(topology: Topology, codes: readonly string[]): Topology {
  return withCountries(
    topology,
    countryGeometriesOf(topology).filter((geometry) => !codes.includes(geometry.id)),
  );
}
