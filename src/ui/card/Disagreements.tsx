import type { Disagreement } from '../../data/schema';
import { fillTemplate, useMessages } from '../../i18n/catalog';
import { cardMessages } from './messages';
import { SourceLinks } from './SourceLinks';

interface DisagreementsProps {
  disagreements: readonly Disagreement[];
}

/** Where reports contradict each other, say so, with every side's source: the reader decides. */
export function Disagreements({ disagreements }: DisagreementsProps) {
  const messages = useMessages(cardMessages);
  if (disagreements.length === 0) return null;
  return (
    <ul className="card-disagreements">
      {disagreements.map((disagreement) => (
        <li key={disagreement.topic} className="card-disagreement">
          <p className="card-disagreement-topic">
            {fillTemplate(messages.sourcesDisagree, { topic: disagreement.topic })}
          </p>
          <p>{disagreement.detail}</p>
          <SourceLinks urls={disagreement.sources} />
        </li>
      ))}
    </ul>
  );
}
