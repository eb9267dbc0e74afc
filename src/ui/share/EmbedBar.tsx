import { useMessages } from '../../i18n/catalog';
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
  // Re-render when the shared state changes: the URL sync has written it to the address by then.
  useAtlas(
    (state) =>
      `${state.countryId}|${state.eventId}|${state.time}|${state.visibleLayers.join()}|${state.view}`,
  );
  const href = fullAtlasUrl(window.location.href);
  return (
    <div className="embed-bar">
      <p className="embed-title">{messages.embedTitle}</p>
      <a className="embed-open" href={href} target="_blank" rel="noopener noreferrer">
        {messages.openFullAtlas}
      </a>
    </div>
  );
}
