import { describe, expect, it } from 'vitest';
import { announcementTime, momentToTime } from '../../../src/data/derive';
import { formatMoment, formatShortDate } from '../../../src/i18n/formatDate';

describe('formatMoment', () => {
  it('gives a day-precision announcement its own day, though it sits at the end of that day', () => {
    expect(formatMoment(announcementTime('2026-01-06'), 'day', 'en')).toBe('6 January 2026');
    expect(formatMoment(momentToTime('2026-01-06'), 'day', 'en')).toBe('6 January 2026');
  });

  it('shows a clock time in Paris time with the zone name, never in the machine zone', () => {
    const text = formatMoment(Date.parse('2026-01-06T17:45:00Z'), 'minute', 'en');
    expect(text).toContain('18:45');
    expect(text).toMatch(/CET|GMT\+1/);
  });

  it('writes the date in the viewer language', () => {
    expect(formatMoment(announcementTime('2026-01-06'), 'day', 'de')).toBe('6. Januar 2026');
    expect(formatMoment(announcementTime('2026-01-06'), 'day', 'fr')).toBe('6 janvier 2026');
    expect(formatMoment(announcementTime('2026-01-06'), 'day', 'uk')).toMatch(/^6 січня 2026/);
  });

  it('gives the same text on repeated calls (formatters are reused, not rebuilt)', () => {
    const time = Date.parse('2025-03-02T12:00:00Z');
    expect(formatShortDate(time, 'en')).toBe('2 Mar 2025');
    expect(formatShortDate(time, 'en')).toBe(formatShortDate(time, 'en'));
    expect(formatShortDate(time, 'de')).not.toBe(formatShortDate(time, 'en'));
  });
});
