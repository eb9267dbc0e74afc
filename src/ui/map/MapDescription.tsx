import { useMemo } from 'react';
import { useMessages } from '../../i18n/catalog';
import { useAtlas } from '../../state/store';
import { countryDisplayName } from '../panel/countryName';
import { panelMessages } from '../panel/messages';
import { describeMap } from './describeMap';

interface MapDescriptionProps {
  /** The id the map canvas points at with aria-describedby. */
  id: string;
}

/**
 * The map's text alternative, visually hidden. Not a live region: it changes with every playback
 * step, and the card already announces changes politely; a reader hears it when they reach the map.
 */
export function MapDescription({ id }: MapDescriptionProps) {
  const panelText = useMessages(panelMessages);
  const dataset = useAtlas((state) => state.dataset);
  const time = useAtlas((state) => state.time);
  const eventId = useAtlas((state) => state.eventId);
  const language = useAtlas((state) => state.language);
  const text = useMemo(() => {
    if (!dataset || time === null) return '';
    const nameOf = (actorId: string) =>
      countryDisplayName(actorId, language, panelText, { actorName: dataset.actorsById.get(actorId)?.name });
    return describeMap({ dataset, time, eventId, language, nameOf });
  }, [dataset, time, eventId, language, panelText]);
  return (
    <p id={id} className="visually-hidden">
      {text}
    </p>
  );
}
