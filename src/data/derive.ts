/**
 * Derived, indexed views of a validated dataset. Built once when the data loads so that every
 * "as of t" question during scrubbing is a lookup, not a scan of the raw files.
 */
import { announcementTime, momentToTime } from './moments';
import type { Actor, AtlasEvent, Dataset, SiteFeature, Statement, StatusEntry } from './schema';

export { announcementTime, momentToTime } from './moments';

export interface TimedStatusEntry extends StatusEntry {
  fromTime: number;
}
export interface IndexedActor extends Omit<Actor, 'status'> {
  /** Status history sorted by time. */
  status: TimedStatusEntry[];
}
export interface IndexedEvent extends AtlasEvent {
  startTime: number;
  /** Position in the chronological list of announcements. */
  index: number;
}
export interface IndexedStatement extends Statement {
  eventId: string;
  /** When it was said: the statement's own `at`, else its event's start. */
  time: number;
}
export interface IndexedSite extends SiteFeature {
  fromTime: number;
  toTime: number;
}

export interface IndexedDataset {
  actors: IndexedActor[];
  actorsById: ReadonlyMap<string, IndexedActor>;
  /** Announcements in chronological order (ties keep file order). */
  events: IndexedEvent[];
  eventsById: ReadonlyMap<string, IndexedEvent>;
  statementsByActor: ReadonlyMap<string, IndexedStatement[]>;
  sites: IndexedSite[];
}

/** Indexes a validated dataset; pure and deterministic. */
export function indexDataset(dataset: Dataset): IndexedDataset {
  const actors: IndexedActor[] = dataset.actors.map((actor) => ({
    ...actor,
    status: actor.status
      .map((entry) => ({ ...entry, fromTime: momentToTime(entry.from) }))
      .sort((first, second) => first.fromTime - second.fromTime),
  }));
  const events: IndexedEvent[] = dataset.events
    .map((event, fileOrder) => ({ event, fileOrder, startTime: announcementTime(event.start) }))
    .sort((first, second) => first.startTime - second.startTime || first.fileOrder - second.fileOrder)
    .map(({ event, startTime }, index) => ({ ...event, startTime, index }));

  const statementsByActor = new Map<string, IndexedStatement[]>();
  for (const event of events) {
    for (const statement of event.statements) {
      const time = statement.at ? announcementTime(statement.at) : event.startTime;
      const list = statementsByActor.get(statement.actor) ?? [];
      list.push({ ...statement, eventId: event.id, time });
      statementsByActor.set(statement.actor, list);
    }
  }
  for (const list of statementsByActor.values()) list.sort((first, second) => first.time - second.time);

  const sites: IndexedSite[] = dataset.sites.features.map((feature) => ({
    ...feature,
    fromTime: momentToTime(feature.properties.from),
    toTime: feature.properties.to ? momentToTime(feature.properties.to) : Number.POSITIVE_INFINITY,
  }));

  return {
    actors,
    actorsById: new Map(actors.map((actor) => [actor.id, actor])),
    events,
    eventsById: new Map(events.map((event) => [event.id, event])),
    statementsByActor,
    sites,
  };
}
