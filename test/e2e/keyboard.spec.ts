import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { activeElementDescription, pressTab, tabUntil } from './support/accessibility';
import { launchChromium } from './support/browser';
import { type AtlasPage, countryPanel, openAtlas, openCountryFromList, pressEscape } from './support/driver';

describe('a keyboard-only journey', () => {
  let browser: Browser;
  let atlas: AtlasPage;

  beforeAll(async () => {
    browser = await launchChromium();
    atlas = await openAtlas(browser, inject('baseUrl'), {
      contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] },
    });
  });
  afterAll(async () => {
    await atlas?.close();
    await browser?.close();
  });

  it('starts with a visible skip link that jumps to the timeline', async () => {
    await pressTab(atlas);
    const first = await activeElementDescription(atlas);
    expect(first.name).toBe('Skip to timeline');
    expect(await atlas.page.locator('.skip-link:focus').isVisible()).toBe(true);
    await atlas.page.keyboard.press('Enter');
    expect((await activeElementDescription(atlas)).role).toBe('slider');
  });

  it('reaches the map canvas by Tab, labelled and described, with MapLibre’s keys on', async () => {
    await atlas.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const stops = await tabUntil(atlas, (focus) => focus.tag === 'canvas');
    const canvas = stops.at(-1);
    expect(canvas?.name).toContain('Map of the coalition');
    const withoutVisibleFocus = stops.filter(
      (stop) => !stop.visibleFocus && stop.tag !== 'canvas' && stop.tag !== 'body',
    );
    expect(withoutVisibleFocus).toEqual([]);
    const description = await atlas.page.evaluate(() => {
      const id = document.querySelector('canvas')?.getAttribute('aria-describedby');
      return id ? (document.getElementById(id)?.textContent ?? '') : '';
    });
    expect(description).toMatch(/^As of .*coalition members/);
    // Keyboard focus describes what is at the map's centre (Ukraine in the first view), and keeps doing so
    // as the arrow keys pan.
    expect(await atlas.tooltipText()).toContain('Ukraine');
    const before = await atlas.page.evaluate(() => window.atlas?.map?.getCenter().lng ?? 0);
    await atlas.pressKey('ArrowRight');
    await atlas.waitForMapIdle();
    expect(await atlas.page.evaluate(() => window.atlas?.map?.getCenter().lng ?? 0)).toBeGreaterThan(before);
    expect(await atlas.tooltipIsOpen()).toBe(true);
  });

  it('scrubs the timeline with the arrow keys, the slider reading the date', async () => {
    const stops = await tabUntil(atlas, (focus) => focus.role === 'slider');
    expect(stops.length).toBeGreaterThan(0);
    await atlas.pressKey('Home');
    expect((await atlas.sliderState()).now).toBe(0);
    await atlas.pressKey('ArrowRight');
    await atlas.pressKey('ArrowRight');
    const state = await atlas.sliderState();
    expect(state.now).toBe(2);
    expect(state.text).toMatch(/\d{4}/);
  });

  it('opens a country from the list by keyboard and reads a statement', async () => {
    await atlas.pressKey('End');
    await openCountryFromList(atlas, 'France');
    const panel = countryPanel(atlas);
    await panel.waitFor();
    expect((await activeElementDescription(atlas)).name).toBe('France');
    // Tab moves through the panel: its close button first, then links and buttons inside.
    await pressTab(atlas);
    expect((await activeElementDescription(atlas)).name).toContain('Close');
    expect(await panel.locator('blockquote').first().textContent()).not.toBe('');
  });

  it('closes the panel with Escape and copies the link to this view', async () => {
    await pressEscape(atlas);
    await countryPanel(atlas).waitFor({ state: 'detached' });
    await atlas.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabUntil(atlas, (focus) => focus.name === 'Copy link');
    await atlas.page.keyboard.press('Enter');
    await atlas.page.locator('.share-status', { hasText: /copied/i }).waitFor();
    const copied = await atlas.page.evaluate(() => navigator.clipboard.readText());
    // The query is the shared state; the hash (the camera) may settle a moment later.
    await atlas.waitForAddressWritten();
    expect(new URL(copied).search).toBe(new URL(atlas.page.url()).search);
  });

  it('switches to the table by keyboard, and a row chosen there selects everywhere', async () => {
    await atlas.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabUntil(atlas, (focus) => focus.name === 'Table');
    await atlas.page.keyboard.press('Enter');
    await atlas.page.locator('table').first().waitFor();
    const germany = atlas.page.getByRole('button', { name: 'Germany', exact: true });
    await germany.focus();
    await atlas.page.keyboard.press('Enter');
    await atlas.page.getByRole('region', { name: 'Germany' }).waitFor();
    expect((await atlas.query()).get('country')).toBe('DEU');
    expect((await atlas.query()).get('view')).toBe('table');
    const row = atlas.page.locator('tr[aria-current="true"]', { hasText: 'Germany' });
    expect(await row.count()).toBe(1);
    const sortByName = atlas.page.getByRole('button', { name: 'Name' });
    await sortByName.focus();
    await atlas.page.keyboard.press('Enter');
    expect(await atlas.page.locator('th[aria-sort="ascending"]').first().textContent()).toContain('Name');
    await atlas.screenshot('keyboard-table');
  });
});
