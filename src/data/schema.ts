/**
 * The data contract of Coalition Atlas (see data/README.md and DESIGN.md).
 * One schema serves the app at run time and `npm run check-data`, so an editor and a viewer
 * always see the same verdict on the same files.
 */
// zod/mini: the same validator with a functional API, ~7 KB gzip instead of ~24 KB for classic zod;
// the app validates data at run time, so this is on the first-load budget (DESIGN.md, Budgets).
import * as z from 'zod/mini';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:Z|[+-]\d{2}:\d{2})$/;

/** True when year-month-day names a day that exists (rejects 2025-02-30). */
export function isRealCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A calendar date `YYYY-MM-DD` that exists. */
export const calendarDateSchema = z.string().check(
  z.refine((value) => {
    const match = DATE_ONLY.exec(value);
    return match !== null && isRealCalendarDay(Number(match[1]), Number(match[2]), Number(match[3]));
  }, 'expected a real calendar date YYYY-MM-DD'),
);

/**
 * A moment: a real calendar date, or an ISO 8601 date-time with an explicit offset
 * (`2026-01-06T17:45:00Z`, `2026-01-06T18:45+01:00`). Offsets are required because a time without
 * one is ambiguous across the coalition's time zones.
 */
export const momentSchema = z.string().check(
  z.refine((value) => {
    const dateMatch = DATE_ONLY.exec(value);
    if (dateMatch) return isRealCalendarDay(Number(dateMatch[1]), Number(dateMatch[2]), Number(dateMatch[3]));
    const match = INSTANT_WITH_OFFSET.exec(value);
    if (!match) return false;
    const [hours, minutes, seconds] = [Number(match[4]), Number(match[5]), Number(match[6] ?? 0)];
    return (
      isRealCalendarDay(Number(match[1]), Number(match[2]), Number(match[3])) &&
      hours < 24 &&
      minutes < 60 &&
      seconds < 60 &&
      !Number.isNaN(Date.parse(value))
    );
  }, 'expected a date YYYY-MM-DD or an ISO 8601 date-time with offset, e.g. 2026-01-06T17:45:00Z'),
);

/** Every fact cites at least one https source. */
export const sourceUrlSchema = z.string().check(
  z.refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' && url.hostname.includes('.');
    } catch {
      return false;
    }
  }, 'expected an https:// URL'),
);
export const sourcesSchema = z.array(sourceUrlSchema).check(z.minLength(1, 'needs at least one source'));

/** ISO 3166-1 alpha-3 for countries; `EU` and `NATO` for the two institutions. */
export const actorIdSchema = z
  .string()
  .check(z.regex(/^([A-Z]{3}|EU|NATO)$/, 'expected an ISO 3166-1 alpha-3 code (e.g. FRA) or EU or NATO'));
/** Lower-case slug ids for events, statements, sites and commitments. */
export const slugSchema = z
  .string()
  .check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lower-case slug such as paris-summit-2026-01-06'));
/** BCP 47 language tag such as `en`, `de`, `uk`, `fr`. */
export const languageSchema = z
  .string()
  .check(z.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'expected a BCP 47 language tag such as en or de'));
const nonEmptyText = z.string().check(z.refine((value) => value.trim().length > 0, 'must not be empty'));

export const ROLES = ['member', 'participant', 'not_member'] as const;
export const TROOP_COMMITMENTS = [
  'deployed',
  'approved',
  'conditional',
  'declared',
  'ruled_out',
  'unclear',
] as const;
/** An enum whose error names the allowed values, so an editor sees what to write instead. */
function oneOf<const Values extends readonly [string, ...string[]]>(values: Values) {
  return z.enum(values, { error: `expected one of ${values.join(', ')}` });
}

export const roleSchema = oneOf(ROLES);
export const troopCommitmentSchema = oneOf(TROOP_COMMITMENTS);

/** Where sources disagree, both sides are recorded and the UI shows them. */
export const disagreementSchema = z.object({
  topic: nonEmptyText,
  detail: nonEmptyText,
  sources: z.array(sourceUrlSchema).check(z.minLength(2, 'a disagreement cites at least two sources')),
});

export const statusEntrySchema = z.object({
  from: momentSchema,
  role: roleSchema,
  troops: troopCommitmentSchema,
  note: z.optional(z.string()),
  sources: sourcesSchema,
});

export const actorSchema = z.object({
  id: actorIdSchema,
  name: nonEmptyText,
  kind: oneOf(['country', 'institution']),
  status: z.array(statusEntrySchema).check(z.minLength(1, 'needs at least one status entry')),
  disagreements: z.optional(z.array(disagreementSchema)),
});
export const actorsFileSchema = z.array(actorSchema);

export const statementSchema = z.object({
  id: slugSchema,
  speaker: nonEmptyText,
  office: nonEmptyText,
  actor: actorIdSchema,
  /** Verbatim, in the language it was spoken or published in. */
  text: nonEmptyText,
  language: languageSchema,
  /** English translation where `language` is not English; say whose in `note`. */
  translation: z.optional(z.string()),
  /** When the statement was made, if it differs from its event's start. */
  at: z.optional(momentSchema),
  note: z.optional(z.string()),
  sources: sourcesSchema,
});

/** One wording of a commitment: the official text, or how a report paraphrased it. */
export const wordingSchema = z.object({
  text: nonEmptyText,
  language: languageSchema,
  translation: z.optional(z.string()),
  kind: oneOf(['official', 'reported']),
  source: sourceUrlSchema,
});

