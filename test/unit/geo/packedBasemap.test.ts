import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBasemap, unpackBasemap } from '../../../src/geo';
import { type BasemapTopology, packBasemap } from '../../../src/geo/basemap';
import { PACKED_BASEMAP_VERSION } from '../../../src/geo/packedBasemapFormat';
import { convertedTopology } from './worldAtlas';

/** Bytes before the first geometry: signature (5), version (1), eight float64 numbers. */
const HEADER_BYTES = 6 + 8 * 8;

/** A one-country topology small enough to corrupt byte by byte. */
function tinyTopology(): BasemapTopology {
  return {
    type: 'Topology',
    bbox: [0, 0, 1, 1],
    transform: { scale: [0.5, 0.25], translate: [10, -20] },
    objects: {
      countries: {
        type: 'GeometryCollection',
        geometries: [{ type: 'Polygon', arcs: [[0]], id: 'AAA', properties: { iso3: 'AAA', name: 'Å' } }],
      },
    },
    arcs: [
      [
        [3, 4],
        [1, 0],
        [0, 1],
        [-1, -1],
      ],
    ],
  };
}

/** A copy of `bytes` with `replacement` written over them from `offset` on. */
function withBytes(bytes: Uint8Array, offset: number, replacement: number[]): Uint8Array {
  const changed = bytes.slice();
  changed.set(replacement, offset);
  return changed;
}

describe('packed basemap', () => {
  const topology = convertedTopology();
  const packed = packBasemap(topology);

  it('unpacks the real basemap into the very Topology that was packed', () => {
    const unpacked = unpackBasemap(packed);
    expect(unpacked).toStrictEqual(topology);
    // The page's view of it too: every decoded coordinate and property.
    expect(decodeBasemap(unpacked)).toStrictEqual(decodeBasemap(topology));
  });

  it('round-trips a small topology, non-ASCII names included', () => {
    expect(unpackBasemap(packBasemap(tinyTopology()))).toStrictEqual(tinyTopology());
  });

  it('names a file that is not a packed basemap', () => {
    const text = (value: string) => new TextEncoder().encode(value);
    expect(() => unpackBasemap(new Uint8Array())).toThrow(
      'the file is not a packed basemap: the file is empty',
    );
    expect(() => unpackBasemap(text('{"type":"Topology"}'))).toThrow(
      'the file is not a packed basemap: it starts with "{"type":"Top", not "ATOPO"',
    );
    expect(() => unpackBasemap(text('<!doctype html><html>'))).toThrow(/it starts with "<!doctype ht"/);
  });

  it('names another format version', () => {
    const later = packed.slice();
    later[5] = PACKED_BASEMAP_VERSION + 1;
    expect(() => unpackBasemap(later)).toThrow(
      `the file is version ${PACKED_BASEMAP_VERSION + 1} of the packed basemap format; this page reads version ${PACKED_BASEMAP_VERSION}`,
    );
  });

  it('says a truncated file is truncated or corrupt, wherever it is cut', () => {
    const lengths = [...Array.from({ length: 300 }, (_, index) => index), packed.length - 1];
    for (let length = 300; length < packed.length; length += 97) lengths.push(length);
    for (const length of lengths) {
      expect(() => unpackBasemap(packed.subarray(0, length)), `cut at ${length}`).toThrow(
        /^the file is (not a packed basemap|truncated|corrupt)/,
      );
    }
    expect(() => unpackBasemap(packed.subarray(0, packed.length - 1))).toThrow(
      /^the file is truncated: \d+ bytes for the \d+ arc deltas, only \d+ left$/,
    );
  });

  it('says what is corrupt', () => {
    const tiny = packBasemap(tinyTopology());
    expect(() => unpackBasemap(new Uint8Array([...tiny, 0]))).toThrow(
      'the file is corrupt: 1 bytes follow the arcs',
    );
    expect(() => unpackBasemap(withBytes(packed, HEADER_BYTES, [0xff, 0xff, 0xff, 0xff, 0x0f]))).toThrow(
      /^the file is corrupt: 4294967295 countries cannot fit in the \d+ bytes left$/,
    );
    expect(() =>
      unpackBasemap(withBytes(packed, HEADER_BYTES, [0xff, 0xff, 0xff, 0xff, 0xff, 0x01])),
    ).toThrow('the file is corrupt: the number of countries is not a 32-bit varint');
    // Country count, shape, ring count, ring length, then the arc reference: 2 × zigzag(5) is arc 5.
    expect(() => unpackBasemap(withBytes(tiny, HEADER_BYTES + 4, [20]))).toThrow(
      'the file is corrupt: a country refers to arc 5 of 1',
    );
    // A Polygon (even shape code) must have exactly one part.
    expect(() => unpackBasemap(withBytes(tiny, HEADER_BYTES + 1, [4]))).toThrow(
      'the file is corrupt: country 0 is a Polygon with 2 parts',
    );
    // The iso3 code's three bytes follow the arcs of the shapes; 0xff is never UTF-8.
    expect(() => unpackBasemap(withBytes(tiny, HEADER_BYTES + 6, [0xff]))).toThrow(
      'the file is corrupt: the iso3 code of country 0 is not UTF-8 text',
    );
  });

  it('never reads past the end or loops on random damage: it returns or throws an Error', () => {
    const tiny = packBasemap(tinyTopology());
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(tiny.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }),
        fc.nat(tiny.length),
        (changes, length) => {
          const damaged = tiny.slice(0, Math.max(length, 1));
          for (const [offset, value] of changes) if (offset < damaged.length) damaged[offset] = value;
          try {
            unpackBasemap(damaged);
          } catch (error) {
            expect(error).toBeInstanceOf(Error);
            expect((error as Error).message).toMatch(/^the file is /);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('refuses at build time what it could not give back exactly', () => {
    const renamed = tinyTopology();
    const [country] = renamed.objects.countries.geometries;
    if (country) country.id = 'BBB';
    expect(() => packBasemap(renamed)).toThrow(/its id differs from properties.iso3/);

    const extraProperty = tinyTopology();
    Object.assign(extraProperty.objects.countries.geometries[0]?.properties ?? {}, { population: 1 });
    expect(() => packBasemap(extraProperty)).toThrow(/only type, arcs, id and properties iso3 and name/);

    const largeStep = tinyTopology();
    largeStep.arcs[0]?.push([40_000, 0]);
    expect(() => packBasemap(largeStep)).toThrow(/cannot pack arc 0: delta 40000/);

    const fractional = tinyTopology();
    fractional.arcs[0]?.push([0.5, 0]);
    expect(() => packBasemap(fractional)).toThrow(/cannot pack arc 0: delta 0.5/);
  });
});
