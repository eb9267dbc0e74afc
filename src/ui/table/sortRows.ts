/**
 * Sorting for the table view: pure, stable, and aware of the UI language (a collator, so "Österreich"
 * sorts with the O's in German). Categories (role, troops) sort by meaning, not alphabetically.
 */
import type { Role, TroopCommitment } from '../../data/schema';

export type SortDirection = 'ascending' | 'descending';

export interface SortState<Column extends string> {
  column: Column;
  direction: SortDirection;
}

/** A sort key: numbers compare numerically, strings with the collator. */
export type SortKey = number | string;

/** Coalition first, then those taking part, then the rest. */
export const ROLE_ORDER: Record<Role, number> = { member: 0, participant: 1, not_member: 2 };

/** From the firmest commitment to none. */
export const TROOP_ORDER: Record<TroopCommitment, number> = {
  deployed: 0,
  approved: 1,
  declared: 2,
  conditional: 3,
  unclear: 4,
  ruled_out: 5,
};

/**
 * Rows sorted by one column. Ties keep their original order (and so their secondary meaning, e.g.
 * chronology), in both directions, so flipping a column never shuffles equal rows.
 */
export function sortRows<Row>(
  rows: readonly Row[],
  keyOf: (row: Row) => SortKey,
  direction: SortDirection,
  collator: Intl.Collator,
): Row[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, key: keyOf(row) }))
    .sort((first, second) => {
      const order =
        typeof first.key === 'number' && typeof second.key === 'number'
          ? first.key - second.key
          : collator.compare(String(first.key), String(second.key));
      return order !== 0 ? sign * order : first.index - second.index;
    })
    .map((entry) => entry.row);
}

/** The next sort after a header press: the same column flips, a new column starts ascending. */
export function nextSort<Column extends string>(
  current: SortState<Column>,
  column: Column,
): SortState<Column> {
  if (current.column !== column) return { column, direction: 'ascending' };
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
