import { WEBGL_MISSING, WEBGL1_ONLY } from '../../app/webglSupport';
import { fillTemplate, useMessages } from '../../i18n/catalog';
import { useAtlas } from '../../state/store';
import { type ErrorMessages, errorMessages } from './messages';
import './errors.css';

/** The known reasons in the viewer's language; any other reason is a technical message shown as is. */
const REASON_MESSAGE = new Map<string, keyof ErrorMessages>([
  [WEBGL_MISSING, 'reasonWebglMissing'],
  [WEBGL1_ONLY, 'reasonWebgl1Only'],
]);

/**
 * Shown where the map would be when it cannot be drawn (no WebGL 2, or the map failed to start), so the
 * page says why instead of leaving a blank rectangle. The store has already switched to the table view.
 */
export function MapUnavailable() {
  const messages = useMessages(errorMessages);
  const reason = useAtlas((state) => state.mapUnavailableReason);
  const reasonKey = reason ? REASON_MESSAGE.get(reason) : undefined;
  return (
    <div className="map-unavailable" role="alert">
      <p className="map-unavailable-title">{messages.mapNeedsWebgl}</p>
      {reason && (
        <p className="map-unavailable-detail">
          {fillTemplate(messages.mapUnavailableDetail, { reason: reasonKey ? messages[reasonKey] : reason })}
        </p>
      )}
    </div>
  );
}
