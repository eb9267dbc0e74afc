/**
 * How the checker and the app name a mistake in the data: the file, the JSON path inside it, and why.
 * One format for both, so an editor can paste what the app shows into a search of the file.
 */

/** A problem in a data file, e.g. `{ file: 'data/actors.json', path: '$[3].status[0].from', reason: '…' }`. */
export interface DataProblem {
  file: string;
  path: string;
  reason: string;
}

/** The result of validating (or loading) the three data files. */
export type ValidationResult<Dataset> =
  | { ok: true; dataset: Dataset }
  | { ok: false; problems: DataProblem[] };

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * A JSONPath for a list of keys and indexes: `['status', 0, 'from']` → `$.status[0].from`.
 * Keys that are not identifiers are bracketed and quoted so the path stays unambiguous.
 */
export function jsonPath(segments: ReadonlyArray<PropertyKey>): string {
  let path = '$';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (typeof segment === 'string' && IDENTIFIER.test(segment)) path += `.${segment}`;
    else path += `[${JSON.stringify(String(segment))}]`;
  }
  return path;
}

/** `file: path: reason`, the one-line form the checker prints and the app shows. */
export function formatProblem(problem: DataProblem): string {
  return `${problem.file}: ${problem.path}: ${problem.reason}`;
}

/** Parses a data file's text; a syntax error becomes a problem at `$` instead of an exception. */
export function parseDataFile(
  file: string,
  text: string,
): { ok: true; value: unknown } | { ok: false; problem: DataProblem } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { file, path: '$', reason: `not valid JSON (${message})` } };
  }
}
