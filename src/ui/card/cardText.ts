/**
 * Small text helpers for the card: a source's host as a readable link label, plural-correct counts
 * and language names in the viewer's language.
 */
import { fillTemplate } from '../../i18n/catalog';
import { localeOf } from '../../i18n/formatDate';
import type { Language } from '../../state/slices/viewSlice';
import type { cardMessages } from './messages';

type CardMessages = typeof cardMessages.en;

/** "elysee.fr" for https://www.elysee.fr/…; a link label a reader can judge the source by. */
export function hostNameOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** "3 statements quoted", with the plural form the language needs. */
export function statementCountText(count: number, language: Language, messages: CardMessages): string {
  if (count === 0) return messages.noStatements;
  const category = new Intl.PluralRules(localeOf(language)).select(count);
  const template =
    category === 'one'
      ? messages.statementCountOne
      : category === 'few'
        ? messages.statementCountFew
        : category === 'many'
          ? messages.statementCountMany
          : messages.statementCountOther;
  return fillTemplate(template, { count });
}

/** "French" (or "французька", "français", "Französisch") for a BCP 47 tag; the tag itself if unknown. */
export function languageNameOf(tag: string, language: Language): string {
  try {
    return new Intl.DisplayNames([localeOf(language)], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
