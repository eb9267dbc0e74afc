import { useMemo, useState } from 'react';
import type { IndexedDataset, IndexedEvent } from '../../data/derive';
import { fillTemplate, useMessages } from '../../i18n/catalog';
import { formatMoment, localeOf } from '../../i18n/formatDate';
import type { Language } from '../../state/slices/viewSlice';
import { useAtlas } from '../../state/store';
import { tableMessages } from './messages';
import { SortableHeader } from './SortableHeader';
import { SourceList } from './SourceList';
import { nextSort, type SortKey, type SortState, sortRows } from './sortRows';

type AnnouncementColumn = 'date' | 'place' | 'title';

interface AnnouncementTableProps {
  dataset: IndexedDataset;
  currentEventId: string | null;
  language: Language;
  nameOf: (id: string) => string;
}

const KEY_OF: Record<AnnouncementColumn, (event: IndexedEvent) => SortKey> = {
  date: (event) => event.startTime,
  place: (event) => event.place.name,
  title: (event) => event.title,
};

/** Every announcement; choosing one moves the timeline there, exactly as the slider would. */
export function AnnouncementTable({ dataset, currentEventId, language, nameOf }: AnnouncementTableProps) {
  const messages = useMessages(tableMessages);
  const selectEvent = useAtlas((state) => state.selectEvent);
  const [sort, setSort] = useState<SortState<AnnouncementColumn>>({ column: 'date', direction: 'ascending' });
  const rows = useMemo(
    () =>
      sortRows(dataset.events, KEY_OF[sort.column], sort.direction, new Intl.Collator(localeOf(language))),
    [dataset, sort, language],
  );
  const list = new Intl.ListFormat(localeOf(language), { type: 'conjunction' });
  const onSort = (column: AnnouncementColumn) => setSort((current) => nextSort(current, column));

  return (
    <table className="atlas-table">
      <caption>{fillTemplate(messages.announcementsCaption, { count: dataset.events.length })}</caption>
      <thead>
        <tr>
          <SortableHeader column="date" label={messages.columnDate} sort={sort} onSort={onSort} />
          <SortableHeader column="place" label={messages.columnPlace} sort={sort} onSort={onSort} />
          <SortableHeader column="title" label={messages.columnTitle} sort={sort} onSort={onSort} />
          <th scope="col">{messages.columnActors}</th>
          <th scope="col">{messages.columnSources}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((event) => {
          const current = event.id === currentEventId;
          return (
            <tr
              key={event.id}
              className={current ? 'is-current' : undefined}
              aria-current={current || undefined}
            >
              <td>
                <time dateTime={event.start}>{formatMoment(event.startTime, event.precision, language)}</time>
              </td>
              <td>{event.place.name}</td>
              <th scope="row">
                <button
                  type="button"
                  className="table-choose"
                  aria-pressed={current}
                  onClick={() => selectEvent(event.id)}
                >
                  {event.title}
                </button>
              </th>
              <td>{list.format(event.actors.map(nameOf))}</td>
              <td>
                <SourceList urls={event.sources} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
