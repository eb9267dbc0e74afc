import type { TimePrecision } from '../../i18n/formatDate';

/** The precision a data moment carries: a bare date is a day, a date-time is a minute. */
export function precisionOfMoment(moment: string): TimePrecision {
  return /^\d{4}-\d{2}-\d{2}$/.test(moment) ? 'day' : 'minute';
}

/** The machine-readable form for `<time dateTime>`. */
export function isoOf(time: number): string {
  return new Date(time).toISOString();
}
