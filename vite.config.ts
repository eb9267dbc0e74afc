import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const DATA_DIRECTORY = resolve(import.meta.dirname, 'data');
const DATA_FILE = /^[a-z-]+\.(json|geojson)$/;

/**
 * The editors' data lives in `data/` at the repository root (not in `public/`) so the checker, the
 * docs and the app all name the same files. This serves it at `/data/…` in dev and copies it into the
 * build, so the app fetches and validates it at run time exactly as an editor wrote it.
 */
function serveDataFolder(): Plugin {
  return {
    name: 'coalition-atlas:data-folder',
    configureServer(server) {
      server.middlewares.use('/data/', (request, response, next) => {
        const name = (request.url ?? '').replace(/^\//, '').split('?')[0] ?? '';
        if (!DATA_FILE.test(name)) return next();
        try {
          const body = readFileSync(join(DATA_DIRECTORY, name));
          response.setHeader('Content-Type', 'application/json');
          response.end(body);
        } catch {
          response.statusCode = 404;
          response.end();
        }
      });
    },
    generateBundle() {
      for (const name of readdirSync(DATA_DIRECTORY)) {
        if (!DATA_FILE.test(name)) continue;
        this.emitFile({
          type: 'asset',
          fileName: `data/${name}`,
          source: readFileSync(join(DATA_DIRECTORY, name)),
        });
      }
    },
  };
}

/**
 * The built page's Content-Security-Policy: only its own origin, no inline script or style, no plugins.
 * `data:`/`blob:` images are MapLibre's control icons and canvases; `blob:` workers keep MapLibre free to
 * spawn its worker either way. React and MapLibre style elements through the CSSOM (`element.style`),
 * which `style-src 'self'` allows. Dev mode is left without it: Vite's HMR injects inline styles and scripts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "child-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Puts the policy first in the built `<head>`, before any script or stylesheet it must govern. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'coalition-atlas:content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  base: './',
  plugins: [react(), serveDataFolder(), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
});
