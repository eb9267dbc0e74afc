import type { IndexedEvent } from '../../data/derive';
import { fillTemplate, useMessages } from '../../i18n/catalog';
import { formatMoment, formatShortDate } from '../../i18n/formatDate';
import { useAtlas } from '../../state/store';
import { timelineMessages } from './messages';
import type { TrackFocus, TrackLayout } from './trackLayout';

interface TimelineAxisProps {
  events: readonly IndexedEvent[];
  layout: TrackLayout;
  focus: TrackFocus;
}

/**
 * Labels under the track: the first and last dates, or, in a zoomed day, the day's name and how many
 * announcements wait beyond each edge. Visual only: the slider and the tick list already say it all.
 */
export function TimelineAxis({ events, layout, focus }: TimelineAxisProps) {
  const messages = useMessages(timelineMessages);
  const language = useAtlas((state) => state.language);
  const first = events[0];
  const last = events.at(-1);
  if (!first || !last) return null;

  if (focus.kind === 'day') {
    const earlier = layout.firstInside;
    const later = events.length - 1 - layout.lastInside;
    const dayEvent = events[layout.firstInside] ?? first;
    return (
      <div className="timeline-axis" aria-hidden="true">
        <span>{earlier > 0 ? `‹ ${fillTemplate(messages.earlier, { count: earlier })}` : ''}</span>
        <span className="timeline-axis-day">{formatMoment(dayEvent.startTime, 'day', language)}</span>
        <span>{later > 0 ? `${fillTemplate(messages.later, { count: later })} ›` : ''}</span>
      </div>
    );
  }
  return (
    <div className="timeline-axis" aria-hidden="true">
      <span>{formatShortDate(first.startTime, language)}</span>
      <span>{formatShortDate(last.startTime, language)}</span>
    </div>
  );
}
