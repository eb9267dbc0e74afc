/**
 * Pure "as of t" questions over the indexed dataset. The store, the map controller, the table
 * and the tests all ask through these, so they can never disagree about what was true when.
 */
import type {
  IndexedActor,
  IndexedDataset,
  IndexedEvent,
  IndexedSite,
  TimedStatusEntry,
} from '../data/derive';
import type { Role, TroopCommitment } from '../data/schema';

/** An actor's standing at a moment. Before its first entry it is `not_member`/`unclear`. */
export interface StandingAsOf {
  role: Role;
  troops: TroopCommitment;
  entry: TimedStatusEntry | undefined;
}

const NO_STANDING: Omit<StandingAsOf, 'entry'> = { role: 'not_member', troops: 'unclear' };

/** The status entry in force at `time` (the latest whose `from` is not after it). */
export function statusEntryAsOf(actor: IndexedActor, time: number): TimedStatusEntry | undefined {
  let found: TimedStatusEntry | undefined;
  for (const entry of actor.status) {
    if (entry.fromTime > time) break;
    found = entry;
  }
  return found;
}

/** Role and troop commitment of an actor as of `time`. */
export function standingAsOf(actor: IndexedActor, time: number): StandingAsOf {
  const entry = statusEntryAsOf(actor, time);
  return entry ? { role: entry.role, troops: entry.troops, entry } : { ...NO_STANDING, entry };
}

/** Index of the last announcement at or before `time`, or -1 before the first one. */
export function eventIndexAsOf(events: readonly IndexedEvent[], time: number): number {
  let low = 0;
  let high = events.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((events[middle]?.startTime ?? Number.POSITIVE_INFINITY) <= time) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** Whether a site exists at `time`: from its start until (not including) its end. */
export function isSiteActiveAt(site: IndexedSite, time: number): boolean {
  return site.fromTime <= time && time < site.toTime;
}

/** The announcement the viewer is looking at: the chosen one, else the latest at or before `time`. */
export function currentEvent(
  dataset: IndexedDataset,
  time: number,
  selectedEventId: string | null,
): IndexedEvent | undefined {
  if (selectedEventId) {
    const chosen = dataset.eventsById.get(selectedEventId);
    if (chosen) return chosen;
  }
  return dataset.events[eventIndexAsOf(dataset.events, time)];
}

/** Ids of actors with a given role as of `time` (e.g. the members on a date). */
export function actorIdsWithRole(dataset: IndexedDataset, time: number, role: Role): string[] {
  return dataset.actors.filter((actor) => standingAsOf(actor, time).role === role).map((actor) => actor.id);
}
