import { memo } from 'react';
import type { IndexedEvent } from '../../data/derive';
import { fillTemplate, useMessages } from '../../i18n/catalog';
import type { Language } from '../../state/slices/viewSlice';
import { useAtlas } from '../../state/store';
import { announcementInvolves } from './announcementInvolvement';
import { describeAnnouncement } from './announcementText';
import { timelineMessages } from './messages';
import type { TrackLayout } from './trackLayout';

interface TimelineTicksProps {
  events: readonly IndexedEvent[];
  layout: TrackLayout;
  currentIndex: number;
  /** The selected country, whose announcements get a distinct mark. */
  countryId: string | null;
  countryName: string | null;
}

/**
 * One mark per announcement. It sits beside the slider, not inside it, because a slider's content is
 * presentational: as a list, a screen-reader user can read every announcement and which ones
 * involve the selected country. Announcements outside a zoomed day stay in the list but draw no mark.
 */
export function TimelineTicks({ events, layout, currentIndex, countryId, countryName }: TimelineTicksProps) {
  const messages = useMessages(timelineMessages);
  const language = useAtlas((state) => state.language);
  return (
    <ol className="timeline-ticks" aria-label={messages.ticksLabel}>
      {events.map((event) => (
        <TimelineTick
          key={event.id}
          event={event}
          position={layout.positions[event.index] ?? 0}
          outside={event.index < layout.firstInside || event.index > layout.lastInside}
          current={event.index === currentIndex}
          involvedCountryName={announcementInvolves(event, countryId) ? (countryName ?? '') : null}
          language={language}
          messages={messages}
        />
      ))}
    </ol>
  );
}

interface TimelineTickProps {
  event: IndexedEvent;
  position: number;
  outside: boolean;
  current: boolean;
  /** The selected country's name when this announcement involves it, else null. */
  involvedCountryName: string | null;
  language: Language;
  messages: typeof timelineMessages.en;
}

/**
 * Memoised on primitive props: a timeline step changes `current` on two ticks only, so the other
 * marks (10,000 in the benchmark's synthetic data) neither re-render nor re-format their dates.
 */
const TimelineTick = memo(function TimelineTick({
  event,
  position,
  outside,
  current,
  involvedCountryName,
  language,
  messages,
}: TimelineTickProps) {
  const involves = involvedCountryName !== null;
  return (
    <li
      className="timeline-tick"
      data-involves={involves || undefined}
      data-outside={outside || undefined}
      aria-current={current ? 'true' : undefined}
      style={{ left: `${position * 100}%` }}
    >
      <span className="visually-hidden">
        {describeAnnouncement(event, language, messages, null)}
        {involves && involvedCountryName
          ? ` (${fillTemplate(messages.tickInvolving, { country: involvedCountryName })})`
          : ''}
      </span>
    </li>
  );
});
