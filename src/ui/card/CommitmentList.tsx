import { useId } from 'react';
import type { Commitment } from '../../data/schema';
import { fillTemplate, useMessages } from '../../i18n/catalog';
import { useAtlas } from '../../state/store';
import { cardMessages } from './messages';
import { WordingQuote } from './WordingQuote';

interface CommitmentListProps {
  commitments: readonly Commitment[];
}

/**
 * A declaration's commitments in published order. Each title is a toggle: pressed, the map
 * highlights the committing countries (the map reads the store's `commitmentId`).
 */
export function CommitmentList({ commitments }: CommitmentListProps) {
  const messages = useMessages(cardMessages);
  const commitmentId = useAtlas((state) => state.commitmentId);
  const selectCommitment = useAtlas((state) => state.selectCommitment);
  const headingId = useId();
  const ordered = [...commitments].sort((first, second) => first.order - second.order);
  return (
    <section className="card-commitments" aria-labelledby={headingId}>
      <h3 id={headingId}>{messages.commitmentsHeading}</h3>
      <p className="card-hint">{messages.commitmentsHint}</p>
      <ol className="card-commitment-list">
        {ordered.map((commitment) => {
          const pressed = commitment.id === commitmentId;
          return (
            <li key={commitment.id} className="card-commitment" value={commitment.order}>
              <button
                type="button"
                className="card-commitment-button"
                aria-pressed={pressed}
                onClick={() => selectCommitment(pressed ? null : commitment.id)}
              >
                <span className="card-commitment-order" aria-hidden="true">
                  {commitment.order}
                </span>
                <span className="card-commitment-title">{commitment.title}</span>
                <span className="card-commitment-hint">
                  {messages.commitmentButtonHint} ·{' '}
                  {fillTemplate(messages.commitmentSignatories, { count: commitment.actors.length })}
                </span>
              </button>
              <p>{commitment.summary}</p>
              {commitment.wordings.map((wording) => (
                <WordingQuote
                  key={`${wording.kind}-${wording.source}-${wording.language}`}
                  wording={wording}
                />
              ))}
              {commitment.note ? <p className="card-note">{commitment.note}</p> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
