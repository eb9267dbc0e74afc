/**
 * UI text lives in small per-area catalogs (`src/ui/<area>/messages.ts`), one object per language,
 * so areas can be written and translated independently. English is complete by type; the other
 * languages may lag and fall back to English key by key.
 *
 * English ships with the page. The translations (`src/ui/<area>/translations.ts`) are one chunk of
 * their own, added to the catalogs when a viewer first needs another language (loadTranslations.ts).
 */

import type { Language } from '../state/slices/viewSlice';
import { useAtlas } from '../state/store';

export type Messages = Record<string, string>;
/** One catalog's text in the languages other than English, each possibly incomplete. */
export type Translations<English extends Messages> = Partial<
  Record<Exclude<Language, 'en'>, Partial<English>>
>;
export type Catalog<English extends Messages> = { en: English } & Translations<English>;

/** Defines a catalog; the English messages fix the keys every translation may use. */
export function defineCatalog<English extends Messages>(catalog: Catalog<English>): Catalog<English> {
  return catalog;
}

/** Adds a catalog's translations once they have arrived; messages merged before are rebuilt. */
export function addTranslations<English extends Messages>(
  catalog: Catalog<English>,
  translations: Translations<English>,
): void {
  Object.assign(catalog, translations);
  merged.delete(catalog);
}

// One merged object per catalog and language, so the messages keep their identity across renders and
// memoised components that receive them do not re-render for nothing.
const merged = new WeakMap<object, Map<Language, Messages>>();

/** The messages of a catalog in one language, English where a translation is missing. */
export function messagesFor<English extends Messages>(
  catalog: Catalog<English>,
  language: Language,
): English {
  if (language === 'en') return catalog.en;
  let byLanguage = merged.get(catalog);
  if (!byLanguage) {
    byLanguage = new Map();
    merged.set(catalog, byLanguage);
  }
  let messages = byLanguage.get(language);
  if (!messages) {
    messages = { ...catalog.en, ...catalog[language] };
    byLanguage.set(language, messages);
  }
  return messages as English;
}

/** Replaces `{name}` placeholders with values (plain text; React escapes it when rendered). */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** React hook: the catalog's messages in the viewer's language. */
export function useMessages<English extends Messages>(catalog: Catalog<English>): English {
  const language = useAtlas((state) => state.language);
  return messagesFor(catalog, language);
}
