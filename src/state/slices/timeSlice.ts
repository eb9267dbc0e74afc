import type { StateCreator } from 'zustand/vanilla';
import { eventIndexAsOf } from '../selectors';
import type { AtlasState } from '../store';

export interface TimeSlice {
  /** The moment the map shows, in ms since the epoch; null until data or the URL sets it. */
  time: number | null;
  /** The announcement chosen on the timeline or in a list; null means "the latest as of `time`". */
  eventId: string | null;
  playing: boolean;
  /** Moves to an arbitrary moment (a link's `t`); the card follows the latest announcement by then. */
  setTime: (time: number) => void;
  /** Moves the timeline to an announcement and shows its card. */
  selectEvent: (eventId: string) => void;
  /** Steps announcement by announcement; clamps at both ends. Returns false when it could not move. */
  stepEvent: (delta: number) => boolean;
  jumpToFirstEvent: () => void;
  jumpToLastEvent: () => void;
  setPlaying: (playing: boolean) => void;
}

export const createTimeSlice: StateCreator<AtlasState, [], [], TimeSlice> = (set, get) => ({
  time: null,
  eventId: null,
  playing: false,
  setTime: (time) => set({ time, eventId: null }),
  selectEvent: (eventId) => {
    const event = get().dataset?.eventsById.get(eventId);
    if (event) set({ time: event.startTime, eventId: event.id });
  },
  stepEvent: (delta) => {
    const { dataset, time, eventId } = get();
    if (!dataset || dataset.events.length === 0) return false;
    const chosen = eventId ? dataset.eventsById.get(eventId) : undefined;
    const currentIndex = chosen ? chosen.index : eventIndexAsOf(dataset.events, time ?? 0);
    const targetIndex = Math.min(dataset.events.length - 1, Math.max(0, currentIndex + delta));
    const target = dataset.events[targetIndex];
    if (!target || (targetIndex === currentIndex && chosen)) return false;
    set({ time: target.startTime, eventId: target.id });
    return true;
  },
  jumpToFirstEvent: () => {
    const first = get().dataset?.events[0];
    if (first) set({ time: first.startTime, eventId: first.id });
  },
  jumpToLastEvent: () => {
    const last = get().dataset?.events.at(-1);
    if (last) set({ time: last.startTime, eventId: last.id });
  },
  setPlaying: (playing) => set({ playing }),
});
