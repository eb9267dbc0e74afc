/**
 * Keeps the URL and the store in step, so a link opens exactly what its author saw and the browser's
 * Back/Forward walk through the viewer's selections.
 *
 * - Start-up: the URL is applied to the store at once (before the data loads: the time from `t`, the
 *   layers, the chosen country...). Once the data and the basemap are in, ids that do not exist are
 *   dropped from the store and from the address bar.
 * - Store → URL: a new selection (country, announcement, table view) is a new history entry
 *   (`pushState`); continuous changes (time while playing or scrubbing, layers, language, theme) replace
 *   the current one, so Back never has to step through a hundred timeline positions. Announcements
 *   stepped through quickly (holding an arrow key) also replace, for the same reason.
 * - URL → store: `popstate` re-applies the URL.
 * - The hash is MapLibre's camera (`#zoom/lat/lon`) and is always kept as it is.
 * - Writes happen after the map's next frame, spaced out (`urlWriteScheduler.ts`). One pending write
 *   carries the latest state; a selection arriving while a write is pending writes that one first, so
 *   the history holds the same entries as if every change were written at once. Leaving the page writes
 *   what is pending.
 * - In an embed, nothing is pushed: an iframe's history entries would hijack the host page's Back button.
 */
import type { IndexedDataset } from '../data/derive';
import { addressWithQuery, urlStateOf } from '../state/shareableLink';
import type { AtlasState, AtlasStore } from '../state/store';
import { decodeUrlState, encodeUrlState, type KnownIds, type UrlState } from '../state/url';
import type { BasemapResult } from './loadBasemap';
import { afterNextFrame, type UrlWriteScheduler } from './urlWriteScheduler';

/** The parts of `window` the sync uses; tests pass jsdom's window. */
export type UrlSyncWindow = Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'>;

type HistoryMethod = 'pushState' | 'replaceState';

/** Announcements chosen closer together than this are one scrubbing gesture, not separate selections. */
const STEPPING_INTERVAL_MS = 1000;

/** The store fields a URL sets; the time follows the event, else the latest announcement. */
export function storePatchOf(urlState: UrlState, state: AtlasState): Partial<AtlasState> {
  const { dataset } = state;
  const patch: Partial<AtlasState> = {
    countryId: urlState.countryId,
    eventId: urlState.eventId,
    visibleLayers: urlState.visibleLayers,
    // A page without WebGL stays on the table whatever the link asks.
    view: state.mapUnavailableReason ? 'table' : urlState.view,
    embed: urlState.embed,
    language: urlState.language,
    theme: urlState.theme,
    playing: false,
  };
  const event = urlState.eventId ? dataset?.eventsById.get(urlState.eventId) : undefined;
  const time = urlState.time ?? event?.startTime ?? (dataset ? dataset.events.at(-1)?.startTime : null);
  // Before the data loads a null time lets `setDataset` pick the latest announcement.
  if (time !== undefined && (time !== null || !dataset)) patch.time = time;
  return patch;
}

/** Ids a link may name once everything is loaded: actors, events and every basemap country. */
export function knownIdsOf(dataset: IndexedDataset, basemap: BasemapResult | null): KnownIds {
  const actors = new Set(dataset.actors.map((actor) => actor.id));
  if (basemap?.ok) for (const feature of basemap.countries.features) actors.add(feature.properties.iso3);
  return { actors, events: new Set(dataset.eventsById.keys()) };
}

function isNewSelection(state: AtlasState, previous: AtlasState): boolean {
  return (
    state.countryId !== previous.countryId ||
    state.eventId !== previous.eventId ||
    (state.view !== previous.view && !state.mapUnavailableReason)
  );
}

/**
 * Applies the page's URL to the store and keeps both in step from then on.
 * Returns a function that stops listening (for tests and hot reload).
 */
