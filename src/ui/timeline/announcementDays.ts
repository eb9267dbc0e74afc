/**
 * Which calendar day an announcement belongs to, and which days are crowded enough to deserve
 * their own zoom on the timeline. A day is read the way `formatMoment` prints it: day-precision
 * announcements in UTC (their stamp is the end of that UTC day), timed ones in Paris time, so a
 * 00:30 CET statement lands on the day the reports give it, not on the UTC day before.
 */
import type { IndexedEvent } from '../../data/derive';

/** The fewest announcements on one day that earn the day a zoom button. */
export const DENSE_DAY_MINIMUM = 3;

const PARIS_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The announcement's calendar day as `YYYY-MM-DD`. */
export function dayOfAnnouncement(event: Pick<IndexedEvent, 'startTime' | 'precision'>): string {
  if (event.precision === 'day') return new Date(event.startTime).toISOString().slice(0, 10);
  return PARIS_DAY.format(event.startTime);
}

/** A day with many announcements, and where they sit in the chronological list. */
export interface DenseDay {
  /** `YYYY-MM-DD`. */
  day: string;
  /** Midnight UTC of the day, for formatting the day's name with `formatMoment(…, 'day')`. */
  time: number;
  count: number;
  firstIndex: number;
  lastIndex: number;
}

/** Days with at least `minimum` announcements, in chronological order. */
export function denseDays(events: readonly IndexedEvent[], minimum = DENSE_DAY_MINIMUM): DenseDay[] {
  const days: DenseDay[] = [];
  let current: DenseDay | undefined;
  for (const event of events) {
    const day = dayOfAnnouncement(event);
    if (current?.day === day) {
      current.count += 1;
      current.lastIndex = event.index;
      continue;
    }
    current = {
      day,
      time: Date.parse(`${day}T00:00:00Z`),
      count: 1,
      firstIndex: event.index,
      lastIndex: event.index,
    };
    days.push(current);
  }
  return days.filter((day) => day.count >= minimum);
}
