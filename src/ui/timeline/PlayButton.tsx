import { useMessages } from '../../i18n/catalog';
import { useAtlas } from '../../state/store';
import { timelineMessages } from './messages';

interface PlayButtonProps {
  /** Playback needs at least two announcements to step between. */
  disabled: boolean;
}

/** Starts or pauses playback; the stepping itself is the playback controller's job. */
export function PlayButton({ disabled }: PlayButtonProps) {
  const messages = useMessages(timelineMessages);
  const playing = useAtlas((state) => state.playing);
  const setPlaying = useAtlas((state) => state.setPlaying);
  return (
    <button
      type="button"
      className="timeline-play"
      disabled={disabled}
      aria-label={playing ? messages.pauseLabel : messages.playLabel}
      onClick={() => setPlaying(!playing)}
    >
      <span className={playing ? 'timeline-play-icon is-pause' : 'timeline-play-icon'} aria-hidden="true" />
      <span className="timeline-play-text">{playing ? messages.pause : messages.play}</span>
    </button>
  );
}
