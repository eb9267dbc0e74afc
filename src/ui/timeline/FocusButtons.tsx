import { memo } from 'react';
import { fillTemplate, useMessages } from '../../i18n/catalog';
import { formatMoment, formatShortDate } from '../../i18n/formatDate';
import { useAtlas } from '../../state/store';
import type { DenseDay } from './announcementDays';
import { timelineMessages } from './messages';
import type { TrackFocus } from './trackLayout';

interface FocusButtonsProps {
  focus: TrackFocus;
  denseDays: readonly DenseDay[];
  onFocusChange: (focus: TrackFocus) => void;
  onZoomToDay: (day: DenseDay) => void;
}

/**
 * Switches the track between the whole period, one crowded day, and even spacing.
 * Nothing here depends on the current announcement, and with every prop stable it skips the timeline's
 * re-render on each step: a large data set has hundreds of crowded days, each a button with three dates
 * to format (~29 ms a step at 10,000 announcements).
 */
export const FocusButtons = memo(function FocusButtons({
  focus,
  denseDays,
  onFocusChange,
  onZoomToDay,
}: FocusButtonsProps) {
  const messages = useMessages(timelineMessages);
  const language = useAtlas((state) => state.language);

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
          onClick={() => onZoomToDay(day)}
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
});
