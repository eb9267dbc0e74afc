/**
 * Whether an announcement concerns an actor, for the timeline's marks: the actor took part
 * (listed in `actors`) or one of its officials is quoted (a statement's `actor`).
 */
import type { IndexedEvent } from '../../data/derive';

/** True when `actorId` took part in the announcement or is quoted in it. */
export function announcementInvolves(
  event: Pick<IndexedEvent, 'actors' | 'statements'>,
  actorId: string | null,
): boolean {
  if (!actorId) return false;
  return event.actors.includes(actorId) || event.statements.some((statement) => statement.actor === actorId);
}