export function startUrlSync(
  store: AtlasStore,
  basemap: Promise<BasemapResult>,
  target: UrlSyncWindow = window,
  scheduleWrite: UrlWriteScheduler = afterNextFrame(),
): () => void {
  const { location, history } = target;
  const debug = decodeUrlState(location.search, null).debug;
  let knownIds: KnownIds | null = null;
  let applying = false;
  let lastEventPush = Number.NEGATIVE_INFINITY;

  // Changes the URL itself caused must not be written back as new history entries.
  const applyPatch = (patch: Partial<AtlasState>) => {
    applying = true;
    try {
      store.setState(patch);
    } finally {
      applying = false;
    }
  };
  const apply = (urlState: UrlState) => applyPatch(storePatchOf(urlState, store.getState()));
  const queryOf = (state: AtlasState) => encodeUrlState(urlStateOf(state, debug));
  const write = (method: HistoryMethod, query: string) => {
    if (`?${query}` === location.search || (query === '' && location.search === '')) return;
    history[method](history.state, '', addressWithQuery(location.href, query));
  };

  // The write waiting for the next frame, if any, with the query of the latest state it covers.
  let pending: { method: HistoryMethod; query: string } | null = null;
  const writePending = () => {
    const waiting = pending;
    pending = null;
    if (waiting) write(waiting.method, waiting.query);
  };
  const requestWrite = (method: HistoryMethod, query: string) => {
    // Changes merged into one write land where they would have landed one by one, except across a
    // selection: its new entry must start after the state before it, so what is pending goes first.
    if (pending && method === 'pushState') writePending();
    if (pending) {
      pending.query = query;
      return;
    }
    pending = { method, query };
    scheduleWrite(writePending);
  };

  apply(decodeUrlState(location.search, null));

  const unsubscribe = store.subscribe((state, previous) => {
    // Until the ids are checked the link is the truth; loading the data must not rewrite it.
    if (applying || knownIds === null) return;
    const selection = isNewSelection(state, previous);
    const onlyEventChanged =
      selection && state.countryId === previous.countryId && state.view === previous.view;
    const now = Date.now();
    const stepping = onlyEventChanged && now - lastEventPush < STEPPING_INTERVAL_MS;
    if (onlyEventChanged) lastEventPush = now;
    const push = selection && !state.playing && !state.embed && !stepping;
    requestWrite(push ? 'pushState' : 'replaceState', queryOf(state));
  });

  const onPopState = () => {
    // The address the viewer went back to is now the truth; a write still waiting would overwrite it.
    pending = null;
    apply(decodeUrlState(location.search, knownIds));
  };
  target.addEventListener('popstate', onPopState);
  target.addEventListener('pagehide', writePending);

  let stopped = false;
  const whenDataReady = new Promise<IndexedDataset | null>((resolve) => {
    const check = (state: AtlasState): boolean => {
      if (state.dataStatus === 'loading') return false;
      resolve(state.dataStatus === 'ready' ? state.dataset : null);
      return true;
    };
    if (check(store.getState())) return;
    const stop = store.subscribe((state) => {
      if (check(state)) stop();
    });
  });
  void Promise.all([whenDataReady, basemap.catch(() => null)]).then(([dataset, basemapResult]) => {
    if (stopped || !dataset) return;
    knownIds = knownIdsOf(dataset, basemapResult);
    const valid = decodeUrlState(location.search, knownIds);
    const state = store.getState();
    const patch: Partial<AtlasState> = {};
    if (state.countryId && !knownIds.actors.has(state.countryId)) patch.countryId = null;
    if (state.eventId && !knownIds.events.has(state.eventId)) patch.eventId = null;
    // A link naming only an announcement opens at that announcement's moment.
    if (valid.eventId && valid.time === null && state.eventId === valid.eventId) {
      const event = dataset.eventsById.get(valid.eventId);
      if (event) patch.time = event.startTime;
    }
    applyPatch(patch);
    write('replaceState', queryOf(store.getState()));
  });

  return () => {
    stopped = true;
    unsubscribe();
    pending = null;
    target.removeEventListener('popstate', onPopState);
    target.removeEventListener('pagehide', writePending);
  };
}
