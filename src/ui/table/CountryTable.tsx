import { useMemo, useState } from 'react';
import type { IndexedDataset } from '../../data/derive';
import { fillTemplate, useMessages } from '../../i18n/catalog';
import { formatMoment, localeOf } from '../../i18n/formatDate';
import type { Language } from '../../state/slices/viewSlice';
import { useAtlas } from '../../state/store';
import { panelMessages } from '../panel/messages';
import { tableMessages } from './messages';
import { SortableHeader } from './SortableHeader';
import { nextSort, ROLE_ORDER, type SortKey, type SortState, sortRows, TROOP_ORDER } from './sortRows';
import { type CountryRow, countryRowsAsOf } from './tableRows';

type CountryColumn = 'name' | 'role' | 'troops';

interface CountryTableProps {
  dataset: IndexedDataset;
  time: number;
  selectedCountryId: string | null;
  language: Language;
  nameOf: (id: string) => string;
}

const KEY_OF: Record<CountryColumn, (row: CountryRow) => SortKey> = {
  name: (row) => row.name,
  role: (row) => ROLE_ORDER[row.role],
  troops: (row) => TROOP_ORDER[row.troops],
};

/** Every country and institution as of the moment shown; choosing one opens its panel. */
export function CountryTable({ dataset, time, selectedCountryId, language, nameOf }: CountryTableProps) {
  const messages = useMessages(tableMessages);
  const panelText = useMessages(panelMessages);
  const selectCountry = useAtlas((state) => state.selectCountry);
  const [sort, setSort] = useState<SortState<CountryColumn>>({ column: 'role', direction: 'ascending' });
  const rows = useMemo(() => {
    const collator = new Intl.Collator(localeOf(language));
    // Sorted by name first, so rows equal on role or troops stay in alphabetical order.
    const byName = sortRows(countryRowsAsOf(dataset, time, nameOf), KEY_OF.name, 'ascending', collator);
    return sortRows(byName, KEY_OF[sort.column], sort.direction, collator);
  }, [dataset, time, nameOf, sort, language]);
  const onSort = (column: CountryColumn) => setSort((current) => nextSort(current, column));

  return (
    <table className="atlas-table">
      <caption>
        {fillTemplate(messages.countriesCaption, { date: formatMoment(time, 'day', language) })}
      </caption>
      <thead>
        <tr>
          <SortableHeader column="name" label={messages.columnName} sort={sort} onSort={onSort} />
          <SortableHeader column="role" label={messages.columnRole} sort={sort} onSort={onSort} />
          <SortableHeader column="troops" label={messages.columnTroops} sort={sort} onSort={onSort} />
          <th scope="col">{messages.columnNote}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const selected = row.id === selectedCountryId;
          return (
            <tr
              key={row.id}
              className={selected ? 'is-current' : undefined}
              aria-current={selected || undefined}
            >
              <th scope="row">
                <button
                  type="button"
                  className="table-choose"
                  aria-pressed={selected}
                  onClick={() => selectCountry(row.id)}
                >
                  {row.name}
                </button>
              </th>
              <td>{panelText[`role_${row.role}`]}</td>
              <td>{panelText[`troops_${row.troops}`]}</td>
              <td>
                {row.since !== null ? (
                  <span className="table-since">
                    {fillTemplate(messages.since, { date: formatMoment(row.since, 'day', language) })}
                  </span>
                ) : null}
                {row.note ? <span className="table-note">{row.note}</span> : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
