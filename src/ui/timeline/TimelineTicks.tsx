import { memo, type RefObject, useLayoutEffect, useRef } from 'react';
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
  const listRef = useRef<HTMLOListElement>(null);
  useCurrentTickMark(listRef, currentIndex);
  return (
    <TickList
      listRef={listRef}
      events={events}
      layout={layout}
      countryId={countryId}
      countryName={countryName}
    />
  );
}

type TickListProps = Omit<TimelineTicksProps, 'currentIndex'> & {
  listRef: RefObject<HTMLOListElement | null>;
};

/** The list itself does not depend on the current announcement, so a timeline step does not render it. */
const TickList = memo(function TickList({ listRef, events, layout, countryId, countryName }: TickListProps) {
  const messages = useMessages(timelineMessages);
  const language = useAtlas((state) => state.language);
  return (
    <ol ref={listRef} className="timeline-ticks" aria-label={messages.ticksLabel}>
      {events.map((event) => (
        <TimelineTick
          key={event.id}
          event={event}
          position={layout.positions[event.index] ?? 0}
          outside={event.index < layout.firstInside || event.index > layout.lastInside}
          involvedCountryName={announcementInvolves(event, countryId) ? (countryName ?? '') : null}
          language={language}
          messages={messages}
        />
      ))}
    </ol>
  );
});

/**
 * Puts `aria-current` on the current announcement's tick, on the DOM. As a prop of each tick it made
 * every step render the whole list to change two ticks: with 10,000 announcements, ~5 ms of each step.
 * Runs after every render, so ticks React has just created get the mark too. The ticks are in event
 * order, and an event's `index` is its place in that order.
 */
function useCurrentTickMark(listRef: RefObject<HTMLOListElement | null>, currentIndex: number): void {
  const markedRef = useRef<Element | null>(null);
  useLayoutEffect(() => {
    const current = listRef.current?.children.item(currentIndex) ?? null;
    if (current === markedRef.current && current?.hasAttribute('aria-current')) return;
    markedRef.current?.removeAttribute('aria-current');
    current?.setAttribute('aria-current', 'true');
    markedRef.current = current;
  });
}

interface TimelineTickProps {
  event: IndexedEvent;
  position: number;
  outside: boolean;
  /** The selected country's name when this announcement involves it, else null. */
  involvedCountryName: string | null;
  language: Language;
  messages: typeof timelineMessages.en;
}

/**
 * Memoised on primitive props, so the marks (10,000 in the benchmark's synthetic data) re-render and
 * re-format their dates only when the layout, the selected country or the language changes.
 */
const TimelineTick = memo(function TimelineTick({
  event,
  position,
  outside,
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
