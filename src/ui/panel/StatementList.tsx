import { useId, useState } from 'react';
import type { IndexedDataset, IndexedStatement } from '../../data/derive';
import { fillTemplate, useMessages } from '../../i18n/catalog';
import { panelMessages } from './messages';
import { StatementItem } from './StatementItem';

interface StatementListProps {
  dataset: IndexedDataset;
  actorId: string;
  time: number;
}

/**
 * The actor's statements said up to the chosen moment, then (on request) those said later, so the
 * panel never shows the future by default but hides nothing from a reader who asks.
 */
export function StatementList({ dataset, actorId, time }: StatementListProps) {
  const messages = useMessages(panelMessages);
  const [showLater, setShowLater] = useState(false);
  const laterId = useId();
  const statements = dataset.statementsByActor.get(actorId) ?? [];
  const upToNow = statements.filter((statement) => statement.time <= time);
  const later = statements.filter((statement) => statement.time > time);
  const render = (statement: IndexedStatement) => (
    <li key={statement.id}>
      <StatementItem
        statement={statement}
        eventPrecision={dataset.eventsById.get(statement.eventId)?.precision ?? 'day'}
      />
    </li>
  );

  return (
    <section className="panel-block" aria-labelledby={`${laterId}-heading`}>
      <h3 id={`${laterId}-heading`}>{messages.statementsHeading}</h3>
      {statements.length === 0 ? (
        <p>{messages.noStatements}</p>
      ) : (
        <>
          {upToNow.length === 0 ? (
            <p>{messages.noStatementsYet}</p>
          ) : (
            <ol className="statement-list">{upToNow.map(render)}</ol>
          )}
          {later.length > 0 && (
            <>
              <button
                type="button"
                className="panel-toggle"
                aria-expanded={showLater}
                aria-controls={laterId}
                onClick={() => setShowLater((shown) => !shown)}
              >
                {showLater
                  ? messages.hideLater
                  : later.length === 1
                    ? messages.showLaterOne
                    : fillTemplate(messages.showLater, { count: later.length })}
              </button>
              <div id={laterId} hidden={!showLater}>
                {showLater && (
                  <>
                    <h4>{messages.laterHeading}</h4>
                    <ol className="statement-list statement-list-later">{later.map(render)}</ol>
                  </>
                )}
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}
