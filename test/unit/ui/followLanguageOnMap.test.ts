// @vitest-environment jsdom
import type { Map as MapLibreMap } from 'maplibre-gl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAtlasStore } from '../../../src/state/store';
import { COUNTRY_LABEL_LAYER, followLanguageOnMap } from '../../../src/ui/settings/followLanguageOnMap';

/** A font loader whose answers the test gives, one per requested sample text. */
function heldFontLoads() {
  const waiting: Array<{ text: string; resolve: () => void }> = [];
  const load = vi.fn(
    (_font: string, text: string) => new Promise<void>((resolve) => waiting.push({ text, resolve })),
  );
  return { load, arrive: (index: number) => waiting[index]?.resolve(), waiting };
}

function fakeMap() {
  const canvas = document.createElement('canvas');
  const setLayoutProperty = vi.fn();
  const map = { getCanvas: () => canvas, getLayer: () => ({}), setLayoutProperty };
  return { map: map as unknown as MapLibreMap, setLayoutProperty };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Follows an English store on a fake map whose layers are ready. */
async function startFollowing() {
  const store = createAtlasStore();
  const { map, setLayoutProperty } = fakeMap();
  const stop = followLanguageOnMap({
    map,
    ready: Promise.resolve(),
    store,
    labelledCountries: ['UKR', 'DEU'],
    descriptionId: 'description',
  });
  await settle();
  return { store, map, setLayoutProperty, stop };
}

describe('followLanguageOnMap', () => {
  let fonts: ReturnType<typeof heldFontLoads>;
  beforeEach(() => {
    fonts = heldFontLoads();
    Object.defineProperty(document, 'fonts', { value: { load: fonts.load }, configurable: true });
  });
  afterEach(() => {
    Reflect.deleteProperty(document, 'fonts');
  });

  it('relabels the countries only once the new language’s font files are in', async () => {
    const { store, map, setLayoutProperty, stop } = await startFollowing();
    store.setState({ language: 'uk' });
    await settle();
    expect(map.getCanvas().getAttribute('aria-label')).not.toBe('');
    expect(setLayoutProperty).not.toHaveBeenCalled();

    fonts.arrive(0);
    await settle();
    expect(setLayoutProperty).toHaveBeenCalledTimes(1);
    expect(setLayoutProperty.mock.calls[0]?.[0]).toBe(COUNTRY_LABEL_LAYER);
    expect(JSON.stringify(setLayoutProperty.mock.calls[0]?.[2])).toContain('Україна');
    stop();
  });

  it('skips a language the viewer already left when its font arrives', async () => {
    const { store, setLayoutProperty, stop } = await startFollowing();
    store.setState({ language: 'uk' });
    store.setState({ language: 'fr' });
    fonts.arrive(1);
    fonts.arrive(0);
    await settle();
    expect(setLayoutProperty).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(setLayoutProperty.mock.calls[0]?.[2])).toContain('Allemagne');
    stop();
  });
});
