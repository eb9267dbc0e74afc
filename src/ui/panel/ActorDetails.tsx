import type { IndexedActor, IndexedDataset } from '../../data/derive';
import { currentEvent } from '../../state/selectors';
import { useAtlas } from '../../state/store';
import { AnnouncementList } from './AnnouncementList';
import { Disagreements } from './Disagreements';
import { StandingSummary } from './StandingSummary';
import { StatementList } from './StatementList';
import { StatusHistory } from './StatusHistory';

interface ActorDetailsProps {
  actor: IndexedActor;
  dataset: IndexedDataset;
}

/** Everything recorded about one actor, as of the chosen moment; the order is what a reader asks first. */
export function ActorDetails({ actor, dataset }: ActorDetailsProps) {
  const storedTime = useAtlas((state) => state.time);
  const eventId = useAtlas((state) => state.eventId);
  const time = storedTime ?? dataset.events.at(-1)?.startTime ?? Date.now();
  const shown = currentEvent(dataset, time, eventId);
  // Day-precision announcements never get an invented clock time.
  const precision = shown && shown.startTime === time ? shown.precision : 'minute';
  return (
    <>
      <StandingSummary actor={actor} time={time} precision={precision} />
      <Disagreements actor={actor} />
      <StatementList key={actor.id} dataset={dataset} actorId={actor.id} time={time} />
      <AnnouncementList dataset={dataset} actorId={actor.id} time={time} />
      <StatusHistory actor={actor} time={time} />
    </>
  );
}
