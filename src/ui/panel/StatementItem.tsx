import type { IndexedStatement } from '../../data/derive';
import { fillTemplate, useMessages } from '../../i18n/catalog';
import { formatMoment, localeOf, type TimePrecision } from '../../i18n/formatDate';
import { useAtlas } from '../../state/store';
import { panelMessages } from './messages';
import { isoOf, precisionOfMoment } from './momentOf';
import { SourceLinks } from './SourceLinks';

/** The name of a language tag in the viewer's language ("de" → "German"), or the tag itself. */
function languageName(tag: string, uiLanguage: Parameters<typeof localeOf>[0]): string {
  try {
    return new Intl.DisplayNames([localeOf(uiLanguage)], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

interface StatementItemProps {
  statement: IndexedStatement;
  /** The precision of the statement's announcement, used when the statement has no time of its own. */
  eventPrecision: TimePrecision;
}

/** One official's words: who, when, the verbatim quote in its language, a translation, the sources. */
export function StatementItem({ statement, eventPrecision }: StatementItemProps) {
  const messages = useMessages(panelMessages);
  const language = useAtlas((state) => state.language);
  const precision = statement.at ? precisionOfMoment(statement.at) : eventPrecision;
  const translation = statement.translation?.trim();
  const hasTranslation =
    translation !== undefined && translation !== '' && translation !== statement.text.trim();
  return (
    <article className="statement">
      <p className="statement-meta">
        <strong>{statement.speaker}</strong>, {statement.office}
        <br />
        <time dateTime={isoOf(statement.time)}>{formatMoment(statement.time, precision, language)}</time>
      </p>
      <div className={hasTranslation ? 'statement-quotes statement-quotes-paired' : 'statement-quotes'}>
        <figure className="statement-quote">
          {hasTranslation && (
            <figcaption>
              {fillTemplate(messages.original, { language: languageName(statement.language, language) })}
            </figcaption>
          )}
          <blockquote lang={statement.language} cite={statement.sources[0]}>
            <p>{statement.text}</p>
          </blockquote>
        </figure>
        {hasTranslation && (
          <figure className="statement-quote statement-translation">
            <figcaption>{messages.translation}</figcaption>
            <blockquote lang="en">
              <p>{translation}</p>
            </blockquote>
          </figure>
        )}
      </div>
      {statement.note && <p className="panel-note">{statement.note}</p>}
      <SourceLinks urls={statement.sources} />
    </article>
  );
}
