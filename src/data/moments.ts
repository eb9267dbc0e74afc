/** Comparing the data's moments (dates or instants with offsets) on one time axis. */

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Milliseconds since the epoch; a bare date counts from 00:00 UTC of that day (a status or a site starts then). */
export function momentToTime(moment: string): number {
  return DATE_ONLY.test(moment) ? Date.parse(`${moment}T00:00:00Z`) : Date.parse(moment);
}

/**
 * Where an announcement sits on the timeline. One known only to the day happened at some unknown hour,
 * so it is placed at the end of its day (23:59:59.999 UTC): after that day's timed announcements rather
 * than before them (Merz's statement of 6 January follows the summit, it did not open the day), and
 * time still only moves forward when stepping through the list. A day's statuses (from 00:00) apply.
 */
export function announcementTime(moment: string): number {
  return DATE_ONLY.test(moment) ? Date.parse(`${moment}T23:59:59.999Z`) : Date.parse(moment);
}

/** The span in which announcements may fall; anything outside is almost certainly a typo in the year. */
export const EVENT_DATE_RANGE = { first: '2025-01-01', last: '2026-12-31' } as const;

/** True when the moment's day lies within EVENT_DATE_RANGE (the comparison is on the written day). */
export function isWithinEventRange(moment: string): boolean {
  const day = moment.slice(0, 10);
  return day >= EVENT_DATE_RANGE.first && day <= EVENT_DATE_RANGE.last;
}
