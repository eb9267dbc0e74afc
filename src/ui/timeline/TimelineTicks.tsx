import type { IndexedEvent } from '../../data/derive';
import { fillTemplate, useMessages } from '../../i18n/catalog';
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
      {events.map((event) => {
        const involves = announcementInvolves(event, countryId);
        const outside = event.index < layout.firstInside || event.index > layout.lastInside;
        return (
          <li
            key={event.id}
            className="timeline-tick"
            data-involves={involves || undefined}
            data-outside={outside || undefined}
            aria-current={event.index === currentIndex ? 'true' : undefined}
            style={{ left: `${(layout.positions[event.index] ?? 0) * 100}%` }}
          >
            <span className="timeline-visually-hidden">
              {describeAnnouncement(event, language, messages, null)}
              {involves && countryName
                ? ` (${fillTemplate(messages.tickInvolving, { country: countryName })})`
                : ''}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
