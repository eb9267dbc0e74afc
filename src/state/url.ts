/**
 * A typed, pure codec between the URL's query string and the part of the store a link can share
 * (DESIGN.md, "Stable interface"). Decoding never throws: every parameter is read on its own, a bad
 * value falls back to its default and the good ones are kept, so a mangled link still opens something.
 *
 * Decisions a link's reader may rely on:
 * - Repeated parameters: the first value that decodes wins; later ones are ignored.
 * - `layers` absent means the default (all layers). `layers=` (explicitly empty) means "none visible".
 *   A non-empty list whose entries are all unknown is malformed and also means the default, so a typo
 *   cannot blank the map.
 * - `t` accepts `YYYY-MM-DD` (00:00 UTC) or an ISO instant with `Z` or an offset, between the years 2000
 *   and 2100. A `+` in an offset that the query string turned into a space is read back as `+`.
 *   It is always written in UTC, as a date when it falls on midnight UTC.
 * - Ids are matched case-insensitively and written in their canonical case.
 * - `debug=1` passes through untouched; other unknown parameters are dropped.
 */
import { isRealCalendarDay } from '../data/schema';
import { LANGUAGES, LAYER_IDS, type Language, type LayerId } from './slices/viewSlice';

/** What a link says about the view; every field holds a default when the link is silent. */
export interface UrlState {
  /** The moment shown, in ms since the epoch; null means "the latest announcement". */
  time: number | null;
  countryId: string | null;
  eventId: string | null;
  /** Visible layers in the canonical order of `LAYER_IDS`. */
  visibleLayers: LayerId[];
  view: 'map' | 'table';
  embed: boolean;
  language: Language;
  theme: 'system' | 'light' | 'dark';
  debug: boolean;
}

/** Ids that exist once the data (and basemap) are loaded; `actors` includes basemap country codes. */
export interface KnownIds {
  actors: Set<string>;
  events: Set<string>;
}

export const DEFAULT_URL_STATE: Readonly<UrlState> = Object.freeze({
  time: null,
  countryId: null,
  eventId: null,
  visibleLayers: [...LAYER_IDS],
  view: 'map',
  embed: false,
  language: 'en',
  theme: 'system',
  debug: false,
});

/** The earliest and latest moments a link may name: the years 2000 to 2100, inclusive. */
export const EARLIEST_LINK_TIME = Date.UTC(2000, 0, 1);
export const LATEST_LINK_TIME = Date.UTC(2101, 0, 1) - 1;

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-](\d{2}):(\d{2}))$/;
const COUNTRY_ID = /^([A-Z]{3}|EU|NATO)$/;
const EVENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Longer ids are not ids anyone wrote; refusing them keeps hostile links cheap to decode. */
const MAXIMUM_ID_LENGTH = 120;

/** Parses a link's `t` into ms since the epoch, or null when it is not a real moment in range. */
export function parseLinkTime(value: string): number | null {
  // The query string decodes `+` as a space, so an unescaped offset such as +01:00 arrives as " 01:00".
  const text = value.trim().replace(/ /g, '+');
  let time: number;
  const dateMatch = DATE_ONLY.exec(text);
  const instantMatch = dateMatch ? null : INSTANT.exec(text);
  if (dateMatch) {
    if (!isRealCalendarDay(Number(dateMatch[1]), Number(dateMatch[2]), Number(dateMatch[3]))) return null;
    time = Date.parse(`${text}T00:00:00Z`);
  } else if (instantMatch) {
    const [, year, month, day, hours, minutes, seconds = '0', , , offsetHours, offsetMinutes] = instantMatch;
    if (!isRealCalendarDay(Number(year), Number(month), Number(day))) return null;
    if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) return null;
    if (offsetHours !== undefined && (Number(offsetHours) > 23 || Number(offsetMinutes) > 59)) return null;
    time = Date.parse(text);
  } else {
    return null;
  }
  if (!Number.isFinite(time) || time < EARLIEST_LINK_TIME || time > LATEST_LINK_TIME) return null;
  return time;
}

/** Writes a moment the way links carry it: a date at midnight UTC, else a UTC instant. */
export function formatLinkTime(time: number): string {
  const iso = new Date(time).toISOString();
  if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10);
  if (iso.endsWith(':00.000Z')) return `${iso.slice(0, 16)}Z`;
  return iso.endsWith('.000Z') ? `${iso.slice(0, 19)}Z` : iso;
}

