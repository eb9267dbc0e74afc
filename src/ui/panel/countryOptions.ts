/**
 * The options of the country list: every actor with its name in the UI language, and the matching
 * rule the combobox filters by (name in the UI language, the data's English name, or the id).
 */
import type { IndexedDataset } from '../../data/derive';
import { localeOf } from '../../i18n/formatDate';
import type { Language } from '../../state/slices/viewSlice';
import { countryDisplayName } from './countryName';
import type { PanelMessages } from './messages';

export interface CountryOption {
  id: string;
  name: string;
  /** Lower-case, accent-free text the query is matched against. */
  searchText: string;
}

/** Lower case without accents, so "osterreich" finds "Österreich" and "cote" finds "Côte d’Ivoire". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();
}

/** All actors as list options, sorted by their name in the UI language. */
export function countryOptionsOf(
  dataset: IndexedDataset,
  language: Language,
  messages: Pick<PanelMessages, 'name_EU' | 'name_NATO'>,
): CountryOption[] {
  const collator = new Intl.Collator(localeOf(language));
  return dataset.actors
    .map((actor) => {
      const name = countryDisplayName(actor.id, language, messages, { actorName: actor.name });
      return { id: actor.id, name, searchText: foldForSearch(`${name} ${actor.name} ${actor.id}`) };
    })
    .sort((first, second) => collator.compare(first.name, second.name));
}

/** Options whose text contains every word of the query; an empty query keeps them all. */
export function filterCountryOptions(options: readonly CountryOption[], query: string): CountryOption[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...options];
  return options.filter((option) => words.every((word) => option.searchText.includes(word)));
}
