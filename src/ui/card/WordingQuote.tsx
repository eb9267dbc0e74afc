import type { Wording } from '../../data/schema';
import { fillTemplate, useMessages } from '../../i18n/catalog';
import { useAtlas } from '../../state/store';
import { hostNameOf, languageNameOf } from './cardText';
import { cardMessages } from './messages';

interface WordingQuoteProps {
  wording: Wording;
}

/**
 * One wording of a commitment, verbatim in its own language (marked with `lang` so screen readers
 * switch voice), labelled official or reported, with its translation and source.
 */
export function WordingQuote({ wording }: WordingQuoteProps) {
  const messages = useMessages(cardMessages);
  const language = useAtlas((state) => state.language);
  const foreign = wording.language !== language;
  return (
    <figure className="card-wording" data-kind={wording.kind}>
      <figcaption className="card-wording-kind">
        {wording.kind === 'official' ? messages.officialWording : messages.reportedWording}
        {foreign
          ? ` · ${fillTemplate(messages.originalLanguage, { language: languageNameOf(wording.language, language) })}`
          : ''}
      </figcaption>
      <blockquote lang={wording.language} cite={wording.source}>
        <p>{wording.text}</p>
      </blockquote>
      {wording.translation ? (
        <p className="card-wording-translation">
          <span className="card-label">{messages.translation}: </span>
          {wording.translation}
        </p>
      ) : null}
      <p className="card-wording-source">
        <span className="card-label">{messages.source}: </span>
        <a href={wording.source} target="_blank" rel="noopener noreferrer">
          {hostNameOf(wording.source)}
          <span className="visually-hidden"> {messages.opensInNewTab}</span>
        </a>
      </p>
    </figure>
  );
}
