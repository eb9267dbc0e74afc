/**
 * The editors' data lives in `data/` at the repository root (not in `public/`) so the checker, the
 * docs and the app all name the same files. This serves it at `/data/…` in dev exactly as an editor
 * wrote it, and copies it into the build minified (the same JSON value, without indentation), which the
 * app fetches and validates at run time. A file that is not JSON fails the build, naming the file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { minifiedDataText } from './dataFiles';

/** The data files the app fetches: `actors.json`, `events.json`, `sites.geojson`. */
const DATA_FILE = /^[a-z-]+\.(json|geojson)$/;

export function serveDataFolder(dataDirectory: string): Plugin {
  return {
    name: 'coalition-atlas:data-folder',
    configureServer(server) {
      server.middlewares.use('/data/', (request, response, next) => {
        const name = (request.url ?? '').replace(/^\//, '').split('?')[0] ?? '';
        if (!DATA_FILE.test(name)) return next();
        try {
          const body = readFileSync(join(dataDirectory, name));
          response.setHeader('Content-Type', 'application/json');
          response.end(body);
        } catch {
          response.statusCode = 404;
          response.end();
        }
      });
    },
    generateBundle() {
      for (const name of readdirSync(dataDirectory)) {
        if (!DATA_FILE.test(name)) continue;
        const file = `data/${name}`;
        let source: string;
        try {
          source = minifiedDataText(file, readFileSync(join(dataDirectory, name), 'utf8'));
        } catch (error) {
          this.error(error instanceof Error ? error.message : String(error));
        }
        this.emitFile({ type: 'asset', fileName: file, source });
      }
    },
  };
}
