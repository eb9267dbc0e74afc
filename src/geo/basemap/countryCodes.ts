import isoCountries from 'i18n-iso-countries';

/**
 * Codes for places ISO 3166-1 does not list. Kosovo uses "XKX", the user-assigned code the EU,
 * the IMF and most data sets already use; listing it here keeps it out of the generic rule.
 */
const ASSIGNED_CODES: Readonly<Record<string, string>> = { Kosovo: 'XKX' };

/**
 * Stable made-up alpha-3 code for a place without an ISO numeric code.
 *
 * Rule (documented because saved links and data files depend on it): "X" followed by two letters
 * from the English name with accents removed: the initials of its first two words
 * ("N. Cyprus" -> "XNC", "Siachen Glacier" -> "XSG"), or the first two letters of a one-word
 * name ("Somaliland" -> "XSO"). ISO 3166-1 reserves codes starting with X for user assignment,
 * so these never collide with a real country; collisions between made-up codes are caught by
 * `assignCountryCodes`.
 */
export function madeUpCountryCode(name: string): string {
  const assigned = ASSIGNED_CODES[name];
  if (assigned) return assigned;
  const words = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z\s]/g, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 0);
  const [first = '', second] = words;
  const letters = second ? `${first[0] ?? ''}${second[0] ?? ''}` : first.slice(0, 2);
  if (letters.length < 2) throw new Error(`Cannot derive a country code from the name "${name}"`);
  return `X${letters.toUpperCase()}`;
}

/**
 * ISO alpha-3 code for a Natural Earth feature: from its numeric id when it has one, otherwise
 * the made-up code. Throws on a numeric id ISO does not know, so a data change cannot slip through.
 */
export function countryCodeOf(numericId: string | number | undefined, name: string): string {
  if (numericId === undefined || numericId === null || numericId === '') return madeUpCountryCode(name);
  const alpha3 = isoCountries.numericToAlpha3(numericId);
  if (!alpha3) throw new Error(`Unknown ISO 3166-1 numeric code "${numericId}" for "${name}"`);
  return alpha3;
}
