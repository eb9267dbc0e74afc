import type { IndexedActor } from '../../data/derive';
import { useMessages } from '../../i18n/catalog';
import { panelMessages } from './messages';
import { SourceLinks } from './SourceLinks';

interface DisagreementItem {
  key: string;
  topic: string | undefined;
  detail: string;
  sources: readonly string[];
}

/** Where sources disagree about the actor: its recorded disagreements, and noted multi-source entries. */
export function disagreementsAbout(actor: IndexedActor): DisagreementItem[] {
  const recorded = (actor.disagreements ?? []).map((disagreement) => ({
    key: `recorded-${disagreement.topic}`,
    topic: disagreement.topic,
    detail: disagreement.detail,
    sources: disagreement.sources,
  }));
  const noted = actor.status
    .filter((entry) => entry.sources.length > 1 && entry.note?.trim())
    .map((entry) => ({
      key: `status-${entry.from}`,
      topic: undefined,
      detail: entry.note ?? '',
      sources: entry.sources,
    }));
  return [...recorded, ...noted];
}

interface DisagreementsProps {
  actor: IndexedActor;
}

/** A "Sources disagree" block citing every side; nothing when the sources agree. */
export function Disagreements({ actor }: DisagreementsProps) {
  const messages = useMessages(panelMessages);
  const items = disagreementsAbout(actor);
  if (items.length === 0) return null;
  return (
    <section className="panel-block panel-disagree" aria-labelledby={`panel-disagree-${actor.id}`}>
      <h3 id={`panel-disagree-${actor.id}`}>{messages.disagreeHeading}</h3>
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            <p>
              {item.topic && <strong>{item.topic}: </strong>}
              {item.detail}
            </p>
            <SourceLinks urls={item.sources} />
          </li>
        ))}
      </ul>
    </section>
  );
}