/** A commitment of a declaration (the five points of the Paris Declaration). */
export const commitmentSchema = z.object({
  id: slugSchema,
  /** Position in the published text, from 1. */
  order: z.int().check(z.minimum(1)),
  title: nonEmptyText,
  summary: nonEmptyText,
  wordings: z.array(wordingSchema).check(z.minLength(1)),
  actors: z.array(actorIdSchema).check(z.minLength(1)),
  note: z.optional(z.string()),
  sources: sourcesSchema,
});

export const placeSchema = z.object({
  name: nonEmptyText,
  lon: z.number().check(z.minimum(-180), z.maximum(180)),
  lat: z.number().check(z.minimum(-90), z.maximum(90)),
});

export const eventSchema = z.object({
  id: slugSchema,
  start: momentSchema,
  precision: oneOf(['minute', 'hour', 'day']),
  place: placeSchema,
  title: nonEmptyText,
  summary: nonEmptyText,
  actors: z.array(actorIdSchema),
  sources: sourcesSchema,
  statements: z.array(statementSchema),
  commitments: z.optional(z.array(commitmentSchema)),
  disagreements: z.optional(z.array(disagreementSchema)),
  note: z.optional(z.string()),
});
export const eventsFileSchema = z.array(eventSchema);

export const SITE_KINDS = [
  'hub',
  'headquarters',
  'coordination',
  'deployment_candidate',
  'existing_deployment',
  'monitoring',
] as const;
export const SITE_STATUSES = ['announced', 'reported', 'speculative'] as const;
export const SITE_PRECISIONS = ['site', 'city', 'region', 'country', 'undisclosed'] as const;

export const sitePropertiesSchema = z.object({
  id: slugSchema,
  kind: oneOf(SITE_KINDS),
  label: nonEmptyText,
  status: oneOf(SITE_STATUSES),
  precision: oneOf(SITE_PRECISIONS),
  nations: z.array(actorIdSchema).check(z.minLength(1)),
  /**
   * The country the site lies in (ISO alpha-3). Optional, added compatibly: without it the host is
   * read from `nations` (the second nation when there are several, else the only one). Geographic checks use it.
   */
  country: z.optional(actorIdSchema),
  announcedIn: slugSchema,
  from: momentSchema,
  to: z.optional(momentSchema),
  note: z.string(),
  sources: sourcesSchema,
});

const positionSchema = z.tuple([
  z.number().check(z.minimum(-180), z.maximum(180)),
  z.number().check(z.minimum(-90), z.maximum(90)),
]);
const ringSchema = z.array(positionSchema).check(z.minLength(4));
export const siteGeometrySchema = z.union([
  z.object({ type: z.literal('Point'), coordinates: positionSchema }),
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ringSchema).check(z.minLength(1)) }),
  z.object({
    type: z.literal('MultiPolygon'),
    coordinates: z.array(z.array(ringSchema).check(z.minLength(1))).check(z.minLength(1)),
  }),
]);

/**
 * Geometry rules by precision: `site` and `city` are Points; `region` is a Polygon or MultiPolygon;
 * `country` and `undisclosed` carry no geometry (null): the app draws them from the basemap
 * (the nation's outline) or as the "location undisclosed" area, never as an invented pin.
 */
export const siteFeatureSchema = z
  .object({
    type: z.literal('Feature'),
    geometry: z.nullable(siteGeometrySchema),
    properties: sitePropertiesSchema,
  })
  .check(
    z.superRefine((feature, context) => {
      const { precision } = feature.properties;
      const geometryType = feature.geometry?.type ?? null;
      const expected: Array<string | null> =
        precision === 'site' || precision === 'city'
          ? ['Point']
          : precision === 'region'
            ? ['Polygon', 'MultiPolygon']
            : [null];
      if (!expected.includes(geometryType)) {
        context.addIssue({
          code: 'custom',
          input: feature.geometry,
          path: ['geometry'],
          message: `precision "${precision}" needs geometry ${expected.map((type) => type ?? 'null').join(' or ')}, got ${geometryType ?? 'null'}`,
        });
      }
    }),
  );

export const sitesFileSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(siteFeatureSchema),
});

export type Role = z.infer<typeof roleSchema>;
export type TroopCommitment = z.infer<typeof troopCommitmentSchema>;
export type StatusEntry = z.infer<typeof statusEntrySchema>;
export type Disagreement = z.infer<typeof disagreementSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type Statement = z.infer<typeof statementSchema>;
export type Wording = z.infer<typeof wordingSchema>;
export type Commitment = z.infer<typeof commitmentSchema>;
export type AtlasEvent = z.infer<typeof eventSchema>;
export type SiteProperties = z.infer<typeof sitePropertiesSchema>;
export type SiteFeature = z.infer<typeof siteFeatureSchema>;
export type SitesFile = z.infer<typeof sitesFileSchema>;
export type SiteKind = (typeof SITE_KINDS)[number];
export type SitePrecision = (typeof SITE_PRECISIONS)[number];
export type SiteStatus = (typeof SITE_STATUSES)[number];

/** The three data files as the app holds them once validated. */
export interface Dataset {
  actors: Actor[];
  events: AtlasEvent[];
  sites: SitesFile;
}

/** The names of the data files, as problems report them. */
export const DATA_FILES = {
  actors: 'data/actors.json',
  events: 'data/events.json',
  sites: 'data/sites.geojson',
} as const;
export type DataFileKey = keyof typeof DATA_FILES;
