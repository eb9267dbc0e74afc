/**
 * The packed basemap: a lossless binary encoding of the basemap's TopoJSON Topology, written at build
 * time by `src/geo/basemap/packBasemap.ts` and read in the page by `src/geo/unpackBasemap.ts`. It exists
 * because the JSON spells every arc delta as decimal text; the same integers as bytes gzip to about
 * two thirds of that. Unpacking gives back the very Topology that was packed (same arcs, same
 * indices, same properties), which topojson-client then converts as before.
 *
 * Layout, in order (varint: unsigned LEB128; signed values are zigzag-coded first):
 *  1. signature `ATOPO` and the version byte.
 *  2. bbox (4), transform scale (2) and translate (2) as little-endian float64: exact, and too few to matter.
 *  3. geometry count, then per geometry: varint `polygonCount * 2 + (MultiPolygon ? 1 : 0)`, per polygon
 *     its ring count, per ring its arc count and each arc reference as
 *     `zigzag(arcIndex - previousArcIndex - 1) * 2 + (reversed ? 1 : 0)`. Neighbouring rings mostly use
 *     neighbouring arcs, so these are small numbers.
 *  4. the iso3 codes, then the names: each as a varint UTF-8 byte length and the bytes. Kept apart so
 *     that like text sits together for gzip. A geometry's `id` is its iso3 and is not stored twice.
 *  5. arc count, then each arc's point count, then each arc's first point as a zigzag delta from the
 *     previous arc's last point (arcs often start where the previous one ended).
 *  6. the remaining points' deltas, each less `predictedDelta` of the arc's previous delta, zigzag-coded
 *     into 16 bits, as four byte planes: x low bytes, y low bytes, x high bytes, y high bytes. The high
 *     bytes are nearly all zero and gzip to almost nothing, which beats varints (measured on the real
 *     basemap: 30.4 KB gzip as planes, 31.2 KB as varints; 29.5 KB with the prediction).
 */

/** First bytes of every packed basemap, so a wrong file (HTML, JSON) is named as such. */
export const PACKED_BASEMAP_SIGNATURE = 'ATOPO';

/** Bumped whenever the layout changes; the reader accepts only this one. */
export const PACKED_BASEMAP_VERSION = 1;

/** Largest zigzag-coded arc delta the two byte planes hold. */
export const LARGEST_PACKED_DELTA = 0xffff;

/**
 * What an arc's next delta is expected to be, from its previous one: outlines bend gently, so a step
 * tends to go on in the direction of the last. Half of it measured best (a quarter to three quarters
 * were tried); integer arithmetic, so the reader computes exactly what the writer did.
 */
export function predictedDelta(previousDelta: number): number {
  return Math.trunc(previousDelta / 2);
}

/** Maps a signed integer to an unsigned one, small magnitudes to small numbers: 0, -1, 1, -2 → 0, 1, 2, 3. */
export function toZigzag(value: number): number {
  return value < 0 ? -2 * value - 1 : 2 * value;
}

/** Inverse of `toZigzag`. */
export function fromZigzag(value: number): number {
  return value % 2 === 1 ? -(value + 1) / 2 : value / 2;
}
