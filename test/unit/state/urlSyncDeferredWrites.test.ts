// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startUrlSync } from '../../../src/app/urlSync';
import { type AtlasStore, createAtlasStore } from '../../../src/state/store';
import { buildSyntheticDataset, PARIS_DECLARATION_TIME } from '../../fixtures/syntheticDataset';
import { basemap, goBack, heldWrites, openAt, settle } from './urlSyncFixtures';

describe('URL sync, writing after the frame', () => {
  let store: AtlasStore;
  let writes: ReturnType<typeof heldWrites>;
  let stop: () => void = () => undefined;

  beforeEach(async () => {
    openAt('/#5/50/30');
    store = createAtlasStore();
    writes = heldWrites();
    stop = startUrlSync(store, Promise.resolve(basemap), window, writes.schedule);
    store.getState().setDataset(buildSyntheticDataset());
    await settle();
  });
  afterEach(() => stop());

  it('leaves the address alone in the step itself, then writes the latest state once', () => {
    const startLength = window.history.length;
    store.getState().setTime(PARIS_DECLARATION_TIME);
    store.getState().setLayerVisible('hubs', false);
    expect(window.location.search).toBe('');
    expect(writes.count()).toBe(1);

    writes.runAll();
    expect(window.location.search).toBe(
      '?t=2026-01-06T17:45Z&layers=coalition,german-deployments,announcement',
    );
    expect(window.history.length).toBe(startLength);
    expect(window.location.hash).toBe('#5/50/30');
  });

  // jsdom keeps one history across tests (and Back truncates it), so these count entries by walking Back.
  it('keeps one history entry per selection, even when two come before a frame', async () => {
    store.getState().selectCountry('DEU');
    store.getState().selectCountry('FRA');
    writes.runAll();
    expect(window.location.search).toBe('?country=FRA');

    await goBack();
    expect(store.getState().countryId).toBe('DEU');
    await goBack();
    expect(store.getState().countryId).toBeNull();
  });

  it('writes a pending continuous change into the entry it belongs to before a new selection', async () => {
    store.getState().setLayerVisible('hubs', false);
    store.getState().selectCountry('DEU');
    writes.runAll();

    await goBack();
    // The entry before the selection has the layer change, as it would with every change written at once.
    expect(store.getState().countryId).toBeNull();
    expect(store.getState().visibleLayers).not.toContain('hubs');
  });

  it('drops a pending write when the viewer goes Back', async () => {
    store.getState().selectCountry('DEU');
    writes.runAll();
    store.getState().setLayerVisible('hubs', false);
    await goBack();
    writes.runAll();
    expect(window.location.search).toBe('');
    expect(store.getState().countryId).toBeNull();
  });

  it('writes what is pending when the page is left', () => {
    store.getState().selectCountry('GBR');
    window.dispatchEvent(new Event('pagehide'));
    expect(window.location.search).toBe('?country=GBR');
  });
});
