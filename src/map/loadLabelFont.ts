/**
 * Loads the label font's files before MapLibre needs them. MapLibre rasterises each glyph once, with the
 * page's fonts: a glyph drawn while its font file is still downloading comes out in a fallback font and
 * stays that way. The build splits Noto Sans by script (scripts/labelFont: a Latin and a Cyrillic file
 * holding the labels' characters), so a word of each script a language's labels use fetches them all.
 */
import type { Language } from '../state/slices/viewSlice';
import { LABEL_FONT } from './layers/baseLayers';

/**
 * Site and place labels are English in every language; country names are in the viewer's language, so
 * Ukrainian also needs the Cyrillic file. French and German names are Latin.
 */
const LABEL_SCRIPTS_SAMPLE: Record<Language, string> = {
  en: 'Kyiv',
  fr: 'Kyiv',
  de: 'Kyiv',
  uk: 'Kyiv Київ',
};

/** Resolves once the font files for `language`'s labels are in (at once without the Font Loading API); never rejects. */
export function loadLabelFont(language: Language): Promise<void> {
  const fonts = typeof document === 'undefined' ? undefined : document.fonts;
  if (!fonts?.load) return Promise.resolve();
  const font = `16px ${LABEL_FONT.map((family) => `"${family}"`).join(',')}`;
  return fonts.load(font, LABEL_SCRIPTS_SAMPLE[language]).then(
    () => undefined,
    () => undefined,
  );
}
