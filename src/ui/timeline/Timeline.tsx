import './timeline.css';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useMessages } from '../../i18n/catalog';
import { formatMoment } from '../../i18n/formatDate';
import { currentEvent } from '../../state/selectors';
import { atlasStore, useAtlas } from '../../state/store';
import { type DenseDay, denseDays } from './announcementDays';
import { FocusButtons } from './FocusButtons';
import { timelineMessages } from './messages';
import { PlayButton } from './PlayButton';
import { PlaybackController } from './playbackController';
import { TimelineAxis } from './TimelineAxis';
import { TimelineTrack } from './TimelineTrack';
import { layoutTrack, type TrackFocus } from './trackLayout';

/**
 * The timeline under the map: play/pause, the view buttons (whole period, each crowded day, even
 * spacing), the slider with a mark per announcement, and the axis. It owns the playback controller's
 * lifetime and the track's focus; everything else is in the store.
 */
export function Timeline() {
  const messages = useMessages(timelineMessages);
  const dataset = useAtlas((state) => state.dataset);
  const time = useAtlas((state) => state.time);
  const eventId = useAtlas((state) => state.eventId);
  const language = useAtlas((state) => state.language);
  const [focus, setFocus] = useState<TrackFocus>({ kind: 'period' });

  useEffect(() => {
    const controller = new PlaybackController(atlasStore);
    return () => controller.dispose();
  }, []);

  const events = dataset?.events;
  const layout = useMemo(() => (events ? layoutTrack(events, focus) : null), [events, focus]);
  const crowdedDays = useMemo(() => (events ? denseDays(events) : []), [events]);
  // Reads the current announcement when pressed, so the callback (and the buttons) stay the same per step.
  const zoomToDay = useCallback((day: DenseDay) => {
    setFocus({ kind: 'day', day: day.day });
    // Zooming to a day means going there: otherwise the thumb would wait on the track's edge.
    const state = atlasStore.getState();
    if (!state.dataset) return;
    const index = currentEvent(state.dataset, state.time ?? 0, state.eventId)?.index ?? 0;
    const first = state.dataset.events[day.firstIndex];
    if ((index < day.firstIndex || index > day.lastIndex) && first) state.selectEvent(first.id);
  }, []);

  if (!dataset || !events || !layout) return <p className="timeline-message">{messages.loading}</p>;
  if (events.length === 0) return <p className="timeline-message">{messages.empty}</p>;

  const current = currentEvent(dataset, time ?? 0, eventId);
  const currentIndex = current?.index ?? 0;
  return (
    <div className="timeline">
      <div className="timeline-controls">
        <PlayButton disabled={events.length < 2} />
        <p className="timeline-now" aria-hidden="true">
          <span className="timeline-now-count">
            {currentIndex + 1}/{events.length}
          </span>{' '}
          {current ? formatMoment(current.startTime, current.precision, language) : ''}
        </p>
        <FocusButtons
          focus={focus}
          denseDays={crowdedDays}
          onFocusChange={setFocus}
          onZoomToDay={zoomToDay}
        />
      </div>
      <TimelineTrack events={events} layout={layout} currentIndex={currentIndex} />
      <TimelineAxis events={events} layout={layout} focus={focus} />
    </div>
  );
}
