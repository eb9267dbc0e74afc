/**
 * Pure geometry over the basemap's GeoJSON. The only module in the project that imports turf,
 * so the rest of the app depends on these contracts, not on a geometry library.
 */
export { splitAtAntimeridian } from './antimeridian';
export { boundingBoxOf } from './boundingBox';
export { centroidOf } from './centroid';
export { countryAt, isPointInCountry } from './countryAt';
export { decodeBasemap } from './decodeBasemap';
export { distanceKilometres } from './distance';
export { labelPointOf, labelPointsOf } from './labelPoint';
export { NEIGHBOUR_TOLERANCE_KILOMETRES, neighboursOf } from './neighbours';
export type {
  BoundingBox,
  CountryCollection,
  CountryFeature,
  CountryProperties,
  LabelPointCollection,
  LonLat,
} from './types';
export { undisclosedAreaInUkraine } from './undisclosedArea';
export { unpackBasemap } from './unpackBasemap';
