/**
 * Serves `virtual:label-font.css` (imported by src/main.tsx): the map-label font cut down to the label
 * characters at build time (scripts/labelFont). Dev and build both generate it when they start, so dev
 * draws with what ships; an editor's new character shows in the full font until the next start.
 */
import { join } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { buildLabelFont, type LabelFont } from '../labelFont/buildLabelFont';
import { labelCodePoints } from '../labelFont/labelCharacters';
import { collectLabelStrings, type LabelStrings } from '../labelFont/labelStrings';

/** The module id src/main.tsx imports. */
export const LABEL_FONT_MODULE = 'virtual:label-font.css';

/** Where the generated files go: a cache folder, not the source tree (they are rebuilt every start). */
export function labelFontDirectory(root: string): string {
  return join(root, 'node_modules/.cache/label-font');
}

/** Generates the label font for the data in `dataDirectory` and reports its size. */
export function labelFontPlugin(root: string, dataDirectory: string): Plugin {
  let labelFont: Promise<LabelFont> | undefined;
  let config: ResolvedConfig | undefined;
  return {
    name: 'coalition-atlas:label-font',
    configResolved(resolved) {
      config = resolved;
    },
    async buildStart() {
      const sources = {
        dataDirectory,
        worldAtlasFile: join(root, 'node_modules/world-atlas/countries-50m.json'),
      };
      let strings: LabelStrings;
      try {
        strings = collectLabelStrings(sources);
      } catch (error) {
        // A build must not ship with unreadable data; dev keeps running so the app can show the problem.
        if (config?.command !== 'serve') throw error;
        config.logger.warn(`label font: ${String(error)}; the data's labels use the full font until restart`);
        strings = { countryNames: [], siteLabels: [], placeNames: [] };
      }
      labelFont = buildLabelFont(labelCodePoints(strings), labelFontDirectory(root));
      config?.logger.info(describeLabelFont(await labelFont));
    },
    async resolveId(id) {
      if (id !== LABEL_FONT_MODULE) return null;
      if (!labelFont) throw new Error(`${LABEL_FONT_MODULE} was requested before the build started`);
      return (await labelFont).stylesheet;
    },
  };
}

/** One line for the build log: each subset's size against the file it replaces at first load. */
function describeLabelFont(font: LabelFont): string {
  const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const subsets = font.subsets.map(
    (subset) =>
      `${subset.subset} ${subset.codePoints.length} characters, ${kilobytes(subset.bytes)} (full ${kilobytes(subset.originalBytes)})`,
  );
  const missing = font.missing.length
    ? `; not in Noto Sans, left to system fonts: ${font.missing.map((codePoint) => `U+${codePoint.toString(16).toUpperCase()}`).join(' ')}`
    : '';
  return `label font: ${subsets.join('; ')}${missing}`;
}
