import { useMessages } from '../../i18n/catalog';
import { shareableLink } from '../../state/shareableLink';
import { useAtlas } from '../../state/store';
import { fullAtlasUrl } from './fullAtlasUrl';
import { shareMessages } from './messages';
import './share.css';

/**
 * The slim bar an embedded atlas shows instead of the header: the title and a link to the same view
 * in the full atlas. It never takes focus; the host page keeps it.
 */
export function EmbedBar() {
  const messages = useMessages(shareMessages);
  // Built from the store, not read from the address bar, which the URL sync writes a frame later.
  const href = useAtlas((state) => fullAtlasUrl(shareableLink(state, window.location.href)));
  return (
    <div className="embed-bar">
      <p className="embed-title">{messages.embedTitle}</p>
      <a className="embed-open" href={href} target="_blank" rel="noopener noreferrer">
        {messages.openFullAtlas}
      </a>
    </div>
  );
}
