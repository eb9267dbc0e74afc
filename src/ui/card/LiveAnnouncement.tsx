import { useEffect, useState } from 'react';
import { fillTemplate, useMessages } from '../../i18n/catalog';
import { cardMessages } from './messages';

interface LiveAnnouncementProps {
  /** Changes when the announcement shown changes. */
  eventId: string | null;
  title: string;
  playing: boolean;
}

/**
 * Tells screen-reader users, politely, that the card now shows another announcement: the title
 * only, never the whole card. Silent while the timeline slider has focus, because the slider's own
 * value text already reads the date and title, and hearing both on every arrow key is noise.
 */
export function LiveAnnouncement({ eventId, title, playing }: LiveAnnouncementProps) {
  const messages = useMessages(cardMessages);
  const [spoken, setSpoken] = useState('');

  // biome-ignore lint/correctness/useExhaustiveDependencies: speak on a change of announcement, not of wording or playback.
  useEffect(() => {
    if (!eventId) return;
    if (document.activeElement?.getAttribute('role') === 'slider') return;
    setSpoken(playing ? title : fillTemplate(messages.live, { title }));
  }, [eventId]);

  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {spoken}
    </p>
  );
}
