/**
 * Fetches the shipped basemap (a packed TopoJSON Topology, built by scripts/build-basemap.ts) and
 * decodes it. Failure is reported as a plain sentence for the page, never thrown at the user.
 */
import {
  type CountryCollection,
  decodeBasemap,
  type LabelPointCollection,
  labelPointsOf,
  unpackBasemap,
} from '../geo';

export const BASEMAP_URL = 'basemap/countries.topology.bin';

export type BasemapResult =
  | { ok: true; countries: CountryCollection; labelPoints: LabelPointCollection }
  | { ok: false; message: string };

export async function loadBasemap(baseUrl: string): Promise<BasemapResult> {
  const url = `${baseUrl}${BASEMAP_URL}`;
  let bytes: Uint8Array;
  try {
    const response = await fetch(url);
    if (!response.ok)
      return {
        ok: false,
        message: `The basemap (${BASEMAP_URL}) could not be loaded: HTTP ${response.status}.`,
      };
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    return { ok: false, message: `The basemap (${BASEMAP_URL}) could not be loaded: ${String(error)}.` };
  }
  try {
    const countries = decodeBasemap(unpackBasemap(bytes));
    return { ok: true, countries, labelPoints: labelPointsOf(countries) };
  } catch (error) {
    return {
      ok: false,
      message: `The basemap (${BASEMAP_URL}) is not valid: ${error instanceof Error ? error.message : String(error)}.`,
    };
  }
}
