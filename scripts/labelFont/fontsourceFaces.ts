/**
 * The regular (400) Noto Sans files @fontsource ships, one per script range, read from the package's own
 * `unicode.json` so a package update brings its ranges along instead of a copy going stale here.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type CodePointRange, parseUnicodeRange, rangesContain } from './unicodeRanges';

/** One @fontsource file and the characters its `@font-face` rule claims. */
export interface FontsourceFace {
  /** The package's name for the range: `latin`, `cyrillic`, `latin-ext`… */
  subset: string;
  /** Absolute path of the woff2 file. */
  file: string;
  ranges: CodePointRange[];
}

/** The label font's family, as `LABEL_FONT` in src/map/layers/baseLayers.ts names it. */
export const LABEL_FONT_FAMILY = 'Noto Sans';

/**
 * The faces in @fontsource's stylesheet order (cyrillic-ext … latin-ext, latin), which is also the
 * order of `unicode.json`. Order matters where ranges overlap (U+0301, U+0304, U+0308, U+0329): the
 * browser tries the face declared last first, so `latin` wins over `latin-ext` and `vietnamese`.
 */
export function fontsourceFaces(): FontsourceFace[] {
  // The package's exports map lists LICENSE but not package.json; either locates the folder.
  const packageFolder = dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans/LICENSE'));
  const rangesBySubset = JSON.parse(readFileSync(join(packageFolder, 'unicode.json'), 'utf8')) as Record<
    string,
    string
  >;
  return Object.entries(rangesBySubset).map(([subset, range]) => ({
    subset,
    file: join(packageFolder, 'files', `noto-sans-${subset}-400-normal.woff2`),
    ranges: parseUnicodeRange(range),
  }));
}

/** The face the browser would draw a code point from (the last declared that claims it), if any. */
export function faceClaiming(
  faces: readonly FontsourceFace[],
  codePoint: number,
): FontsourceFace | undefined {
  return faces.findLast((face) => rangesContain(face.ranges, codePoint));
}
