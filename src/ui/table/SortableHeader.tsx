import type { SortState } from './sortRows';

interface SortableHeaderProps<Column extends string> {
  column: Column;
  label: string;
  sort: SortState<Column>;
  onSort: (column: Column) => void;
}

/**
 * A column header whose button sorts by it. The sorted column carries `aria-sort`, which screen
 * readers announce with the header; the arrow is only for sighted readers.
 */
export function SortableHeader<Column extends string>({
  column,
  label,
  sort,
  onSort,
}: SortableHeaderProps<Column>) {
  const sorted = sort.column === column;
  return (
    <th scope="col" aria-sort={sorted ? sort.direction : 'none'}>
      <button type="button" className="table-sort" onClick={() => onSort(column)}>
        {label}
        <span className="table-sort-arrow" aria-hidden="true">
          {sorted ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
