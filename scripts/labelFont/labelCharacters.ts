/**
 * The characters the label font subset keeps: every character of every label text the build can see
 * (an editor's new name is in the next build's subset), plus a small margin for the texts only the
 * viewer's browser knows. A character outside the subset is still drawn in Noto Sans, from the full
 * @fontsource file, at the cost of that file's download.
 */
import type { LabelStrings } from './labelStrings';

/**
 * Country names in uk/fr/de come from the viewer's browser at run time, so the names Node's ICU gave the
 * build are a sample. Chromium 156 gives the same characters plus brackets ("Falklandinseln (Malwinen)");
 * the margin holds the punctuation CLDR writes in region names (U+02BC is the Ukrainian apostrophe of
 * `Кот-дʼІвуар`, U+2019 the French one) and the whole Ukrainian alphabet (8 more glyphs, 0.3 KB, fetched
 * by Ukrainian pages only). French and German letters are not added: they would cost every page 0.7 KB,
 * and a letter a browser's names add is still drawn in Noto Sans, from the full file (see buildLabelFont).
 * test/e2e/label-font.spec.ts checks the browser's names against the subset.
 */
const RUN_TIME_MARGIN = [
  " ()&,.-'’ʼ",
  'АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯабвгґдеєжзиіїйклмнопрстуфхцчшщьюя',
].join('');

/** Every string of the collected label texts, flattened. */
export function allLabelStrings(strings: LabelStrings): string[] {
  return [...strings.countryNames, ...strings.siteLabels, ...strings.placeNames];
}

/**
 * The code points the subset must hold: those of the label texts and of the margin above. Line breaks
 * are left out: MapLibre breaks the line there and draws no glyph. Digits and punctuation are in as far
 * as a label has them; the build reads every label, so more would only cost bytes.
 */
export function labelCodePoints(strings: LabelStrings): Set<number> {
  const codePoints = new Set<number>();
  for (const text of [...allLabelStrings(strings), RUN_TIME_MARGIN]) {
    for (const character of text) {
      const codePoint = character.codePointAt(0);
      if (codePoint !== undefined && character !== '\n') codePoints.add(codePoint);
    }
  }
  return codePoints;
}
