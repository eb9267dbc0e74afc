import type { Arc, ArcIndexes } from 'topojson-specification';
import {
  LARGEST_PACKED_DELTA,
  PACKED_BASEMAP_SIGNATURE,
  PACKED_BASEMAP_VERSION,
  predictedDelta,
  toZigzag,
} from '../packedBasemapFormat';
import { ByteWriter } from './byteWriter';
import { polygonsOf } from './topologyHelpers';
import type { BasemapTopology, CountryGeometry } from './types';

const TOPOLOGY_KEYS = ['arcs', 'bbox', 'objects', 'transform', 'type'];
const GEOMETRY_KEYS = ['arcs', 'id', 'properties', 'type'];
const PROPERTY_KEYS = ['iso3', 'name'];

function hasExactly(value: object, keys: readonly string[]): boolean {
  const own = Object.keys(value).sort();
  return own.length === keys.length && own.every((key, index) => key === keys[index]);
}

/**
 * The format stores only what the basemap has, so anything else would be lost on the way: refuse it
 * here, at build time, rather than ship a map that differs from the converted topology.
 */
function checkPackable(topology: BasemapTopology): void {
  if (!hasExactly(topology, TOPOLOGY_KEYS)) {
    throw new Error(`cannot pack a topology with keys ${Object.keys(topology).join(', ')}`);
  }
  if (topology.bbox?.length !== 4) throw new Error('cannot pack a topology without a 2-D bbox');
  if (Object.keys(topology.objects).join() !== 'countries') {
    throw new Error('cannot pack a topology with objects other than "countries"');
  }
  if (!hasExactly(topology.objects.countries, ['geometries', 'type'])) {
    throw new Error('cannot pack a "countries" object with keys other than type and geometries');
  }
  for (const geometry of topology.objects.countries.geometries as CountryGeometry[]) {
    const name = `geometry ${String(geometry.id)}`;
    const type: string = geometry.type;
    if (type !== 'Polygon' && type !== 'MultiPolygon') {
      throw new Error(`cannot pack ${name}: ${type} is neither Polygon nor MultiPolygon`);
    }
    if (!hasExactly(geometry, GEOMETRY_KEYS) || !hasExactly(geometry.properties, PROPERTY_KEYS)) {
      throw new Error(`cannot pack ${name}: only type, arcs, id and properties iso3 and name are stored`);
    }
    if (geometry.id !== geometry.properties.iso3) {
      throw new Error(
        `cannot pack ${name}: its id differs from properties.iso3 (${geometry.properties.iso3})`,
      );
    }
  }
}

function writeGeometries(writer: ByteWriter, geometries: CountryGeometry[]): void {
  writer.writeVarint(geometries.length);
  let previousArcIndex = -1;
  const writeRing = (ring: ArcIndexes): void => {
    writer.writeVarint(ring.length);
    for (const reference of ring) {
      const reversed = reference < 0;
      const arcIndex = reversed ? ~reference : reference;
      writer.writeVarint(toZigzag(arcIndex - previousArcIndex - 1) * 2 + (reversed ? 1 : 0));
      previousArcIndex = arcIndex;
    }
  };
  for (const geometry of geometries) {
    const polygons = polygonsOf(geometry);
    writer.writeVarint(polygons.length * 2 + (geometry.type === 'MultiPolygon' ? 1 : 0));
    for (const rings of polygons) {
      writer.writeVarint(rings.length);
      for (const ring of rings) writeRing(ring);
    }
  }
  for (const geometry of geometries) writer.writeText(geometry.properties.iso3);
  for (const geometry of geometries) writer.writeText(geometry.properties.name);
}

function packedDelta(arcIndex: number, value: number | undefined): number {
  const zigzag = toZigzag(value ?? Number.NaN);
  if (!Number.isInteger(value) || zigzag > LARGEST_PACKED_DELTA) {
    throw new Error(
      `cannot pack arc ${arcIndex}: delta ${value} (after prediction) is not a whole number within ` +
        '±32767 (quantize the topology to at most 21,000 steps)',
    );
  }
  return zigzag;
}

function writeArcs(writer: ByteWriter, arcs: Arc[]): void {
  writer.writeVarint(arcs.length);
  let deltaCount = 0;
  for (const [arcIndex, arc] of arcs.entries()) {
    if (arc.length === 0 || arc.some((position) => position.length !== 2)) {
      throw new Error(`cannot pack arc ${arcIndex}: it needs at least one point, each with two coordinates`);
    }
    writer.writeVarint(arc.length);
    deltaCount += arc.length - 1;
  }
  let [lastX, lastY] = [0, 0];
  for (const [arcIndex, arc] of arcs.entries()) {
    const [[firstX = 0, firstY = 0] = []] = arc;
    if (!Number.isSafeInteger(firstX) || !Number.isSafeInteger(firstY)) {
      throw new Error(`cannot pack arc ${arcIndex}: its first point is not quantized (${firstX}, ${firstY})`);
    }
    writer.writeVarint(toZigzag(firstX - lastX));
    writer.writeVarint(toZigzag(firstY - lastY));
    [lastX, lastY] = [firstX, firstY];
    for (const [deltaX = 0, deltaY = 0] of arc.slice(1)) {
      lastX += deltaX;
      lastY += deltaY;
    }
  }
  // Planes: x low bytes, y low bytes, x high bytes, y high bytes (see packedBasemapFormat.ts).
  const planes = new Uint8Array(deltaCount * 4);
  let index = 0;
  for (const [arcIndex, arc] of arcs.entries()) {
    let [previousX, previousY] = [0, 0];
    for (const [deltaX = Number.NaN, deltaY = Number.NaN] of arc.slice(1)) {
      const x = packedDelta(arcIndex, deltaX - predictedDelta(previousX));
      const y = packedDelta(arcIndex, deltaY - predictedDelta(previousY));
      [previousX, previousY] = [deltaX, deltaY];
      planes[index] = x & 0xff;
      planes[deltaCount + index] = y & 0xff;
      planes[2 * deltaCount + index] = x >> 8;
      planes[3 * deltaCount + index] = y >> 8;
      index += 1;
    }
  }
  writer.writeBytes(planes);
}

/**
 * Packs the converted basemap into the compact binary the page fetches (layout in
 * `src/geo/packedBasemapFormat.ts`); `unpackBasemap` gives back a Topology deep-equal to `topology`.
 * Throws when the topology holds anything the format cannot store exactly (other objects or
 * properties, an id other than iso3, unquantized or too large arc deltas), so a lossy basemap never ships.
 */
export function packBasemap(topology: BasemapTopology): Uint8Array {
  checkPackable(topology);
  const writer = new ByteWriter();
  writer.writeBytes(new TextEncoder().encode(PACKED_BASEMAP_SIGNATURE));
  writer.writeByte(PACKED_BASEMAP_VERSION);
  const { bbox = [], transform } = topology;
  if (!transform) throw new Error('cannot pack a topology without a transform (it must be quantized)');
  for (const value of [...bbox, ...transform.scale, ...transform.translate]) writer.writeFloat64(value);
  writeGeometries(writer, topology.objects.countries.geometries as CountryGeometry[]);
  writeArcs(writer, topology.arcs);
  return writer.toBytes();
}
