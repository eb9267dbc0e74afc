/**
 * Plays the timeline: while the store says `playing`, step to the next announcement every
 * `intervalMs`, and stop (set `playing` false) on reaching the last one. It lives outside React so a
 * re-render never restarts, doubles or drops a step; React only creates and disposes it.
 */
import { eventIndexAsOf } from '../../state/selectors';
import type { AtlasStore } from '../../state/store';

/** Long enough to read a card's title and see the map change; short enough to feel like playback. */
export const PLAYBACK_INTERVAL_MS = 2500;

export interface PlaybackOptions {
  intervalMs?: number;
}

export class PlaybackController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly unsubscribe: () => void;
  private readonly intervalMs: number;

  constructor(
    private readonly store: AtlasStore,
    options: PlaybackOptions = {},
  ) {
    this.intervalMs = options.intervalMs ?? PLAYBACK_INTERVAL_MS;
    this.unsubscribe = store.subscribe((state, previous) => {
      if (state.playing === previous.playing) return;
      if (state.playing) this.begin();
      else this.clearTimer();
    });
    if (store.getState().playing) this.begin();
  }

  /** Stops stepping and listening, and says so in the store, so no button is left reading "Pause". */
  dispose(): void {
    this.clearTimer();
    this.unsubscribe();
    if (this.store.getState().playing) this.store.getState().setPlaying(false);
  }

  private begin(): void {
    const { dataset, time, eventId } = this.store.getState();
    const lastIndex = (dataset?.events.length ?? 0) - 1;
    if (!dataset || lastIndex < 1) {
      this.store.getState().setPlaying(false);
      return;
    }
    const chosenIndex = eventId
      ? (dataset.eventsById.get(eventId)?.index ?? -1)
      : eventIndexAsOf(dataset.events, time ?? 0);
    // Pressing play at the end replays from the start, as media players do.
    if (chosenIndex >= lastIndex) this.store.getState().jumpToFirstEvent();
    this.schedule();
  }

  private schedule(): void {
    this.clearTimer();
    this.timer = setTimeout(() => this.advance(), this.intervalMs);
  }

  private advance(): void {
    this.timer = undefined;
    const state = this.store.getState();
    if (!state.playing) return;
    const moved = state.stepEvent(1);
    const { dataset, eventId } = this.store.getState();
    const atEnd = !dataset || eventId === dataset.events.at(-1)?.id;
    if (!moved || atEnd) state.setPlaying(false);
    else this.schedule();
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
