/**
 * The naive way to show the map "as of t", measured side by side with the shipped feature-state
 * updates: on every step, compute each country's role and each site's presence into feature
 * properties and `setData` the sources, with paint expressions that read properties. This is what
 * DESIGN.md rules out for scrubbing; the benchmark shows by how much.
 */
import type { GeoJSONSource } from 'maplibre-gl';
import { drainGpu, type StepPacing, type SteppingPage, type StepSample } from './steppingPage';

/** Sources whose look depends on time; their layers' feature-state reads become property reads. */
const TIME_STYLED_SOURCES = ['countries', 'site-shapes', 'site-labels', 'announcements'];

/**
 * Switches the page to naive rebuilding: rewrites every paint property of the time-styled layers from
 * `['feature-state', name]` to `['get', name]` and keeps the sources' original data to rebuild from.
 * The store is not touched afterwards, so the controller's feature-state path stays idle.
 */
export async function installNaiveRebuild(stepping: SteppingPage): Promise<void> {
  await stepping.atlasPage.page.evaluate(async (sourceIds) => {
    const atlas = window.atlas;
    const map = atlas?.map;
    const dataset = atlas?.store.getState().dataset;
    if (!atlas || !map || !dataset) throw new Error('the app is not ready');
    const toPropertyReads = (value: unknown): unknown => {
      if (!Array.isArray(value)) return value;
      if (value[0] === 'feature-state') return ['get', value[1]];
      return value.map(toPropertyReads);
    };
    for (const layer of map.getStyle().layers) {
      if (!('source' in layer) || typeof layer.source !== 'string' || !sourceIds.includes(layer.source))
        continue;
      for (const [property, value] of Object.entries(layer.paint ?? {})) {
        const rewritten = toPropertyReads(value);
        if (JSON.stringify(rewritten) !== JSON.stringify(value)) {
          map.setPaintProperty(layer.id, property as never, rewritten as never);
        }
      }
    }
    const originals: Record<string, GeoJSON.FeatureCollection> = {};
    for (const id of sourceIds) {
      const source = map.getSource(id) as { getData?: () => Promise<GeoJSON.GeoJSON> } | undefined;
      const data = await source?.getData?.();
      if (data?.type === 'FeatureCollection') originals[id] = data;
    }
    const lastIndex = dataset.events.length - 1;
    Object.assign(window, { __benchNaive: { originals, index: lastIndex } });
  }, TIME_STYLED_SOURCES);
}

/**
 * One naive step: the next announcement's moment, every country's role and every site's presence
 * computed into properties, four `setData` calls, then wait for the map's next `idle`.
 */
export async function timeNaiveStep(
  stepping: SteppingPage,
  delta: 1 | -1,
  pacing: StepPacing = 'settled',
): Promise<StepSample> {
  const settled = pacing === 'settled';
  if (settled) await drainGpu(stepping);
  return stepping.atlasPage.page.evaluate(
    ([direction, drawn]) =>
      new Promise<StepSample>((resolve) => {
        const atlas = window.atlas;
        const map = atlas?.map;
        const state = atlas?.store.getState();
        const dataset = state?.dataset;
        const naive = (
          window as unknown as {
            __benchNaive: { originals: Record<string, GeoJSON.FeatureCollection>; index: number };
          }
        ).__benchNaive;
        if (!map || !state || !dataset) throw new Error('the app is not ready');
        const timing = globalThis.__benchTimeToIdle(drawn);
        naive.index = Math.min(dataset.events.length - 1, Math.max(0, naive.index + direction));
        const event = dataset.events[naive.index];
        if (!event) throw new Error('no announcement at the naive index');
        const time = event.startTime;

        const countries = naive.originals.countries;
        if (countries) {
          const features = countries.features.map((feature) => {
            const iso3 = String(feature.properties?.iso3);
            const actor = dataset.actorsById.get(iso3);
            let role = 'not_member';
            let troops = 'unclear';
            if (actor?.kind === 'country') {
              for (const entry of actor.status) {
                if (entry.fromTime > time) break;
                role = entry.role;
                troops = entry.troops;
              }
            }
            const standing = actor?.kind === 'country' ? { role, troops } : {};
            return {
              ...feature,
              properties: { ...feature.properties, ...standing, selected: iso3 === state.countryId },
            };
          });
          map.getSource<GeoJSONSource>('countries')?.setData({ type: 'FeatureCollection', features });
        }

        const sitesById = new Map(dataset.sites.map((site) => [site.properties.id, site]));
        for (const sourceId of ['site-shapes', 'site-labels']) {
          const original = naive.originals[sourceId];
          if (!original) continue;
          const features = original.features
            .filter((feature) => {
              const site = sitesById.get(String(feature.properties?.id));
              const announcement = site ? dataset.eventsById.get(site.properties.announcedIn) : undefined;
              return (
                site !== undefined &&
                site.fromTime <= time &&
                time < site.toTime &&
                (announcement === undefined || announcement.startTime <= time)
              );
            })
            .map((feature) => ({ ...feature, properties: { ...feature.properties, active: true } }));
          map.getSource<GeoJSONSource>(sourceId)?.setData({ type: 'FeatureCollection', features });
        }

        const announcements = naive.originals.announcements;
        if (announcements) {
          const features = announcements.features.map((feature) => ({
            ...feature,
            // One feature per place (src/map/announcementPlaces.ts): the current announcement's place.
            properties: {
              ...feature.properties,
              current: feature.properties?.id === `${event.place.lon},${event.place.lat} ${event.place.name}`,
            },
          }));
          map.getSource<GeoJSONSource>('announcements')?.setData({ type: 'FeatureCollection', features });
        }
        resolve(timing);
      }),
    [delta, settled] as const,
  );
}
