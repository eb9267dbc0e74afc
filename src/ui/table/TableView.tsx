import { useCallback } from 'react';
import { useMessages } from '../../i18n/catalog';
import { currentEvent } from '../../state/selectors';
import { useAtlas } from '../../state/store';
import { countryDisplayName } from '../panel/countryName';
import { panelMessages } from '../panel/messages';
import { AnnouncementTable } from './AnnouncementTable';
import { CountryTable } from './CountryTable';
import { tableMessages } from './messages';
import './table.css';

/**
 * The map's facts without the map (`view=table`, and what a browser without WebGL gets): the
 * announcements and every actor's standing as of the moment shown, wired to the same store, so
 * choosing a row selects it everywhere. Loaded lazily: most visitors never open it.
 */
export function TableView() {
  const messages = useMessages(tableMessages);
  const panelText = useMessages(panelMessages);
  const dataset = useAtlas((state) => state.dataset);
  const time = useAtlas((state) => state.time);
  const eventId = useAtlas((state) => state.eventId);
  const countryId = useAtlas((state) => state.countryId);
  const language = useAtlas((state) => state.language);
  const nameOf = useCallback(
    (id: string) =>
      countryDisplayName(id, language, panelText, { actorName: dataset?.actorsById.get(id)?.name }),
    [dataset, language, panelText],
  );

  if (!dataset || time === null) return <p className="table-message">{messages.loading}</p>;
  const shown = currentEvent(dataset, time, eventId);
  return (
    <section className="table-view" aria-label={messages.regionLabel}>
      <CountryTable
        dataset={dataset}
        time={time}
        selectedCountryId={countryId}
        language={language}
        nameOf={nameOf}
      />
      <AnnouncementTable
        dataset={dataset}
        currentEventId={shown?.id ?? null}
        language={language}
        nameOf={nameOf}
      />
    </section>
  );
}
