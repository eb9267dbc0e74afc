import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';

/** Properties every country carries in the shipped basemap; `iso3` is the key the whole app joins on. */
export interface CountryProperties {
  iso3: string;
  name: string;
}

/** A country geometry inside the basemap topology; its `id` equals `properties.iso3`. */
export type CountryGeometry = (Polygon<CountryProperties> | MultiPolygon<CountryProperties>) & {
  id: string;
  properties: CountryProperties;
};

/** The shipped basemap: one object, `countries`, holding one geometry per country. */
export type BasemapTopology = Topology<{ countries: GeometryCollection<CountryProperties> }>;

/** Name of the single object in the shipped topology. */
export const COUNTRIES_OBJECT = 'countries';

/** A longitude/latitude box: [west, south, east, north] in degrees. */
export type LonLatBox = readonly [number, number, number, number];

/** Where the map needs fine detail (Europe and its neighbourhood); everything else is simplified hard. */
export const EUROPE_BOX: LonLatBox = [-25, 33, 50, 72];

/** True when a point lies inside (or on the edge of) a longitude/latitude box. */
export function isInsideBox(point: readonly number[], box: LonLatBox): boolean {
  const [longitude = Number.NaN, latitude = Number.NaN] = point;
  return longitude >= box[0] && longitude <= box[2] && latitude >= box[1] && latitude <= box[3];
}
