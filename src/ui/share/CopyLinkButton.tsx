import { useEffect, useRef, useState } from 'react';
import { useMessages } from '../../i18n/catalog';
import { shareableLink } from '../../state/shareableLink';
import { atlasStore } from '../../state/store';
import { shareMessages } from './messages';

type CopyState = 'idle' | 'copied' | 'fallback';

/**
 * Copies the link to what the viewer sees (the page's address with the store's state, which the address
 * bar may show a frame later) to the clipboard and says so
 * politely; where the clipboard is unavailable (an insecure origin, a refusing browser) it shows the
 * link in a selected field to copy by hand.
 */
export function CopyLinkButton() {
  const messages = useMessages(shareMessages);
  const [state, setState] = useState<CopyState>('idle');
  const [href, setHref] = useState('');
  const fieldRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state === 'fallback') fieldRef.current?.select();
    if (state !== 'copied') return;
    const timer = setTimeout(() => setState('idle'), 4000);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    const link = shareableLink(atlasStore.getState(), window.location.href);
    setHref(link);
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link);
      setState('copied');
    } catch {
      setState('fallback');
    }
  };

  return (
    <div className="share-copy">
      <button type="button" className="header-control share-button" onClick={copy}>
        {messages.copyLink}
      </button>
      <span className="share-status" role="status">
        {state === 'copied' ? messages.linkCopied : ''}
      </span>
      {state === 'fallback' && (
        <div className="share-fallback">
          <label htmlFor="share-link-field">{messages.copyFallbackLabel}</label>
          <input
            id="share-link-field"
            ref={fieldRef}
            type="text"
            readOnly
            value={href}
            onFocus={(event) => event.currentTarget.select()}
            aria-describedby="share-link-hint"
          />
          <p id="share-link-hint">{messages.copyFallbackHint}</p>
        </div>
      )}
    </div>
  );
}
