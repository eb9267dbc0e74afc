/**
 * Where each announcement sits along the timeline track, as a fraction 0…1, in the three ways the
 * viewer can look at it:
 * - `period`: true to time over the whole period (months apart stay months apart);
 * - `even`: every announcement gets the same width, so a crowded day can be read tick by tick;
 * - `day`: one crowded day fills the track, still in time order and roughly to scale, with a
 *   minimum gap so no two ticks overlap; announcements of other days wait at the edges.
 * Every layout places every announcement, so the slider keeps one domain (0…N-1) in all views.
 */
import type { IndexedEvent } from '../../data/derive';
import { dayOfAnnouncement } from './announcementDays';

export type TrackFocus = { kind: 'period' } | { kind: 'even' } | { kind: 'day'; day: string };

export interface TrackLayout {
  /** Position of each announcement by its index, 0 (left end) … 1 (right end). */
  positions: number[];
  /** Indexes drawn inside the track; announcements before or after sit on an edge. */
  firstInside: number;
  lastInside: number;
}

/** Space left on both sides of a zoomed day, so its first and last ticks are not on the edge markers. */
const DAY_MARGIN = 0.08;

/** Lays out `events` (chronological, as `indexDataset` sorts them) for a focus. */
export function layoutTrack(
  events: readonly Pick<IndexedEvent, 'startTime' | 'precision'>[],
  focus: TrackFocus,
): TrackLayout {
  const count = events.length;
  const everything = { firstInside: 0, lastInside: count - 1 };
  if (count <= 1) return { positions: events.map(() => 0.5), ...everything };
  if (focus.kind === 'even')
    return { positions: events.map((_, index) => index / (count - 1)), ...everything };
  if (focus.kind === 'period') {
    return {
      positions: proportional(
        events.map((event) => event.startTime),
        0,
        1,
      ),
      ...everything,
    };
  }
  const insideIndexes = events.flatMap((event, index) =>
    dayOfAnnouncement(event) === focus.day ? [index] : [],
  );
  const firstInside = insideIndexes[0];
  const lastInside = insideIndexes.at(-1);
  if (firstInside === undefined || lastInside === undefined) return layoutTrack(events, { kind: 'period' });
  const insideTimes = events.slice(firstInside, lastInside + 1).map((event) => event.startTime);
  const inside = spreadWithMinimumGap(
    proportional(insideTimes, DAY_MARGIN, 1 - DAY_MARGIN),
    DAY_MARGIN,
    1 - DAY_MARGIN,
  );
  const positions = events.map((_, index) => {
    if (index < firstInside) return 0;
    if (index > lastInside) return 1;
    return inside[index - firstInside] ?? 0.5;
  });
  return { positions, firstInside, lastInside };
}

/** Maps times linearly onto [from, to]; equal times are spread evenly instead of stacked. */
function proportional(times: readonly number[], from: number, to: number): number[] {
  const first = times[0] ?? 0;
  const span = (times.at(-1) ?? first) - first;
  if (span <= 0) {
    return times.map((_, index) =>
      times.length === 1 ? (from + to) / 2 : from + ((to - from) * index) / (times.length - 1),
    );
  }
  return times.map((time) => from + ((to - from) * (time - first)) / span);
}

/**
 * Pushes sorted positions apart to at least a gap that leaves every tick a comfortable target,
 * keeping their order and staying within [from, to]. Reports often time several statements minutes
 * apart, which to scale would draw them on top of each other.
 */
function spreadWithMinimumGap(positions: readonly number[], from: number, to: number): number[] {
  if (positions.length < 2) return [...positions];
  const gap = Math.min((to - from) / (positions.length - 1), 0.1);
  const spread = [...positions];
  for (let index = 1; index < spread.length; index += 1) {
    spread[index] = Math.max(spread[index] ?? 0, (spread[index - 1] ?? 0) + gap);
  }
  spread[spread.length - 1] = Math.min(spread.at(-1) ?? to, to);
  for (let index = spread.length - 2; index >= 0; index -= 1) {
    spread[index] = Math.min(spread[index] ?? 0, (spread[index + 1] ?? 0) - gap);
  }
  return spread;
}

/**
 * The announcement nearest to a point of the track (a click or a drag). Several announcements can
 * share an edge in a zoomed day; then the one closest to the zoomed day wins, so dragging off the
 * edge steps out of the day one announcement at a time rather than jumping to the first of all.
 */
export function nearestAnnouncement(layout: TrackLayout, fraction: number): number {
  const middle = (layout.firstInside + layout.lastInside) / 2;
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  layout.positions.forEach((position, index) => {
    const distance = Math.abs(position - fraction);
    const closer = distance < bestDistance - 1e-9;
    const tieNearerTheMiddle =
      Math.abs(distance - bestDistance) <= 1e-9 && Math.abs(index - middle) < Math.abs(best - middle);
    if (closer || tieNearerTheMiddle) {
      best = index;
      bestDistance = distance;
    }
  });
  return best;
}
