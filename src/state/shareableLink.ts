/**
 * The link to exactly what the viewer sees: the page's address with the store's shareable state as its
 * query. The URL sync writes it to the address bar a frame late (`src/app/urlWriteScheduler.ts`), so
 * whatever shows or copies a link builds it from the store here rather than reading the address bar.
 */
import type { AtlasState } from './store';
import { decodeUrlState, encodeUrlState, type UrlState } from './url';

/** The shareable part of the store, with "implied" values left out so links stay short and canonical. */
export function urlStateOf(state: AtlasState, debug: boolean): UrlState {
  return {
    time: impliedTime(state) === state.time ? null : state.time,
    countryId: state.countryId,
    eventId: state.eventId,
    visibleLayers: state.visibleLayers,
    view: state.view,
    embed: state.embed,
    language: state.language,
    theme: state.theme,
    debug,
  };
}

/** The time a link need not spell out: the chosen announcement's, else the latest announcement's. */
function impliedTime(state: AtlasState): number | null {
  const { dataset, eventId } = state;
  if (!dataset) return null;
  const chosen = eventId ? dataset.eventsById.get(eventId) : undefined;
  if (chosen) return chosen.startTime;
  return eventId ? null : (dataset.events.at(-1)?.startTime ?? null);
}

/**
 * `href` with its query replaced. Built from the whole address: a path such as `//` would otherwise
 * read as another host.
 */
export function addressWithQuery(href: string, query: string): string {
  const address = new URL(href);
  address.search = query;
  return address.href;
}

/** The link to the state in `state`, on the page at `href` (its path, `debug` flag and camera hash kept). */
export function shareableLink(state: AtlasState, href: string): string {
  const address = new URL(href);
  const debug = decodeUrlState(address.search, null).debug;
  return addressWithQuery(href, encodeUrlState(urlStateOf(state, debug)));
}
