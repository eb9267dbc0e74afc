import './card.css';
import { useMessages } from '../../i18n/catalog';
import { formatMoment, localeOf } from '../../i18n/formatDate';
import { currentEvent } from '../../state/selectors';
import { useAtlas } from '../../state/store';
import { countryDisplayName } from '../panel/countryName';
import { panelMessages } from '../panel/messages';
import { CommitmentList } from './CommitmentList';
import { statementCountText } from './cardText';
import { Disagreements } from './Disagreements';
import { LiveAnnouncement } from './LiveAnnouncement';
import { cardMessages } from './messages';
import { SourceLinks } from './SourceLinks';

/**
 * The announcement the timeline points at (the chosen one, else the latest as of the time shown):
 * what, when, where, who, on whose authority, where sources disagree, and for a declaration its
 * commitments. All data text is rendered as React text, never as HTML.
 */
export function AnnouncementCard() {
  const messages = useMessages(cardMessages);
  const panelText = useMessages(panelMessages);
  const dataset = useAtlas((state) => state.dataset);
  const time = useAtlas((state) => state.time);
  const eventId = useAtlas((state) => state.eventId);
  const playing = useAtlas((state) => state.playing);
  const language = useAtlas((state) => state.language);

  const event = dataset ? currentEvent(dataset, time ?? 0, eventId) : undefined;
  if (!dataset || !event) {
    return (
      <section className="card" aria-label={messages.cardLabel}>
        <p className="card-empty">{messages.nothingYet}</p>
      </section>
    );
  }

  // Names follow the UI language, as in the panel and the country list.
  const actorNames = event.actors.map((id) =>
    countryDisplayName(id, language, panelText, { actorName: dataset.actorsById.get(id)?.name }),
  );
  return (
    <section className="card" aria-label={messages.cardLabel}>
      <LiveAnnouncement eventId={event.id} title={event.title} playing={playing} />
      <p className="card-kicker">
        <time dateTime={event.start}>{formatMoment(event.startTime, event.precision, language)}</time>
      </p>
      <h2 className="card-title">{event.title}</h2>
      <p className="card-summary">{event.summary}</p>
      <dl className="card-facts">
        <dt>{messages.where}</dt>
        <dd>{event.place.name}</dd>
        {actorNames.length > 0 ? (
          <>
            <dt>{messages.who}</dt>
            <dd>{new Intl.ListFormat(localeOf(language), { type: 'conjunction' }).format(actorNames)}</dd>
          </>
        ) : null}
        <dt>{messages.sources}</dt>
        <dd>
          <SourceLinks urls={event.sources} />
        </dd>
      </dl>
      <p className="card-statements">{statementCountText(event.statements.length, language, messages)}</p>
      <Disagreements disagreements={event.disagreements ?? []} />
      {event.note ? (
        <p className="card-note">
          <span className="card-label">{messages.note}: </span>
          {event.note}
        </p>
      ) : null}
      {event.commitments && event.commitments.length > 0 ? (
        <CommitmentList commitments={event.commitments} />
      ) : null}
    </section>
  );
}
