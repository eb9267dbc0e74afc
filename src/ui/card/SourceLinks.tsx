import { useMessages } from '../../i18n/catalog';
import { hostNameOf } from './cardText';
import { cardMessages } from './messages';

interface SourceLinksProps {
  urls: readonly string[];
}

/** Sources as links labelled by host, opening in a new tab without handing it this page. */
export function SourceLinks({ urls }: SourceLinksProps) {
  const messages = useMessages(cardMessages);
  return (
    <ul className="card-sources">
      {urls.map((url) => (
        <li key={url}>
          <a href={url} target="_blank" rel="noopener noreferrer">
            {hostNameOf(url)}
            <span className="visually-hidden"> {messages.opensInNewTab}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
