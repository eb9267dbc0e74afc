/**
 * Country names for the map's labels in the UI language. The basemap's label source carries English
 * `name`s; other languages swap the layer's `text-field` for one expression (once per language change)
 * that maps each `iso3` to its CLDR name, falling back to the English name where CLDR has none.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { Language } from '../../state/slices/viewSlice';
import { isoCountryName } from '../panel/countryName';

/** `text-field` for the country labels: the English name, or an iso3 → name lookup. */
export function countryLabelTextField(
  iso3Codes: readonly string[],
  language: Language,
): ExpressionSpecification {
  const englishName: ExpressionSpecification = ['get', 'name'];
  if (language === 'en') return englishName;
  const pairs: string[] = [];
  for (const iso3 of new Set(iso3Codes)) {
    const name = isoCountryName(iso3, language);
    if (name) pairs.push(iso3, name);
  }
  if (pairs.length === 0) return englishName;
  return ['match', ['get', 'iso3'], ...pairs, englishName] as unknown as ExpressionSpecification;
}
