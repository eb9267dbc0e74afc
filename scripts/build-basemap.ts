/**
 * Writes public/basemap/countries.topo.json from world-atlas (Natural Earth 1:50m).
 * All the logic is in src/geo/basemap so it is unit-tested; this only reads, writes and reports.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Topology } from 'topojson-specification';
import { convertWorldAtlas } from '../src/geo/basemap';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sourcePath = resolve(root, 'node_modules/world-atlas/countries-50m.json');
const outputPath = resolve(root, 'public/basemap/countries.topo.json');

const source = JSON.parse(readFileSync(sourcePath, 'utf8')) as Topology;
const basemap = convertWorldAtlas(source);
const text = JSON.stringify(basemap);
mkdirSync(dirname(outputPath), { recursive: true });
writeFileSync(outputPath, text);

const kilobytes = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const raw = Buffer.byteLength(text);
const gzip = gzipSync(text, { level: 9 }).byteLength;
console.log(
  `basemap: ${basemap.objects.countries.geometries.length} countries, ${basemap.arcs.length} arcs, ` +
    `${kilobytes(raw)} raw, ${kilobytes(gzip)} gzip -> public/basemap/countries.topo.json`,
);
