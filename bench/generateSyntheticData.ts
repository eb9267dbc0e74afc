/**
 * A large, realistic, deterministic data set for the benchmark: 10,000 announcements and 1,000 sites
 * over the real actors, valid against src/data/schema.ts. It answers "does a step stay fast when the
 * data grows three hundred times?" without anyone writing 10,000 announcements.
 *
 * Run on its own to write the three files into a folder:
 *   npx tsx bench/generateSyntheticData.ts <folder>
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type Actor,
  type AtlasEvent,
  type Dataset,
  ROLES,
  SITE_KINDS,
  SITE_PRECISIONS,
  SITE_STATUSES,
  type SiteFeature,
  type Statement,
  type StatusEntry,
  TROOP_COMMITMENTS,
} from '../src/data/schema';
import { SeededRandom } from './seededRandom';

export interface SyntheticOptions {
  seed: number;
  announcements: number;
  sites: number;
}

export const DEFAULT_SYNTHETIC_OPTIONS: SyntheticOptions = {
  seed: 20260106,
  announcements: 10_000,
  sites: 1_000,
};

/** The period the synthetic announcements span (inside the checker's plausible range). */
const PERIOD_START = Date.UTC(2025, 0, 1);
const PERIOD_END = Date.UTC(2026, 11, 31);
const DAY_MS = 86_400_000;

/** Places where such announcements are made; all inside the benchmark's stepping camera. */
const PLACES = [
  { name: 'Paris', lon: 2.3522, lat: 48.8566 },
  { name: 'London', lon: -0.1276, lat: 51.5072 },
  { name: 'Berlin', lon: 13.405, lat: 52.52 },
  { name: 'Kyiv', lon: 30.5234, lat: 50.4501 },
  { name: 'Warsaw', lon: 21.0122, lat: 52.2297 },
  { name: 'Brussels', lon: 4.3517, lat: 50.8503 },
  { name: 'Rome', lon: 12.4964, lat: 41.9028 },
  { name: 'Madrid', lon: -3.7038, lat: 40.4168 },
  { name: 'Stockholm', lon: 18.0686, lat: 59.3293 },
  { name: 'Bucharest', lon: 26.1025, lat: 44.4268 },
  { name: 'Vilnius', lon: 25.2797, lat: 54.6872 },
  { name: 'Copenhagen', lon: 12.5683, lat: 55.6761 },
] as const;

const LANGUAGES = ['en', 'fr', 'de', 'uk', 'pl', 'it'] as const;
const OFFICES = [
  'Prime Minister',
  'President',
  'Minister of Defence',
  'Foreign Minister',
  'Chief of Defence',
];
const TOPICS = [
  'air policing',
  'maritime security',
  'training mission',
  'reassurance force',
  'logistics hub',
];

function sourceUrl(kind: string, index: number): string {
  return `https://synthetic.example.org/${kind}/${index}`;
}

function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** Mostly minute-precise instants, some whole days, as editors write them. */
function momentOf(time: number, precision: AtlasEvent['precision']): string {
  return precision === 'day' ? isoDay(time) : `${new Date(time).toISOString().slice(0, 16)}:00Z`;
}

/** Distinct days inside the period, sorted: the dates an actor's standing changed. */
function statusDays(random: SeededRandom, count: number): string[] {
  const days = new Set<string>();
  while (days.size < count) days.add(isoDay(random.between(PERIOD_START, PERIOD_END)));
  return [...days].sort();
}

function syntheticActors(random: SeededRandom, realActors: readonly Actor[]): Actor[] {
  return realActors.map((actor) => {
    const status: StatusEntry[] = statusDays(random, random.integer(3, 10)).map((from, index) => ({
      from,
      role: random.pick(ROLES),
      troops: random.pick(TROOP_COMMITMENTS),
      note: `Synthetic change ${index + 1} for ${actor.name}.`,
      sources: [sourceUrl('status', index)],
    }));
    return { id: actor.id, name: actor.name, kind: actor.kind, status };
  });
}

function syntheticStatement(
  random: SeededRandom,
  eventIndex: number,
  index: number,
  actorIds: string[],
): Statement {
  const language = random.pick(LANGUAGES);
  const topic = random.pick(TOPICS);
  return {
    id: `statement-${eventIndex}-${index}`,
    speaker: `Speaker ${random.integer(1, 400)}`,
    office: random.pick(OFFICES),
    actor: random.pick(actorIds),
    text: `We will contribute to the ${topic} as soon as a ceasefire holds (synthetic statement ${eventIndex}.${index}).`,
    language,
    ...(language === 'en'
      ? {}
      : { translation: `Translation of synthetic statement ${eventIndex}.${index}.` }),
    sources: [sourceUrl('statement', eventIndex)],
  };
}

