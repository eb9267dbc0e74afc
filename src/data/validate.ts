/**
 * One verdict on the three data files for the app and for `npm run check-data`: the zod schema first,
 * then the rules that span records and files, then (when a basemap is given) the geographic rules.
 * Pure: no I/O, never throws on bad input.
 */
import { checkCrossReferences, type DataFileNames } from './crossReferences';
import { type DataProblem, jsonPath, type ValidationResult } from './problems';
import { actorsFileSchema, DATA_FILES, type Dataset, eventsFileSchema, sitesFileSchema } from './schema';

export type { DataProblem, ValidationResult } from './problems';
export { formatProblem } from './problems';

/** What the three files contained once parsed as JSON, not yet trusted. */
export interface RawDataset {
  actors: unknown;
  events: unknown;
  sites: unknown;
}

export interface ValidationOptions {
  /**
   * Rules that need the basemap (see `geographyRules` in validateGeography.ts). The checker passes them;
   * the app does not, which also keeps turf's heavier geometry out of the page's first load.
   */
  geography?: (dataset: Dataset, files: DataFileNames) => DataProblem[];
  /** File names to report, e.g. when the checker reads another folder; defaults to data/…. */
  fileNames?: Partial<DataFileNames>;
}

interface SchemaIssue {
  path: ReadonlyArray<PropertyKey>;
  message: string;
  code?: string;
  expected?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
}

/** The value at a path of the raw input, and whether the last key exists at all. */
function lookUp(root: unknown, path: ReadonlyArray<PropertyKey>): { present: boolean; value: unknown } {
  let value: unknown = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !(key in value))
      return { present: false, value: undefined };
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return { present: true, value };
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? `"${value}"` : typeof value;
}

/**
 * zod/mini carries no message catalogue ("Invalid input"), so generic issues are put in the editor's
 * terms here; the schema's own messages (e.g. 'expected an https:// URL') are kept as they are.
 */
function reasonOf(issue: SchemaIssue, root: unknown): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  const { present, value } = lookUp(root, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return present
        ? `expected ${issue.expected ?? 'another type'}, got ${describeValue(value)}`
        : 'missing required field';
    case 'invalid_union':
      return 'matches none of the allowed shapes (a site geometry is a Point, Polygon, MultiPolygon or null)';
    case 'invalid_value':
      return `unexpected value ${describeValue(value)}`;
    case 'too_small':
      return `too small: at least ${String(issue.minimum)} expected`;
    case 'too_big':
      return `too big: at most ${String(issue.maximum)} expected`;
    default:
      return issue.message || 'invalid';
  }
}

function schemaProblems(
  file: string,
  schema: { safeParse(value: unknown): { success: boolean; error?: { issues: SchemaIssue[] } } },
  value: unknown,
): DataProblem[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return (result.error?.issues ?? []).map((issue) => ({
    file,
    path: jsonPath(issue.path),
    reason: reasonOf(issue, value),
  }));
}

/**
 * Validates the parsed contents of data/actors.json, data/events.json and data/sites.geojson.
 * Cross-file rules run only once every file matches the schema, since they rely on its shape.
 */
export function validateDataset(raw: RawDataset, options: ValidationOptions = {}): ValidationResult<Dataset> {
  const files: DataFileNames = { ...DATA_FILES, ...options.fileNames };
  const actors = actorsFileSchema.safeParse(raw.actors);
  const events = eventsFileSchema.safeParse(raw.events);
  const sites = sitesFileSchema.safeParse(raw.sites);
  if (!actors.success || !events.success || !sites.success) {
    return {
      ok: false,
      problems: [
        ...schemaProblems(files.actors, actorsFileSchema, raw.actors),
        ...schemaProblems(files.events, eventsFileSchema, raw.events),
        ...schemaProblems(files.sites, sitesFileSchema, raw.sites),
      ],
    };
  }
  const dataset: Dataset = { actors: actors.data, events: events.data, sites: sites.data };
  const problems = checkCrossReferences(dataset, files);
  if (options.geography) problems.push(...options.geography(dataset, files));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, dataset };
}
