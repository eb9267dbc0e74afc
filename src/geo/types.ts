import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { CountryProperties } from './basemap/types';

export type { CountryProperties } from './basemap/types';

/** One country of the basemap, keyed by `properties.iso3` (also its `id`). */
export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProperties>;

/** All countries of the basemap, as the `countries` map source receives them. */
export type CountryCollection = FeatureCollection<Polygon | MultiPolygon, CountryProperties>;

/** One label anchor per country, inside its largest part. */
export type LabelPointCollection = FeatureCollection<Point, CountryProperties>;

/** [longitude, latitude] in degrees. */
export type LonLat = Position;

/** [west, south, east, north] in degrees. */
export type BoundingBox = [number, number, number, number];
