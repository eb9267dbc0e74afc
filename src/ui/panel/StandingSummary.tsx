import type { IndexedActor } from '../../data/derive';
import { fillTemplate, useMessages } from '../../i18n/catalog';
import { formatMoment, type TimePrecision } from '../../i18n/formatDate';
import { standingAsOf } from '../../state/selectors';
import { useAtlas } from '../../state/store';
import { panelMessages } from './messages';
import { isoOf } from './momentOf';
import { templateParts } from './templateParts';

interface StandingSummaryProps {
  actor: IndexedActor;
  time: number;
  precision: TimePrecision;
}

/** The actor's role and troop commitment as of the chosen moment, in one sentence. */
export function StandingSummary({ actor, time, precision }: StandingSummaryProps) {
  const messages = useMessages(panelMessages);
  const language = useAtlas((state) => state.language);
  const standing = standingAsOf(actor, time);
  const [before, after] = templateParts(messages.standingHeading, 'date');
  return (
    <div className="panel-standing">
      <h3>
        {before}
        <time dateTime={isoOf(time)}>{formatMoment(time, precision, language)}</time>
        {after}
      </h3>
      <p data-role={standing.role}>
        {fillTemplate(messages.standingSentence, {
          role: messages[`role_${standing.role}`],
          troops: messages[`troops_${standing.troops}`],
        })}
      </p>
      {standing.entry?.note && <p className="panel-note">{standing.entry.note}</p>}
    </div>
  );
}
