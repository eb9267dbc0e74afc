import type { Arc, ArcIndexes, Positions } from 'topojson-specification';
import type { BasemapTopology, CountryGeometry } from './basemap/types';
import { ByteReader } from './byteReader';
import {
  fromZigzag,
  PACKED_BASEMAP_SIGNATURE,
  PACKED_BASEMAP_VERSION,
  predictedDelta,
} from './packedBasemapFormat';

/** The first bytes as printable text, to name what was fetched instead (an HTML page, JSON). */
function describeStart(bytes: Uint8Array): string {
  const start = Array.from(bytes.subarray(0, 12), (byte) =>
    byte >= 0x20 && byte < 0x7f ? String.fromCharCode(byte) : '?',
  ).join('');
  return start === '' ? 'the file is empty' : `it starts with "${start}"`;
}

function readHeader(reader: ByteReader, bytes: Uint8Array): void {
  const signature = new TextEncoder().encode(PACKED_BASEMAP_SIGNATURE);
  const matches = bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);
  if (!matches) {
    throw new Error(
      `the file is not a packed basemap: ${describeStart(bytes)}, not "${PACKED_BASEMAP_SIGNATURE}"`,
    );
  }
  reader.readBytes(signature.length, 'the signature');
  const version = reader.readByte('the format version');
  if (version !== PACKED_BASEMAP_VERSION) {
    throw new Error(
      `the file is version ${version} of the packed basemap format; this page reads version ${PACKED_BASEMAP_VERSION}`,
    );
  }
}

/** A count read from the file that says how many items follow, each at least `smallest` bytes long. */
function readCount(reader: ByteReader, what: string, smallest = 1): number {
  const count = reader.readVarint(`the number of ${what}`);
  if (count * smallest > reader.remaining) {
    throw new Error(`the file is corrupt: ${count} ${what} cannot fit in the ${reader.remaining} bytes left`);
  }
  return count;
}

interface GeometryShapes {
  geometries: CountryGeometry[];
  /** Highest arc index any ring refers to, checked once the arc count is known. */
  highestArcIndex: number;
}

function readGeometries(reader: ByteReader): GeometryShapes {
  const count = readCount(reader, 'countries', 3);
  let previousArcIndex = -1;
  let highestArcIndex = -1;
  const readRing = (place: string): ArcIndexes => {
    const ring: ArcIndexes = [];
    const length = readCount(reader, `arcs in a ring of ${place}`);
    for (let index = 0; index < length; index += 1) {
      const code = reader.readVarint(`an arc of ${place}`);
      const arcIndex = previousArcIndex + 1 + fromZigzag(Math.floor(code / 2));
      if (arcIndex < 0) throw new Error(`the file is corrupt: ${place} refers to arc ${arcIndex}`);
      ring.push(code % 2 === 1 ? ~arcIndex : arcIndex);
      previousArcIndex = arcIndex;
      highestArcIndex = Math.max(highestArcIndex, arcIndex);
    }
    return ring;
  };
  const shapes: { multi: boolean; polygons: ArcIndexes[][] }[] = [];
  for (let geometryIndex = 0; geometryIndex < count; geometryIndex += 1) {
    const place = `country ${geometryIndex}`;
    const code = reader.readVarint(`the shape of ${place}`);
    const multi = code % 2 === 1;
    const polygonCount = Math.floor(code / 2);
    if (!multi && polygonCount !== 1) {
      throw new Error(`the file is corrupt: ${place} is a Polygon with ${polygonCount} parts`);
    }
    if (polygonCount > reader.remaining) {
      throw new Error(`the file is corrupt: ${polygonCount} parts of ${place} cannot fit in the file`);
    }
    const polygons: ArcIndexes[][] = [];
    for (let polygonIndex = 0; polygonIndex < polygonCount; polygonIndex += 1) {
      const ringCount = readCount(reader, `rings in a part of ${place}`);
      const rings: ArcIndexes[] = [];
      for (let ringIndex = 0; ringIndex < ringCount; ringIndex += 1) rings.push(readRing(place));
      polygons.push(rings);
    }
    shapes.push({ multi, polygons });
  }
  const codes = shapes.map((_, index) => reader.readText(`the iso3 code of country ${index}`));
  const geometries = shapes.map(({ multi, polygons }, index): CountryGeometry => {
    const iso3 = codes[index] ?? '';
    const properties = { iso3, name: reader.readText(`the name of country ${index}`) };
    return multi
      ? { type: 'MultiPolygon', arcs: polygons, id: iso3, properties }
      : { type: 'Polygon', arcs: polygons[0] ?? [], id: iso3, properties };
  });
  return { geometries, highestArcIndex };
}

