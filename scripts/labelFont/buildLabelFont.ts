/**
 * Cuts Noto Sans down to the label characters and writes the stylesheet that declares it.
 *
 * For each @fontsource file that claims some label character (today `latin` and `cyrillic`) a subset
 * file holds exactly those characters, and its `@font-face` claims exactly what the subset's cmap holds.
 * Every @fontsource file is still declared, claiming its own range minus the subset's characters, so a
 * character nobody foresaw (an editor's new name, a browser's different CLDR name) is still drawn in
 * Noto Sans: the browser fetches that full file the first time such a character is drawn, and never
 * otherwise, since it only fetches a face whose `unicode-range` holds a character it draws. The ranges
 * are disjoint on purpose: where two faces claim a character Chromium starts downloading both.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Face, Blob as HarfBuzzBlob } from 'harfbuzzjs';
import subsetFont from 'subset-font';
import { type FontsourceFace, faceClaiming, fontsourceFaces, LABEL_FONT_FAMILY } from './fontsourceFaces';
import { formatUnicodeRange, rangesOf, subtractCodePoints } from './unicodeRanges';

/**
 * The OpenType features HarfBuzz, and so Chromium, applies to Latin and Cyrillic text by default. The
 * canvas MapLibre draws labels on asks for no others, so glyphs only other features reach (small caps,
 * old-style and fraction figures…) can never be drawn and are left out (0.3 KB of the Latin subset).
 */
const DEFAULT_FEATURES =
  'abvm blwm ccmp locl mark mkmk rlig calt clig curs dist kern liga rclt rvrn ltra ltrm'.split(' ');

/** The stylesheet's name in the output folder. */
export const LABEL_FONT_STYLESHEET = 'label-font.css';

/** One generated subset file. */
export interface SubsetFile {
  /** The @fontsource range it was cut from: `latin`, `cyrillic`… */
  subset: string;
  /** Absolute path of the written woff2. */
  file: string;
  /** The code points its cmap holds, ascending; its `@font-face` claims exactly these. */
  codePoints: number[];
  /** Bytes of the subset, and of the @fontsource file it replaces at first load. */
  bytes: number;
  originalBytes: number;
}

/** What `buildLabelFont` wrote. */
export interface LabelFont {
  /** Absolute path of the stylesheet to import. */
  stylesheet: string;
  subsets: SubsetFile[];
  /** Requested code points that no Noto Sans file has: the browser draws them from a system font. */
  missing: number[];
}

/**
 * Writes the subset files and the stylesheet into `outputDirectory` (created if needed). The stylesheet
 * points at the @fontsource files by relative URL, so Vite copies and fingerprints them as before.
 */
export async function buildLabelFont(
  codePoints: ReadonlySet<number>,
  outputDirectory: string,
): Promise<LabelFont> {
  mkdirSync(outputDirectory, { recursive: true });
  const faces = fontsourceFaces();
  const missing: number[] = [];
  const subsets: SubsetFile[] = [];
  for (const [face, claimed] of groupByFace(faces, codePoints, missing)) {
    const subset = await subsetOneFace(face, claimed, outputDirectory);
    missing.push(...claimed.filter((codePoint) => !subset.codePoints.includes(codePoint)));
    if (subset.codePoints.length > 0) subsets.push(subset);
  }
  const stylesheet = join(outputDirectory, LABEL_FONT_STYLESHEET);
  writeAtomically(stylesheet, labelFontStylesheet(faces, subsets, outputDirectory));
  return { stylesheet, subsets, missing: missing.sort((left, right) => left - right) };
}

/** The label code points by the @fontsource face the browser would take each from; the rest go to `missing`. */
function groupByFace(
  faces: readonly FontsourceFace[],
  codePoints: ReadonlySet<number>,
  missing: number[],
): Map<FontsourceFace, number[]> {
  const byFace = new Map<FontsourceFace, number[]>();
  for (const codePoint of [...codePoints].sort((left, right) => left - right)) {
    const face = faceClaiming(faces, codePoint);
    if (!face) missing.push(codePoint);
    else byFace.set(face, [...(byFace.get(face) ?? []), codePoint]);
  }
  return byFace;
}

/**
 * Subsets one @fontsource file with harfbuzz (outlines, metrics and the default features' layout of the
 * kept glyphs stay, so a kept letter is drawn exactly as before), then reads back which code points the
 * result maps, since a character the source lacks is silently dropped.
 */
async function subsetOneFace(
  face: FontsourceFace,
  claimed: number[],
  outputDirectory: string,
): Promise<SubsetFile> {
  const source = readFileSync(face.file);
  const text = String.fromCodePoint(...claimed);
  const truetype = await subsetFont(source, text, {
    targetFormat: 'truetype',
    keepFeatures: DEFAULT_FEATURES,
  });
  const mapped = new Set(new Face(new HarfBuzzBlob(truetype)).collectUnicodes());
  const woff2 = await subsetFont(truetype, text, { targetFormat: 'woff2', keepFeatures: DEFAULT_FEATURES });
  const file = join(outputDirectory, `noto-sans-${face.subset}-labels-400-normal.woff2`);
  writeAtomically(file, woff2);
  return {
    subset: face.subset,
    file,
    codePoints: claimed.filter((codePoint) => mapped.has(codePoint)),
    bytes: woff2.byteLength,
    originalBytes: source.byteLength,
  };
}

/**
 * The `@font-face` rules: the @fontsource files first, in their own order, each without the subsets'
 * characters; then the subsets. woff2 only: every browser that runs MapLibre 6 (WebGL 2) reads it.
 */
export function labelFontStylesheet(
  faces: readonly FontsourceFace[],
  subsets: readonly SubsetFile[],
  outputDirectory: string,
): string {
  const inSubsets = new Set(subsets.flatMap((subset) => subset.codePoints));
  const rules = [
    '/* Generated at build time by scripts/labelFont (see buildLabelFont.ts); not edited by hand. */',
  ];
  for (const face of faces) {
    const rest = subtractCodePoints(face.ranges, inSubsets);
    if (rest.length > 0)
      rules.push(fontFaceRule(urlFrom(outputDirectory, face.file), formatUnicodeRange(rest)));
  }
  for (const subset of subsets) {
    rules.push(
      fontFaceRule(urlFrom(outputDirectory, subset.file), formatUnicodeRange(rangesOf(subset.codePoints))),
    );
  }
  return `${rules.join('\n\n')}\n`;
}

function fontFaceRule(url: string, unicodeRange: string): string {
  return [
    '@font-face {',
    `  font-family: '${LABEL_FONT_FAMILY}';`,
    '  font-style: normal;',
    '  font-display: swap;',
    '  font-weight: 400;',
    `  src: url(${JSON.stringify(url)}) format('woff2');`,
    `  unicode-range: ${unicodeRange};`,
    '}',
  ].join('\n');
}

/** A relative URL from the stylesheet's folder to a file (forward slashes on every platform). */
function urlFrom(outputDirectory: string, file: string): string {
  const path = relative(outputDirectory, file).split(sep).join('/');
  return path.startsWith('.') ? path : `./${path}`;
}

/**
 * Writes through a temporary file and a rename, so a dev server or build running at the same time in
 * the same checkout never reads a half-written font.
 */
function writeAtomically(file: string, content: string | Uint8Array): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, file);
}
