/**
 * CSV of what the map shows: one row per actor with its standing as of the chosen moment.
 * Cells are escaped for RFC 4180 and against formula injection, because a spreadsheet opens
 * this file and our data quotes text from the outside world.
 */
import type { IndexedDataset } from '../../data/derive';
import { standingAsOf } from '../../state/selectors';

/** Characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell: a leading formula character gets an apostrophe so Excel, LibreOffice and Sheets
 * show it as text; quotes are doubled and the cell quoted when it holds a comma, quote or line break.
 */
export function escapeCsvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text with CRLF line ends (RFC 4180), which every spreadsheet reads. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  return `${rows.map((row) => row.map(escapeCsvCell).join(',')).join('\r\n')}\r\n`;
}

export const COUNTRY_CSV_HEADER = [
  'id',
  'name',
  'role',
  'troops',
  'as_of',
  'latest_note',
  'sources',
] as const;

/**
 * One row per actor: role and troops as of `time`, the latest note at or before it, and the sources
 * of the entry in force (space-separated, as URLs cannot contain spaces).
 */
export function countryRows(dataset: IndexedDataset, time: number): string[][] {
  const asOf = new Date(time).toISOString();
  return dataset.actors.map((actor) => {
    const standing = standingAsOf(actor, time);
    const earlier = actor.status.filter((entry) => entry.fromTime <= time);
    const latestNote = earlier.findLast((entry) => entry.note?.trim())?.note ?? '';
    return [
      actor.id,
      actor.name,
      standing.role,
      standing.troops,
      asOf,
      latestNote,
      (standing.entry?.sources ?? []).join(' '),
    ];
  });
}

/** The whole CSV file of actors as of `time`. */
export function countriesCsv(dataset: IndexedDataset, time: number): string {
  return toCsv([[...COUNTRY_CSV_HEADER], ...countryRows(dataset, time)]);
}
