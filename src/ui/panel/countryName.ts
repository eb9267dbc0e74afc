/**
 * Names of countries and institutions in the viewer's language. The data's own name wins in English
 * (editors chose it); other languages use the browser's CLDR names, which need alpha-2 codes, hence
 * the alpha-3 → alpha-2 table (alpha2Codes.ts; no name files are bundled).
 */
import { localeOf } from '../../i18n/formatDate';
import type { Language } from '../../state/slices/viewSlice';
import { alpha2Of } from './alpha2Codes';
import type { PanelMessages } from './messages';

const displayNamesByLanguage = new Map<Language, Intl.DisplayNames | null>();

function regionNames(language: Language): Intl.DisplayNames | null {
  if (!displayNamesByLanguage.has(language)) {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([localeOf(language)], { type: 'region', fallback: 'none' });
    } catch {
      // Very old engines lack DisplayNames; callers fall back to the data's or the basemap's name.
    }
    displayNamesByLanguage.set(language, names);
  }
  return displayNamesByLanguage.get(language) ?? null;
}

/** The CLDR name of an ISO alpha-3 country in a language, or undefined for made-up or unknown codes. */
export function isoCountryName(iso3: string, language: Language): string | undefined {
  const alpha2 = alpha2Of(iso3);
  if (!alpha2) return undefined;
  return regionNames(language)?.of(alpha2) ?? undefined;
}

export interface NameSources {
  /** The name in the data (actors.json), if the id is an actor. */
  actorName?: string | undefined;
  /** The basemap feature's name (English, Natural Earth), if the id is a basemap country. */
  basemapName?: string | undefined;
}

/** The best name for an actor or basemap country id in the viewer's language; never empty. */
export function countryDisplayName(
  id: string,
  language: Language,
  messages: Pick<PanelMessages, 'name_EU' | 'name_NATO'>,
  sources: NameSources = {},
): string {
  if (id === 'EU') return messages.name_EU;
  if (id === 'NATO') return messages.name_NATO;
  if (language === 'en' && sources.actorName) return sources.actorName;
  return isoCountryName(id, language) ?? sources.actorName ?? sources.basemapName ?? id;
}
