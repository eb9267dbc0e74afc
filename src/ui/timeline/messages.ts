/** Text of the timeline: the slider, its ticks, the view buttons and playback. */
import { defineCatalog } from '../../i18n/catalog';

export const timelineMessages = defineCatalog({
  en: {
    sliderLabel: 'Announcement shown on the map',
    valueText: '{date}: {title}',
    valueTextInvolving: '{date}: {title}. Involves {country}.',
    position: 'Announcement {position} of {total}',
    ticksLabel: 'Announcements on the timeline',
    tickInvolving: 'involves {country}',
    focusLabel: 'Timeline view',
    wholePeriod: 'Whole period',
    evenlySpaced: 'Evenly spaced',
    dayButton: '{date} ({count})',
    dayButtonLabel: 'Zoom to {date}: {count} announcements',
    earlier: '{count} earlier',
    later: '{count} later',
    play: 'Play',
    pause: 'Pause',
    playLabel: 'Play through the announcements',
    pauseLabel: 'Pause playback',
    loading: 'Loading the announcements…',
    empty: 'No announcements yet.',
  },
});
