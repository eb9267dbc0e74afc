/**
 * Dates in words, in the viewer's language, at the precision the data knows. A day-precision
 * announcement never gets an invented clock time. Clock times are shown in Paris time (the summit's
 * zone, where most timed announcements happened) with the zone's name, so every viewer reads the
 * same "18:45 CET" the reports give, whatever their own zone.
 */
import type { Language } from '../state/slices/viewSlice';

export type TimePrecision = 'minute' | 'hour' | 'day';

const LOCALE_OF: Record<Language, string> = { en: 'en-GB', uk: 'uk-UA', fr: 'fr-FR', de: 'de-DE' };

export function localeOf(language: Language): string {
  return LOCALE_OF[language];
}

/**
 * Formats a moment, e.g. "6 January 2026" or "6 January 2026, 18:45 CET".
 * Day-precision moments are formatted in UTC, where their `00:00Z` timestamp belongs, so the day never
 * shifts for a viewer west of Greenwich.
 */
export function formatMoment(
  time: number,
  precision: TimePrecision,
  language: Language,
  timeZone = 'Europe/Paris',
): string {
  const locale = localeOf(language);
  if (precision === 'day') {
    return new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(time);
  }
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    // An hour-precision time still reads as a clock time ("18:00"), which is what sources give.
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(time);
}

/** A short date for dense lists and ticks, e.g. "6 Jan 2026". */
export function formatShortDate(time: number, language: Language): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(time);
}
