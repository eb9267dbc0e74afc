import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, runnerImport } from 'vite';

const DATA_DIRECTORY = resolve(import.meta.dirname, 'data');

/**
 * Loads one of the build's own plugins (scripts/build) with Vite's module runner. A plain import would
 * bundle scripts/ and src/ into this config, and Vite then warns on every run that its coming native
 * config loader cannot follow their extension-less imports.
 */
async function buildPlugin<Module>(path: string, create: (module: Module) => Plugin): Promise<Plugin> {
  const { module } = await runnerImport<Module>(resolve(import.meta.dirname, path));
  return create(module);
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
  plugins: [
    react(),
    buildPlugin<typeof import('./scripts/build/dataFolderPlugin')>(
      'scripts/build/dataFolderPlugin.ts',
      (module) => module.serveDataFolder(DATA_DIRECTORY),
    ),
    buildPlugin<typeof import('./scripts/build/labelFontPlugin')>(
      'scripts/build/labelFontPlugin.ts',
      (module) => module.labelFontPlugin(import.meta.dirname, DATA_DIRECTORY),
    ),
    contentSecurityPolicy(),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    // Fonts stay files even when small (the label subsets are): inlined into the stylesheet, every face
    // would download with it, where a file downloads only when a character of its range is drawn.
    assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined),
  },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
});
