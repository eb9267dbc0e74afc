/**
 * Keeps `<html lang>` on the UI language (screen readers pick their voice from it) and remembers the
 * choice across visits: a link's `lang` wins; without one, the language last chosen on this device.
 */
import { LANGUAGES, type Language } from '../../state/slices/viewSlice';
import type { AtlasStore } from '../../state/store';

export const LANGUAGE_STORAGE_KEY = 'coalition-atlas.language';

/** The part of `localStorage` used; tests pass a Map-backed fake. */
export type LanguageStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The remembered language, or null when none (or an unknown one) is stored or storage is blocked. */
export function rememberedLanguage(storage: LanguageStorage | null): Language | null {
  try {
    const stored = storage?.getItem(LANGUAGE_STORAGE_KEY) ?? null;
    return stored !== null && (LANGUAGES as readonly string[]).includes(stored) ? (stored as Language) : null;
  } catch {
    // Storage can throw in private modes; the language then simply is not remembered.
    return null;
  }
}

/** Starts the sync; returns a function that stops it. */
export function startLanguageSync(
  store: AtlasStore,
  root: HTMLElement,
  storage: LanguageStorage | null,
  search: string,
): () => void {
  const linkNamesLanguage = new URLSearchParams(search).has('lang');
  const remembered = rememberedLanguage(storage);
  if (!linkNamesLanguage && remembered) store.getState().setLanguage(remembered);
  root.lang = store.getState().language;
  return store.subscribe((state, previous) => {
    if (state.language === previous.language) return;
    root.lang = state.language;
    try {
      storage?.setItem(LANGUAGE_STORAGE_KEY, state.language);
    } catch {
      // See rememberedLanguage: a blocked storage only costs the memory of the choice.
    }
  });
}
