import { useMessages } from '../../i18n/catalog';
import { useAtlas } from '../../state/store';
import { settingsMessages } from './messages';

/**
 * Map or table: two toggle buttons (aria-pressed). Without WebGL only the table exists, so the map
 * button is disabled rather than hidden: the reader learns the map exists and why it is out of reach.
 */
export function ViewSwitch() {
  const messages = useMessages(settingsMessages);
  const view = useAtlas((state) => state.view);
  const setView = useAtlas((state) => state.setView);
  const mapUnavailable = useAtlas((state) => state.mapUnavailableReason !== null);
  return (
    <fieldset className="settings-group">
      <legend className="settings-legend">{messages.viewLabel}</legend>
      <button
        type="button"
        className="header-control settings-toggle"
        aria-pressed={view === 'map'}
        disabled={mapUnavailable}
        onClick={() => setView('map')}
      >
        {messages.viewMap}
      </button>
      <button
        type="button"
        className="header-control settings-toggle"
        aria-pressed={view === 'table'}
        onClick={() => setView('table')}
      >
        {messages.viewTable}
      </button>
    </fieldset>
  );
}
