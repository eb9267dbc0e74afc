import type { IndexedActor } from '../../data/derive';
import { fillTemplate, useMessages } from '../../i18n/catalog';
import { formatMoment } from '../../i18n/formatDate';
import { statusEntryAsOf } from '../../state/selectors';
import { useAtlas } from '../../state/store';
import { panelMessages } from './messages';
import { isoOf, precisionOfMoment } from './momentOf';
import { SourceLinks } from './SourceLinks';

interface StatusHistoryProps {
  actor: IndexedActor;
  time: number;
}

/** Every dated status entry, oldest first; the one in force at the chosen moment is marked. */
export function StatusHistory({ actor, time }: StatusHistoryProps) {
  const messages = useMessages(panelMessages);
  const language = useAtlas((state) => state.language);
  const current = statusEntryAsOf(actor, time);
  return (
    <section className="panel-block" aria-labelledby={`panel-history-${actor.id}`}>
      <h3 id={`panel-history-${actor.id}`}>{messages.historyHeading}</h3>
      <ol className="panel-history">
        {actor.status.map((entry) => (
          <li
            key={`${entry.from}-${entry.role}-${entry.troops}`}
            aria-current={entry === current ? 'true' : undefined}
            className={entry.fromTime > time ? 'panel-later' : undefined}
          >
            <p className="panel-history-date">
              <time dateTime={isoOf(entry.fromTime)}>
                {fillTemplate(messages.historyFrom, {
                  date: formatMoment(entry.fromTime, precisionOfMoment(entry.from), language),
                })}
              </time>
            </p>
            <p>
              {fillTemplate(messages.standingSentence, {
                role: messages[`role_${entry.role}`],
                troops: messages[`troops_${entry.troops}`],
              })}
            </p>
            {entry.note && <p className="panel-note">{entry.note}</p>}
            <SourceLinks urls={entry.sources} />
          </li>
        ))}
      </ol>
    </section>
  );
}