function decodeCountry(value: string, known: KnownIds | null): string | null {
  const id = value.trim().toUpperCase();
  if (!COUNTRY_ID.test(id)) return null;
  return known && !known.actors.has(id) ? null : id;
}

function decodeEvent(value: string, known: KnownIds | null): string | null {
  const id = value.trim().toLowerCase();
  if (id.length > MAXIMUM_ID_LENGTH || !EVENT_ID.test(id)) return null;
  return known && !known.events.has(id) ? null : id;
}

function decodeLayers(value: string): LayerId[] | null {
  if (value.trim() === '') return [];
  const named = new Set(value.split(',').map((entry) => entry.trim().toLowerCase()));
  const layers = LAYER_IDS.filter((id) => named.has(id));
  return layers.length > 0 ? layers : null;
}

function isOneOf<Value extends string>(options: readonly Value[], value: string): value is Value {
  return (options as readonly string[]).includes(value);
}

/** The first value of a parameter that `decode` accepts, or undefined. */
function firstDecoded<Value>(
  parameters: URLSearchParams,
  name: string,
  decode: (value: string) => Value | null,
): Value | undefined {
  for (const value of parameters.getAll(name)) {
    const decoded = decode(value);
    if (decoded !== null) return decoded;
  }
  return undefined;
}

/**
 * Reads a query string (with or without its leading `?`). With `knownIds`, country and event ids
 * that do not exist are dropped too; without (before the data loads) only their shape is checked.
 */
export function decodeUrlState(search: string, knownIds: KnownIds | null): UrlState {
  let parameters: URLSearchParams;
  try {
    parameters = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  } catch {
    return { ...DEFAULT_URL_STATE, visibleLayers: [...LAYER_IDS] };
  }
  const lowerCase = (value: string) => value.trim().toLowerCase();
  return {
    time: firstDecoded(parameters, 't', parseLinkTime) ?? null,
    countryId: firstDecoded(parameters, 'country', (value) => decodeCountry(value, knownIds)) ?? null,
    eventId: firstDecoded(parameters, 'event', (value) => decodeEvent(value, knownIds)) ?? null,
    visibleLayers: firstDecoded(parameters, 'layers', decodeLayers) ?? [...LAYER_IDS],
    view:
      firstDecoded(parameters, 'view', (value) => (lowerCase(value) === 'table' ? 'table' : null)) ?? 'map',
    embed: firstDecoded(parameters, 'embed', (value) => (value.trim() === '1' ? true : null)) ?? false,
    language:
      firstDecoded(parameters, 'lang', (value) => {
        const language = lowerCase(value);
        return isOneOf(LANGUAGES, language) ? language : null;
      }) ?? 'en',
    theme:
      firstDecoded(parameters, 'theme', (value) => {
        const theme = lowerCase(value);
        return theme === 'light' || theme === 'dark' ? theme : null;
      }) ?? 'system',
    debug: firstDecoded(parameters, 'debug', (value) => (value === '1' ? true : null)) ?? false,
  };
}

function sameLayers(first: readonly LayerId[], second: readonly LayerId[]): boolean {
  return first.length === second.length && first.every((layer, index) => layer === second[index]);
}

/**
 * Writes the canonical query string (without `?`): parameters in a fixed order, defaults omitted,
 * commas in `layers` left readable. The same state always gives the same string.
 */
export function encodeUrlState(state: UrlState): string {
  const parts: string[] = [];
  // Colons are legal in a query and keep times readable in a shared link.
  const add = (name: string, value: string) =>
    parts.push(`${name}=${encodeURIComponent(value).replace(/%3A/g, ':')}`);
  if (state.time !== null && Number.isFinite(state.time)) add('t', formatLinkTime(state.time));
  if (state.countryId) add('country', state.countryId);
  if (state.eventId) add('event', state.eventId);
  const layers = LAYER_IDS.filter((id) => state.visibleLayers.includes(id));
  if (!sameLayers(layers, LAYER_IDS)) parts.push(`layers=${layers.join(',')}`);
  if (state.view === 'table') add('view', 'table');
  if (state.embed) add('embed', '1');
  if (state.language !== 'en') add('lang', state.language);
  if (state.theme !== 'system') add('theme', state.theme);
  if (state.debug) add('debug', '1');
  return parts.join('&');
}