function readArcs(reader: ByteReader): Arc[] {
  const count = readCount(reader, 'arcs', 3);
  const lengths: number[] = [];
  let deltaCount = 0;
  for (let index = 0; index < count; index += 1) {
    const length = reader.readVarint(`the length of arc ${index}`);
    if (length === 0) throw new Error(`the file is corrupt: arc ${index} has no points`);
    lengths.push(length);
    deltaCount += length - 1;
  }
  const firsts: number[] = [];
  for (let index = 0; index < count; index += 1) {
    firsts.push(fromZigzag(reader.readVarint(`the first point of arc ${index}`)));
    firsts.push(fromZigzag(reader.readVarint(`the first point of arc ${index}`)));
  }
  // Checked before the loop, so the loop below reads only inside the planes.
  const planes = reader.readBytes(deltaCount * 4, `the ${deltaCount} arc deltas`);
  const arcs: Arc[] = [];
  let lastX = 0;
  let lastY = 0;
  let planeIndex = 0;
  for (let index = 0; index < count; index += 1) {
    lastX += firsts[2 * index] ?? 0;
    lastY += firsts[2 * index + 1] ?? 0;
    const arc: Positions[] = [[lastX, lastY]];
    const length = lengths[index] ?? 0;
    let x = 0;
    let y = 0;
    for (let point = 1; point < length; point += 1) {
      x =
        predictedDelta(x) +
        fromZigzag((planes[planeIndex] ?? 0) | ((planes[2 * deltaCount + planeIndex] ?? 0) << 8));
      y =
        predictedDelta(y) +
        fromZigzag(
          (planes[deltaCount + planeIndex] ?? 0) | ((planes[3 * deltaCount + planeIndex] ?? 0) << 8),
        );
      arc.push([x, y]);
      lastX += x;
      lastY += y;
      planeIndex += 1;
    }
    arcs.push(arc);
  }
  return arcs;
}

/**
 * Reads a packed basemap (`public/basemap/countries.topology.bin`, layout in `packedBasemapFormat.ts`)
 * back into the TopoJSON Topology it was packed from, for `decodeBasemap`. Throws a sentence naming
 * the problem (not a packed basemap, another format version, truncated, corrupt) for the page to show.
 */
export function unpackBasemap(bytes: Uint8Array): BasemapTopology {
  const reader = new ByteReader(bytes);
  readHeader(reader, bytes);
  const numbers = Array.from({ length: 8 }, (_, index) => reader.readFloat64(`header number ${index}`));
  const [west = 0, south = 0, east = 0, north = 0, scaleX = 0, scaleY = 0, left = 0, bottom = 0] = numbers;
  const { geometries, highestArcIndex } = readGeometries(reader);
  const arcs = readArcs(reader);
  if (highestArcIndex >= arcs.length) {
    throw new Error(`the file is corrupt: a country refers to arc ${highestArcIndex} of ${arcs.length}`);
  }
  if (reader.remaining > 0) {
    throw new Error(`the file is corrupt: ${reader.remaining} bytes follow the arcs`);
  }
  return {
    type: 'Topology',
    bbox: [west, south, east, north],
    transform: { scale: [scaleX, scaleY], translate: [left, bottom] },
    objects: { countries: { type: 'GeometryCollection', geometries } },
    arcs,
  };
}
