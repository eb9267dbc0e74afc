import { type KeyboardEvent, type PointerEvent, useId, useRef } from 'react';
import type { IndexedEvent } from '../../data/derive';
import { fillTemplate, useMessages } from '../../i18n/catalog';
import { atlasStore, useAtlas } from '../../state/store';
import { announcementInvolves } from './announcementInvolvement';
import { describeAnnouncement } from './announcementText';
import { timelineMessages } from './messages';
import { sliderMoveForKey } from './sliderKeys';
import { TimelineTicks } from './TimelineTicks';
import { nearestAnnouncement, type TrackLayout } from './trackLayout';

interface TimelineTrackProps {
  events: readonly IndexedEvent[];
  layout: TrackLayout;
  currentIndex: number;
}

/**
 * The slider itself: one focusable `role="slider"` whose value is the index of the announcement
 * shown, driven by keys, clicks, drags and touch. Any of these stops playback: the viewer has taken
 * the wheel.
 */
export function TimelineTrack({ events, layout, currentIndex }: TimelineTrackProps) {
  const messages = useMessages(timelineMessages);
  const language = useAtlas((state) => state.language);
  const countryId = useAtlas((state) => state.countryId);
  const countryName = useAtlas((state) =>
    countryId ? (state.dataset?.actorsById.get(countryId)?.name ?? countryId) : null,
  );
  const sliderRef = useRef<HTMLDivElement>(null);
  const railRef = useRef<HTMLDivElement>(null);
  const draggingPointer = useRef<number | null>(null);
  const positionId = useId();

  const current = events[currentIndex];
  const involvesCountry = current ? announcementInvolves(current, countryId) : false;
  const valueText = current
    ? describeAnnouncement(current, language, messages, involvesCountry ? countryName : null)
    : '';

  const pickAt = (clientX: number) => {
    const rail = railRef.current;
    if (!rail) return;
    const box = rail.getBoundingClientRect();
    const fraction = box.width > 0 ? Math.min(1, Math.max(0, (clientX - box.left) / box.width)) : 0;
    const target = events[nearestAnnouncement(layout, fraction)];
    // A drag fires many moves over one tick; only a change of announcement reaches the store.
    if (target && target.id !== atlasStore.getState().eventId) atlasStore.getState().selectEvent(target.id);
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    atlasStore.getState().setPlaying(false);
    sliderRef.current?.focus();
    draggingPointer.current = event.pointerId;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    // Keeps a drag from selecting the page's text.
    event.preventDefault();
    pickAt(event.clientX);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (draggingPointer.current === event.pointerId) pickAt(event.clientX);
  };
  const endDrag = (event: PointerEvent<HTMLDivElement>) => {
    if (draggingPointer.current === event.pointerId) draggingPointer.current = null;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const move = sliderMoveForKey(event.key);
    if (!move) return;
    event.preventDefault();
    const state = atlasStore.getState();
    state.setPlaying(false);
    if (move.kind === 'first') state.jumpToFirstEvent();
    else if (move.kind === 'last') state.jumpToLastEvent();
    else state.stepEvent(move.delta);
  };

  const thumbPosition = layout.positions[currentIndex] ?? 0;
  return (
    <div
      className="timeline-track"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
    >
      <div className="timeline-rail" ref={railRef}>
        <TimelineTicks
          events={events}
          layout={layout}
          currentIndex={currentIndex}
          countryId={countryId}
          countryName={countryName}
        />
        <div
          ref={sliderRef}
          className="timeline-slider"
          role="slider"
          tabIndex={0}
          aria-label={messages.sliderLabel}
          aria-valuemin={0}
          aria-valuemax={Math.max(0, events.length - 1)}
          aria-valuenow={currentIndex}
          aria-valuetext={valueText}
          aria-orientation="horizontal"
          aria-describedby={positionId}
          onKeyDown={onKeyDown}
        >
          <span className="timeline-thumb-lane">
            <span
              className="timeline-thumb"
              data-involves={involvesCountry || undefined}
              style={{ left: `${thumbPosition * 100}%` }}
            />
          </span>
        </div>
      </div>
      <span id={positionId} className="visually-hidden">
        {fillTemplate(messages.position, { position: currentIndex + 1, total: events.length })}
      </span>
    </div>
  );
}
