import { beforeEach, describe, expect, it, vi } from 'vitest';

// Fresh modules per test: the setup file already loaded the translations into the shared ones.
async function freshModules() {
  vi.resetModules();
  const [loader, store, settings] = await Promise.all([
    import('../../../src/i18n/loadTranslations'),
    import('../../../src/state/store'),
    import('../../../src/ui/settings/messages'),
  ]);
  return { ...loader, ...store, ...settings };
}

describe('translations on demand', () => {
  beforeEach(() => vi.resetModules());

  it('ship English only until another language is needed', async () => {
    const { settingsMessages, hasTranslationsFor } = await freshModules();
    expect(settingsMessages.en.viewMap).toBe('Map');
    expect(settingsMessages.fr).toBeUndefined();
    expect(hasTranslationsFor('en')).toBe(true);
    expect(hasTranslationsFor('fr')).toBe(false);
  });

  it('switch the store’s language only once the translations are in', async () => {
    const { createAtlasStore, settingsMessages, translationsSettled } = await freshModules();
    const store = createAtlasStore();
    store.getState().setLanguage('fr');
    expect(store.getState().language).toBe('en');
    await translationsSettled();
    expect(store.getState().language).toBe('fr');
    expect(settingsMessages.fr?.viewMap).toBe('Carte');
  });

  it('switch at once when they are loaded, and back to English at once', async () => {
    const { createAtlasStore, loadTranslations } = await freshModules();
    await loadTranslations();
    const store = createAtlasStore();
    store.getState().setLanguage('de');
    expect(store.getState().language).toBe('de');
    store.getState().setLanguage('en');
    expect(store.getState().language).toBe('en');
  });

  it('load once however often they are asked for', async () => {
    const { loadTranslations } = await freshModules();
    expect(loadTranslations()).toBe(loadTranslations());
  });
});