function syntheticEvents(random: SeededRandom, count: number, actorIds: string[]): AtlasEvent[] {
  const times = Array.from({ length: count }, () => random.between(PERIOD_START, PERIOD_END)).sort(
    (a, b) => a - b,
  );
  return times.map((time, index) => {
    const precision = random.pick(['minute', 'minute', 'hour', 'day'] as const);
    const place = random.pick(PLACES);
    const topic = random.pick(TOPICS);
    return {
      id: `synthetic-announcement-${index + 1}`,
      start: momentOf(time, precision),
      precision,
      place: { ...place },
      title: `Talks in ${place.name} on the ${topic}`,
      summary: `Leaders met in ${place.name} to discuss the ${topic}; synthetic announcement ${index + 1} of ${count}.`,
      actors: random.sample(actorIds, random.integer(1, 6)),
      sources: [sourceUrl('announcement', index)],
      statements: Array.from({ length: random.integer(0, 3) }, (_, statement) =>
        syntheticStatement(random, index + 1, statement + 1, actorIds),
      ),
    };
  });
}

/** A small square around a point: a region a source names without a precise site. */
function squareAround(lon: number, lat: number, halfSize: number): number[][] {
  return [
    [lon - halfSize, lat - halfSize],
    [lon + halfSize, lat - halfSize],
    [lon + halfSize, lat + halfSize],
    [lon - halfSize, lat + halfSize],
    [lon - halfSize, lat - halfSize],
  ];
}

function syntheticSites(
  random: SeededRandom,
  count: number,
  countryIds: string[],
  events: AtlasEvent[],
): SiteFeature[] {
  return Array.from({ length: count }, (_, index): SiteFeature => {
    const precision = SITE_PRECISIONS[index % SITE_PRECISIONS.length] ?? 'site';
    const announcement = random.pick(events);
    const fromTime = Date.parse(`${announcement.start.slice(0, 10)}T00:00:00Z`);
    const place = random.pick(PLACES);
    const lon = place.lon + random.between(-2, 2);
    const lat = place.lat + random.between(-1.5, 1.5);
    const geometry: SiteFeature['geometry'] =
      precision === 'site' || precision === 'city'
        ? { type: 'Point', coordinates: [lon, lat] }
        : precision === 'region'
          ? {
              type: 'Polygon',
              coordinates: [squareAround(lon, lat, random.between(0.2, 0.8))] as [number, number][][],
            }
          : null;
    const nations = random.sample(countryIds, random.integer(1, 2));
    const ends = random.next() < 0.3 && fromTime + 30 * DAY_MS < PERIOD_END;
    return {
      type: 'Feature',
      geometry,
      properties: {
        id: `synthetic-site-${index + 1}`,
        kind: SITE_KINDS[index % SITE_KINDS.length] ?? 'hub',
        label: `Synthetic site ${index + 1} near ${place.name}`,
        status: random.pick(SITE_STATUSES),
        precision,
        nations,
        announcedIn: announcement.id,
        from: isoDay(fromTime),
        ...(ends ? { to: isoDay(random.between(fromTime + 30 * DAY_MS, PERIOD_END)) } : {}),
        note: 'Synthetic site for the benchmark.',
        sources: [sourceUrl('site', index)],
      },
    };
  });
}

/** Builds the data set; the same options always give the same data. */
export function generateSyntheticData(
  realActors: readonly Actor[],
  options = DEFAULT_SYNTHETIC_OPTIONS,
): Dataset {
  const random = new SeededRandom(options.seed);
  const actors = syntheticActors(random, realActors);
  const actorIds = actors.map((actor) => actor.id);
  const countryIds = actors.filter((actor) => actor.kind === 'country').map((actor) => actor.id);
  const events = syntheticEvents(random, options.announcements, actorIds);
  const sites = syntheticSites(random, options.sites, countryIds, events);
  return { actors, events, sites: { type: 'FeatureCollection', features: sites } };
}

/** Writes the data set as data/actors.json, events.json and sites.geojson would be written. */
export function writeSyntheticData(folder: string, dataset: Dataset): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'actors.json'), JSON.stringify(dataset.actors));
  writeFileSync(join(folder, 'events.json'), JSON.stringify(dataset.events));
  writeFileSync(join(folder, 'sites.geojson'), JSON.stringify(dataset.sites));
}

/** The real actors, read from data/actors.json. */
export function readRealActors(): Actor[] {
  return JSON.parse(readFileSync(resolve('data/actors.json'), 'utf8')) as Actor[];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const folder = process.argv[2];
  if (!folder) {
    console.error('usage: tsx bench/generateSyntheticData.ts <folder>');
    process.exit(2);
  }
  writeSyntheticData(folder, generateSyntheticData(readRealActors()));
  console.log(`wrote synthetic actors.json, events.json and sites.geojson to ${folder}`);
}
