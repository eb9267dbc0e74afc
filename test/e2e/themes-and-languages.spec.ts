import { describe, expect, inject, it } from 'vitest';
import { chooseLanguage, displaySettings, pressSetting } from './support/accessibility';
import type { AtlasPage } from './support/driver';
import { freshPagePerTest } from './support/session';

/** A point in the Black Sea, far from any country: the map's sea colour. */
const BLACK_SEA: [number, number] = [34.0, 43.2];

describe('dark rooms and other languages', () => {
  const session = freshPagePerTest();
  let atlas: AtlasPage | undefined;

  it('follows a dark system scheme: dark page and dark sea on the map', async () => {
    atlas = await session.open({ colorScheme: 'dark' });
    expect((await displaySettings(atlas)).htmlTheme).toBe('dark');
    const [red, green, blue] = await atlas.pixelAt(...BLACK_SEA);
    expect(red + green + blue).toBeLessThan(150);
    const background = await atlas.page.evaluate(
      () => getComputedStyle(document.documentElement).backgroundColor,
    );
    expect(background).toBe('rgb(18, 20, 23)');
    await atlas.screenshot('theme-dark-system');
  });

  it('switches the theme with the toggle, repaints the map, and keeps it in the link', async () => {
    atlas = await session.open();
    const lightSea = await atlas.pixelAt(...BLACK_SEA);
    await pressSetting(atlas, 'Dark');
    await atlas.waitForMapIdle();
    const darkSea = await atlas.pixelAt(...BLACK_SEA);
    expect(lightSea[0] + lightSea[1] + lightSea[2]).toBeGreaterThan(600);
    expect(darkSea[0] + darkSea[1] + darkSea[2]).toBeLessThan(150);
    expect(await atlas.isPressed('Dark')).toBe(true);
    await atlas.page.waitForFunction(() => new URL(location.href).searchParams.get('theme') === 'dark');
    await atlas.screenshot('theme-dark-toggled');
  });

  it('switches the UI language: text, dates, country names and <html lang>', async () => {
    atlas = await session.open({ query: 'country=DEU' });
    await chooseLanguage(atlas, 'uk');
    await atlas.page.getByRole('heading', { level: 1, name: 'Гарантії безпеки для України' }).waitFor();
    expect((await displaySettings(atlas)).htmlLang).toBe('uk');
    expect(await atlas.page.getByRole('region', { name: 'Німеччина' }).count()).toBe(1);
    expect((await atlas.sliderState()).text).toMatch(/січня 2026/);
    await atlas.page.waitForFunction(() => new URL(location.href).searchParams.get('lang') === 'uk');
    await atlas.waitForMapIdle();
    await atlas.screenshot('language-ukrainian');
    await atlas.page.reload();
    await atlas.waitForReady();
    expect((await displaySettings(atlas)).language).toBe('uk');
    expect(await atlas.page.locator('h1').textContent()).toBe('Гарантії безпеки для України');
  });

  it('remembers the language on this device when a link names none', async () => {
    atlas = await session.open();
    await chooseLanguage(atlas, 'fr');
    await atlas.page.locator('h1', { hasText: 'Garanties de sécurité' }).waitFor();
    await atlas.page.goto(`${inject('baseUrl')}?debug=1`);
    await atlas.waitForReady();
    expect((await displaySettings(atlas)).language).toBe('fr');
    expect((await atlas.sliderState()).text).toMatch(/janvier 2026/);
    // A link's own language still wins over the remembered one.
    await atlas.page.goto(`${inject('baseUrl')}?debug=1&lang=de`);
    await atlas.waitForReady();
    expect((await displaySettings(atlas)).language).toBe('de');
  });
});
