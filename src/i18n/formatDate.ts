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

type FormatStyle = 'long-day' | 'long-time' | 'short-day';

// Building an Intl.DateTimeFormat costs far more than using one, and the timeline formats every tick on
// every step: keep one formatter per language, style and zone (a handful in all).
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(language: Language, style: FormatStyle, timeZone: string): Intl.DateTimeFormat {
  const key = `${language}|${style}|${timeZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions =
      style === 'long-time'
        ? {
            day: 'numeric',
            month: 'long',
            year: 'numeric',
            hour: '2-digit',
            // An hour-precision time still reads as a clock time ("18:00"), which is what sources give.
            minute: '2-digit',
            timeZone,
            timeZoneName: 'short',
          }
        : { day: 'numeric', month: style === 'long-day' ? 'long' : 'short', year: 'numeric', timeZone };
    formatter = new Intl.DateTimeFormat(localeOf(language), options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Formats a moment, e.g. "6 January 2026" or "6 January 2026, 18:45 CET".
 * Day-precision moments are formatted in UTC, where their timestamp belongs (00:00Z for a status,
 * the end of the day for an announcement), so the day never shifts with the viewer's zone.
 */
export function formatMoment(
  time: number,
  precision: TimePrecision,
  language: Language,
  timeZone = 'Europe/Paris',
): string {
  return precision === 'day'
    ? formatterFor(language, 'long-day', 'UTC').format(time)
    : formatterFor(language, 'long-time', timeZone).format(time);
}

/** A short date for dense lists and ticks, e.g. "6 Jan 2026". */
export function formatShortDate(time: number, language: Language): string {
  return formatterFor(language, 'short-day', 'UTC').format(time);
}
