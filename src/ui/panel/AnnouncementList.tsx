import type { IndexedDataset, IndexedEvent } from '../../data/derive';
import { useMessages } from '../../i18n/catalog';
import { formatShortDate } from '../../i18n/formatDate';
import { currentEvent } from '../../state/selectors';
import { useAtlas } from '../../state/store';
import { panelMessages } from './messages';
import { isoOf } from './momentOf';

/** Announcements that name the actor, or carry a statement by one of its officials; oldest first. */
export function announcementsInvolving(dataset: IndexedDataset, actorId: string): IndexedEvent[] {
  return dataset.events.filter(
    (event) =>
      event.actors.includes(actorId) || event.statements.some((statement) => statement.actor === actorId),
  );
}

interface AnnouncementListProps {
  dataset: IndexedDataset;
  actorId: string;
  time: number;
}

/** The actor's announcements; choosing one moves the timeline there. */
export function AnnouncementList({ dataset, actorId, time }: AnnouncementListProps) {
  const messages = useMessages(panelMessages);
  const language = useAtlas((state) => state.language);
  const eventId = useAtlas((state) => state.eventId);
  const selectEvent = useAtlas((state) => state.selectEvent);
  const events = announcementsInvolving(dataset, actorId);
  const shown = currentEvent(dataset, time, eventId);
  return (
    <section className="panel-block" aria-labelledby={`panel-announcements-${actorId}`}>
      <h3 id={`panel-announcements-${actorId}`}>{messages.announcementsHeading}</h3>
      {events.length === 0 ? (
        <p>{messages.noAnnouncements}</p>
      ) : (
        <ol className="panel-announcements">
          {events.map((event) => (
            <li key={event.id}>
              <button
                type="button"
                className="panel-announcement"
                aria-current={event.id === shown?.id ? 'true' : undefined}
                onClick={() => selectEvent(event.id)}
              >
                <time dateTime={isoOf(event.startTime)}>{formatShortDate(event.startTime, language)}</time>
                <span>{event.title}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
