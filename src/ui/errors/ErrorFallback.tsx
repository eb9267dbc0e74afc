import { fillTemplate, useMessages } from '../../i18n/catalog';
import { errorMessages, FAILED_AREA_MESSAGE, type FailingArea } from './messages';
import './errors.css';

interface ErrorFallbackProps {
  area: FailingArea;
  error: Error;
  /** Clears the failure and renders the area again. */
  onRetry: () => void;
}

/** What a failed area shows instead of itself: what broke, that the rest works, and two ways out. */
export function ErrorFallback({ area, error, onRetry }: ErrorFallbackProps) {
  const messages = useMessages(errorMessages);
  return (
    <div className="area-failure" role="alert" data-failed-area={area}>
      <p className="area-failure-title">{messages[FAILED_AREA_MESSAGE[area]]}</p>
      <p>{messages.failedHint}</p>
      <p className="area-failure-detail">{fillTemplate(messages.errorDetail, { message: error.message })}</p>
      <div className="area-failure-actions">
        <button type="button" onClick={onRetry}>
          {messages.tryAgain}
        </button>
        <button type="button" onClick={() => window.location.reload()}>
          {messages.reload}
        </button>
      </div>
    </div>
  );
}
