/**
 * Start-up outside React: expose the debug handle, load the data into the store and fetch the basemap.
 * Both loads run in parallel; each reports failure as a message rather than throwing.
 */
import { indexDataset } from '../data/derive';
import { loadDataset } from '../data/load';
import { translationsSettled } from '../i18n/loadTranslations';
import { loadLabelFont } from '../map/loadLabelFont';
import { startMapWorker } from '../map/mapWorker';
import type { AtlasStore } from '../state/store';
import { installDebugHandle } from './debugHandle';
import { type BasemapResult, loadBasemap } from './loadBasemap';
import { startUrlSync } from './urlSync';
import { webglUnavailableReason } from './webglSupport';

/** The base URL the app was served from, so it also works from a sub-folder. */
export function appBaseUrl(location: Pick<Location, 'href'>): string {
  return new URL('./', location.href).href;
}

export function startAtlas(
  store: AtlasStore,
  location: Pick<Location, 'href' | 'search'>,
): Promise<BasemapResult> {
  installDebugHandle(store, location.search);
  const baseUrl = appBaseUrl(location);
  const basemap = loadBasemap(baseUrl);
  // Decided before the link is applied, so a page without WebGL opens on the table whatever the link says.
  const webglProblem = webglUnavailableReason();
  if (webglProblem) store.getState().setMapUnavailable(webglProblem);
  // The link's time, country and layers reach the store before the data, so nothing flashes a default.
  startUrlSync(store, basemap);
  // The map's worker starts loading now, in parallel with the data, unless no map will be drawn.
  if (!webglProblem && store.getState().view !== 'table') startMapWorker();
  void loadDataset(async (url) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.text();
  }, baseUrl).then((result) => {
    if (result.ok) store.getState().setDataset(indexDataset(result.dataset));
    else store.getState().setDataProblems(result.problems);
  });
  // Labels are rasterised with the page's fonts: wait for the shipped files the first labels need, so no
  // label is drawn in a fallback font. The Latin file starts at once; the page's language is known once
  // the translations are settled (a remembered language is set after this function returns, and the
  // map is created only after the first render, which waits for them too).
  const latinLabelFont = loadLabelFont('en');
  const languageLabelFont = basemap
    .then(() => translationsSettled())
    .then(() => loadLabelFont(store.getState().language));
  return Promise.all([basemap, latinLabelFont, languageLabelFont]).then(([result]) => result);
}
