/**
 * Writes public/basemap/countries.topology.bin from world-atlas (Natural Earth 1:50m): the converted
 * TopoJSON Topology, packed (format in src/geo/packedBasemapFormat.ts).
 * All the logic is in src/geo/basemap so it is unit-tested; this only reads, writes and reports.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Topology } from 'topojson-specification';
import { convertWorldAtlas, packBasemap } from '../src/geo/basemap';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sourcePath = resolve(root, 'node_modules/world-atlas/countries-50m.json');
const outputPath = resolve(root, 'public/basemap/countries.topology.bin');
// The TopoJSON text this file replaced; a copy left in public/ would be shipped in every build unused.
const formerOutputPath = resolve(root, 'public/basemap/countries.topo.json');

const source = JSON.parse(readFileSync(sourcePath, 'utf8')) as Topology;
const basemap = convertWorldAtlas(source);
const packed = packBasemap(basemap);
mkdirSync(dirname(outputPath), { recursive: true });
writeFileSync(outputPath, packed);
rmSync(formerOutputPath, { force: true });

const kilobytes = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const gzip = (data: Uint8Array | string): number => gzipSync(data, { level: 9 }).byteLength;
console.log(
  `basemap: ${basemap.objects.countries.geometries.length} countries, ${basemap.arcs.length} arcs, ` +
    `${kilobytes(packed.byteLength)} raw, ${kilobytes(gzip(packed))} gzip ` +
    `(as TopoJSON text: ${kilobytes(gzip(JSON.stringify(basemap)))}) -> public/basemap/countries.topology.bin`,
);
