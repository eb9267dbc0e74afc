import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadLabelFont } from '../../../src/map/loadLabelFont';

const CYRILLIC = /[\u0400-\u04FF]/;

describe('loading the label font before the map draws', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('asks for the Latin file in every language and the Cyrillic one in Ukrainian', async () => {
    const load = vi.fn(() => Promise.resolve([]));
    vi.stubGlobal('document', { fonts: { load } });
    for (const language of ['en', 'fr', 'de', 'uk'] as const) await loadLabelFont(language);
    const texts = load.mock.calls.map((call: unknown[]) => String(call[1]));
    expect(load.mock.calls.every((call: unknown[]) => call[0] === '16px "Noto Sans"')).toBe(true);
    expect(texts.every((text) => /[A-Za-z]/.test(text))).toBe(true);
    expect(texts.map((text) => CYRILLIC.test(text))).toEqual([false, false, false, true]);
  });

  it('resolves when the font cannot load, and without the Font Loading API', async () => {
    vi.stubGlobal('document', { fonts: { load: () => Promise.reject(new Error('offline')) } });
    await expect(loadLabelFont('uk')).resolves.toBeUndefined();
    vi.stubGlobal('document', {});
    await expect(loadLabelFont('uk')).resolves.toBeUndefined();
  });
});
