// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startUrlSync } from '../../../src/app/urlSync';
import { type AtlasStore, createAtlasStore } from '../../../src/state/store';
import {
  buildSyntheticDataset,
  LATEST_ANNOUNCEMENT_TIME,
  PARIS_DECLARATION_TIME,
} from '../../fixtures/syntheticDataset';
import { basemap, goBack, openAt, settle, writeAtOnce } from './urlSyncFixtures';

describe('URL sync', () => {
  let store: AtlasStore;
  let stop: () => void = () => undefined;

  beforeEach(() => {
    store = createAtlasStore();
  });
  afterEach(() => stop());

  it('applies the link before the data loads, then drops ids that do not exist', async () => {
    openAt('/?t=2026-01-07&country=ZZZ&event=no-such-event&layers=hubs&lang=de#4/48.5/31');
    stop = startUrlSync(store, Promise.resolve(basemap), window, writeAtOnce);
    expect(store.getState()).toMatchObject({
      time: Date.UTC(2026, 0, 7),
      countryId: 'ZZZ',
      eventId: 'no-such-event',
      visibleLayers: ['hubs'],
      language: 'de',
    });
    store.getState().setDataset(buildSyntheticDataset());
    await settle();
    expect(store.getState()).toMatchObject({ time: Date.UTC(2026, 0, 7), countryId: null, eventId: null });
    expect(window.location.search).toBe('?t=2026-01-07&layers=hubs&lang=de');
    expect(window.location.hash).toBe('#4/48.5/31');
  });

  it('keeps basemap countries outside the record and opens an announcement at its moment', async () => {
    openAt('/?country=bra&event=paris-declaration-signed');
    stop = startUrlSync(store, Promise.resolve(basemap), window, writeAtOnce);
    store.getState().setDataset(buildSyntheticDataset());
    await settle();
    expect(store.getState()).toMatchObject({
      countryId: 'BRA',
      eventId: 'paris-declaration-signed',
      time: PARIS_DECLARATION_TIME,
    });
    expect(window.location.search).toBe('?country=BRA&event=paris-declaration-signed');
  });

  it('pushes selections, replaces continuous changes, and Back walks the selections', async () => {
    openAt('/#5/50/30');
    stop = startUrlSync(store, Promise.resolve(basemap), window, writeAtOnce);
    store.getState().setDataset(buildSyntheticDataset());
    await settle();
    const startLength = window.history.length;

    store.getState().selectCountry('DEU');
    expect(window.location.search).toBe('?country=DEU');
    expect(window.history.length).toBe(startLength + 1);

    store.getState().setLayerVisible('hubs', false);
    store.getState().setTime(LATEST_ANNOUNCEMENT_TIME + 1000);
    expect(window.history.length).toBe(startLength + 1);
    expect(window.location.search).toBe(
      '?t=2026-01-10T00:00:00.999Z&country=DEU&layers=coalition,german-deployments,announcement',
    );

    store.getState().selectCountry('FRA');
    expect(window.history.length).toBe(startLength + 2);
    expect(window.location.hash).toBe('#5/50/30');

    await goBack();
    expect(store.getState().countryId).toBe('DEU');
    expect(store.getState().time).toBe(LATEST_ANNOUNCEMENT_TIME + 1000);
    await goBack();
    expect(store.getState().countryId).toBeNull();
    expect(store.getState().visibleLayers).toHaveLength(4);
    // Back to the bare link: the latest announcement again.
    expect(store.getState().time).toBe(LATEST_ANNOUNCEMENT_TIME);
  });

  it('never pushes while playing or in an embed', async () => {
    openAt('/?embed=1');
    stop = startUrlSync(store, Promise.resolve(basemap), window, writeAtOnce);
    store.getState().setDataset(buildSyntheticDataset());
    await settle();
    const startLength = window.history.length;
    store.getState().selectCountry('GBR');
    store.getState().selectEvent('paris-declaration-signed');
    expect(window.history.length).toBe(startLength);
    expect(window.location.search).toBe('?country=GBR&event=paris-declaration-signed&embed=1');
  });

  it('writes the link on a page whose path starts with two slashes', async () => {
    // `//?country=…` alone would name a host, and the History API throws on another origin.
    openAt('http://localhost:3000//?debug=1');
    stop = startUrlSync(store, Promise.resolve(basemap), window, writeAtOnce);
    store.getState().setDataset(buildSyntheticDataset());
    await settle();
    store.getState().selectCountry('GBR');
    expect(window.location.pathname).toBe('//');
    expect(window.location.search).toBe('?country=GBR&debug=1');
  });
});
