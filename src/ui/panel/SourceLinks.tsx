import { fillTemplate, useMessages } from '../../i18n/catalog';
import { panelMessages } from './messages';

/** The host a source lives on ("www.bbc.co.uk" → "bbc.co.uk"), so a reader knows where a link goes. */
export function sourceHostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

interface SourceLinksProps {
  urls: readonly string[];
}

/** A fact's sources as links that open in a new tab and tell the target nothing about the atlas. */
export function SourceLinks({ urls }: SourceLinksProps) {
  const messages = useMessages(panelMessages);
  const safe = urls.filter((url) => url.startsWith('https://'));
  if (safe.length === 0) return null;
  return (
    <p className="panel-sources">
      <span className="panel-sources-label">{messages.sources}: </span>
      {safe.map((url, index) => (
        <span key={url}>
          {index > 0 && ', '}
          <a
            href={url}
            target="_blank"
            rel="noopener noreferrer"
            title={fillTemplate(messages.source, { number: index + 1 })}
          >
            {sourceHostOf(url)}
          </a>
        </span>
      ))}
    </p>
  );
}
