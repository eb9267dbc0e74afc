/**
 * Fetches the catalogs' translations (one chunk, src/i18n/translations.ts) the first time a language
 * other than English is needed. The store switches language only once they are in (viewSlice), and the
 * page's first render waits for them when the link or the remembered choice asks for one (main.tsx), so
 * no frame shows English text in a Ukrainian, French or German page.
 */
import type { Language } from '../state/slices/viewSlice';

let loading: Promise<void> | undefined;
let loaded = false;

/** Loads and installs the translations once; after a failed fetch the next call tries again. */
export function loadTranslations(): Promise<void> {
  loading ??= import('./translations').then(
    (module) => {
      module.installTranslations();
      loaded = true;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Whether the catalogs already hold what `language` needs (English always ships with the page). */
export function hasTranslationsFor(language: Language): boolean {
  return language === 'en' || loaded;
}

/** Resolves once no load is under way (at once when none was asked for); never rejects. */
export function translationsSettled(): Promise<void> {
  return (loading ?? Promise.resolve()).catch(() => undefined);
}
