/**
 * Rules that span records or files, which a per-record schema cannot see: unique ids, references to
 * actors and events that exist, chronological status histories, sane dates.
 */
import { EVENT_DATE_RANGE, isWithinEventRange, momentToTime } from './moments';
import { type DataProblem, jsonPath } from './problems';
import type { Dataset, SiteFeature } from './schema';

/** The file names problems are reported under. */
export interface DataFileNames {
  actors: string;
  events: string;
  sites: string;
}

/** Reports the second and later uses of an id, pointing back at the first. */
class IdRegistry {
  private readonly firstSeen = new Map<string, string>();
  constructor(
    private readonly kind: string,
    private readonly file: string,
    private readonly problems: DataProblem[],
  ) {}
  add(id: string, path: string): void {
    const first = this.firstSeen.get(id);
    if (first === undefined) this.firstSeen.set(id, path);
    else
      this.problems.push({
        file: this.file,
        path,
        reason: `duplicate ${this.kind} id "${id}" (first used at ${first})`,
      });
  }
}

/** The country a site lies in: its `country`, else the host in `nations` (the second of several, else the only one). */
export function hostCountryOf(site: SiteFeature['properties']): string {
  return site.country ?? (site.nations.length > 1 ? site.nations[1] : site.nations[0]) ?? '';
}

/** Every cross-file and cross-record rule; an empty list means the dataset is consistent. */
export function checkCrossReferences(dataset: Dataset, files: DataFileNames): DataProblem[] {
  const problems: DataProblem[] = [];
  const actorIds = new Set(dataset.actors.map((actor) => actor.id));
  const eventIds = new Set(dataset.events.map((event) => event.id));
  const requireActor = (file: string, path: string, id: string): void => {
    if (!actorIds.has(id))
      problems.push({ file, path, reason: `unknown actor id "${id}" (not in ${files.actors})` });
  };

  const actorRegistry = new IdRegistry('actor', files.actors, problems);
  dataset.actors.forEach((actor, actorIndex) => {
    actorRegistry.add(actor.id, jsonPath([actorIndex, 'id']));
    actor.status.forEach((entry, entryIndex) => {
      const previous = actor.status[entryIndex - 1];
      if (previous && momentToTime(entry.from) <= momentToTime(previous.from)) {
        problems.push({
          file: files.actors,
          path: jsonPath([actorIndex, 'status', entryIndex, 'from']),
          reason: `status entries must be in chronological order: ${entry.from} is not after the previous entry's ${previous.from}`,
        });
      }
    });
  });

  const eventRegistry = new IdRegistry('event', files.events, problems);
  const statementRegistry = new IdRegistry('statement', files.events, problems);
  const commitmentRegistry = new IdRegistry('commitment', files.events, problems);
  const outOfRange = (moment: string): string =>
    `${moment} is outside ${EVENT_DATE_RANGE.first}..${EVENT_DATE_RANGE.last} (typo in the year?)`;
  dataset.events.forEach((event, eventIndex) => {
    eventRegistry.add(event.id, jsonPath([eventIndex, 'id']));
    if (!isWithinEventRange(event.start)) {
      problems.push({
        file: files.events,
        path: jsonPath([eventIndex, 'start']),
        reason: outOfRange(event.start),
      });
    }
    event.actors.forEach((id, index) => {
      requireActor(files.events, jsonPath([eventIndex, 'actors', index]), id);
    });
    event.statements.forEach((statement, statementIndex) => {
      const at = [eventIndex, 'statements', statementIndex] as const;
      statementRegistry.add(statement.id, jsonPath([...at, 'id']));
      requireActor(files.events, jsonPath([...at, 'actor']), statement.actor);
      if (statement.at !== undefined && !isWithinEventRange(statement.at)) {
        problems.push({
          file: files.events,
          path: jsonPath([...at, 'at']),
          reason: outOfRange(statement.at),
        });
      }
    });
    const orders = new Map<number, number>();
    (event.commitments ?? []).forEach((commitment, commitmentIndex) => {
      const at = [eventIndex, 'commitments', commitmentIndex] as const;
      commitmentRegistry.add(commitment.id, jsonPath([...at, 'id']));
      commitment.actors.forEach((id, index) => {
        requireActor(files.events, jsonPath([...at, 'actors', index]), id);
      });
      const sameOrder = orders.get(commitment.order);
      if (sameOrder !== undefined) {
        problems.push({
          file: files.events,
          path: jsonPath([...at, 'order']),
          reason: `order ${commitment.order} is already used by commitments[${sameOrder}] of this event`,
        });
      } else orders.set(commitment.order, commitmentIndex);
    });
  });

  const siteRegistry = new IdRegistry('site', files.sites, problems);
  dataset.sites.features.forEach((feature, featureIndex) => {
    const at = ['features', featureIndex, 'properties'] as const;
    const properties = feature.properties;
    siteRegistry.add(properties.id, jsonPath([...at, 'id']));
    properties.nations.forEach((id, index) => {
      requireActor(files.sites, jsonPath([...at, 'nations', index]), id);
    });
    if (properties.country !== undefined)
      requireActor(files.sites, jsonPath([...at, 'country']), properties.country);
    if (!eventIds.has(properties.announcedIn)) {
      problems.push({
        file: files.sites,
        path: jsonPath([...at, 'announcedIn']),
        reason: `unknown event id "${properties.announcedIn}" (not in ${files.events})`,
      });
    }
    if (properties.to !== undefined && momentToTime(properties.to) < momentToTime(properties.from)) {
      problems.push({
        file: files.sites,
        path: jsonPath([...at, 'to']),
        reason: `to (${properties.to}) is before from (${properties.from})`,
      });
    }
  });
  return problems;
}
