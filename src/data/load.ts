/**
 * Loads the data files the app ships (served at `<base>data/…`), parses and validates them.
 * Every failure (missing file, bad JSON, schema or reference error) comes back as a DataProblem so the
 * app can show the editor's message instead of a blank page; this function never rejects.
 */
import { type DataProblem, parseDataFile, type ValidationResult } from './problems';
import { DATA_FILES, type DataFileKey, type Dataset } from './schema';
import { validateDataset } from './validate';

/** Fetches a URL's text; rejects (or throws) when the file cannot be had. */
export type FetchText = (url: string) => Promise<string>;

const FILE_KEYS: DataFileKey[] = ['actors', 'events', 'sites'];

async function readOne(
  fetchText: FetchText,
  baseUrl: string,
  key: DataFileKey,
): Promise<{ ok: true; value: unknown } | { ok: false; problem: DataProblem }> {
  const file = DATA_FILES[key];
  let text: string;
  try {
    text = await fetchText(`${baseUrl}${file}`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { file, path: '$', reason: `could not be loaded (${message})` } };
  }
  return parseDataFile(file, text);
}

/**
 * Loads `${baseUrl}data/actors.json`, `…/events.json` and `…/sites.geojson` in parallel and validates
 * them (without the geographic rules, which need the basemap and belong to the checker).
 */
export async function loadDataset(fetchText: FetchText, baseUrl: string): Promise<ValidationResult<Dataset>> {
  const [actors, events, sites] = await Promise.all(FILE_KEYS.map((key) => readOne(fetchText, baseUrl, key)));
  const unreadable = [actors, events, sites].flatMap((result) =>
    result && !result.ok ? [result.problem] : [],
  );
  if (unreadable.length > 0 || !actors?.ok || !events?.ok || !sites?.ok)
    return { ok: false, problems: unreadable };
  try {
    return validateDataset({ actors: actors.value, events: events.value, sites: sites.value });
  } catch (error) {
    // Validation is written not to throw; this keeps the promise from rejecting if it ever does.
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ file: DATA_FILES.actors, path: '$', reason: `validation failed (${message})` }],
    };
  }
}
