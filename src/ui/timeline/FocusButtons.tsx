import type { IndexedEvent } from '../../data/derive';
import { fillTemplate, useMessages } from '../../i18n/catalog';
import { formatMoment, formatShortDate } from '../../i18n/formatDate';
import { useAtlas } from '../../state/store';
import type { DenseDay } from './announcementDays';
import { timelineMessages } from './messages';
import type { TrackFocus } from './trackLayout';

interface FocusButtonsProps {
  focus: TrackFocus;
  denseDays: readonly DenseDay[];
  events: readonly IndexedEvent[];
  currentIndex: number;
  onFocusChange: (focus: TrackFocus) => void;
}

/** Switches the track between the whole period, one crowded day, and even spacing. */
export function FocusButtons({ focus, denseDays, events, currentIndex, onFocusChange }: FocusButtonsProps) {
  const messages = useMessages(timelineMessages);
  const language = useAtlas((state) => state.language);
  const selectEvent = useAtlas((state) => state.selectEvent);

  const zoomTo = (day: DenseDay) => {
    onFocusChange({ kind: 'day', day: day.day });
    // Zooming to a day means going there: otherwise the thumb would wait on the track's edge.
    const outside = currentIndex < day.firstIndex || currentIndex > day.lastIndex;
    const first = events[day.firstIndex];
    if (outside && first) selectEvent(first.id);
  };

  return (
    <fieldset className="timeline-focus">
      <legend className="visually-hidden">{messages.focusLabel}</legend>
      <button
        type="button"
        className="timeline-focus-button"
        aria-pressed={focus.kind === 'period'}
        onClick={() => onFocusChange({ kind: 'period' })}
      >
        {messages.wholePeriod}
      </button>
      {denseDays.map((day) => (
        <button
          key={day.day}
          type="button"
          className="timeline-focus-button"
          aria-pressed={focus.kind === 'day' && focus.day === day.day}
          // The name contains the visible text too, so voice control ("click 6 Jan 2026") finds the button.
          aria-label={`${fillTemplate(messages.dayButtonLabel, {
            date: formatMoment(day.time, 'day', language),
            count: day.count,
          })}, ${fillTemplate(messages.dayButton, { date: formatShortDate(day.time, language), count: day.count })}`}
          onClick={() => zoomTo(day)}
        >
          {fillTemplate(messages.dayButton, { date: formatShortDate(day.time, language), count: day.count })}
        </button>
      ))}
      <button
        type="button"
        className="timeline-focus-button"
        aria-pressed={focus.kind === 'even'}
        onClick={() => onFocusChange({ kind: 'even' })}
      >
        {messages.evenlySpaced}
      </button>
    </fieldset>
  );
}
