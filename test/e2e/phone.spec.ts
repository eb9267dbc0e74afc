import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dragTimelineByTouch, pageIsWiderThanScreen, tapAt } from './support/accessibility';
import { launchChromium } from './support/browser';
import { type AtlasPage, countryPanel, openAtlas } from './support/driver';

const PHONE = { viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true };

describe('on a phone, by touch', () => {
  let browser: Browser;
  let atlas: AtlasPage;

  beforeAll(async () => {
    browser = await launchChromium();
    atlas = await openAtlas(browser, inject('baseUrl'), PHONE);
  });
  afterAll(async () => {
    await atlas?.close();
    await browser?.close();
  });

  it('fits the screen: no sideways scrolling, map and timeline in view', async () => {
    expect(await pageIsWiderThanScreen(atlas)).toBe(false);
    const mapBox = await atlas.page.locator('.map-canvas').boundingBox();
    expect(mapBox?.height ?? 0).toBeGreaterThan(250);
    expect(await atlas.page.getByRole('slider').isVisible()).toBe(true);
    await atlas.screenshot('phone-default');
  });

  it('gives the slider a touch target of at least 44 px and drags it by touch', async () => {
    const slider = await atlas.page.getByRole('slider').boundingBox();
    expect(slider?.height ?? 0).toBeGreaterThanOrEqual(44);
    await dragTimelineByTouch(atlas, 0.9, 0.05);
    const state = await atlas.sliderState();
    expect(state.now).toBeLessThan(state.max / 2);
    expect(await pageIsWiderThanScreen(atlas)).toBe(false);
  });

  it('selects a country by a tap and opens its panel as a bottom sheet', async () => {
    // A fresh page: the tap is the first touch this map sees.
    await atlas.close();
    atlas = await openAtlas(browser, inject('baseUrl'), PHONE);
    // The page scrolls as one column on a phone; start from its top, where the map is.
    await atlas.page.evaluate(() => window.scrollTo(0, 0));
    await tapAt(atlas, 19.4, 52.1);
    const panel = countryPanel(atlas);
    await panel.waitFor();
    expect(await panel.getAttribute('data-country')).toBe('POL');
    const sheet = await panel.boundingBox();
    // A bottom sheet: full width, resting on the pinned timeline (which stays usable at the bottom
    // edge), not covering the whole screen.
    const timeline = await atlas.page.locator('.atlas-timeline').boundingBox();
    expect(sheet?.width).toBe(375);
    expect(Math.round((timeline?.y ?? 0) + (timeline?.height ?? 0))).toBe(667);
    expect(Math.abs((sheet?.y ?? 0) + (sheet?.height ?? 0) - (timeline?.y ?? 0))).toBeLessThanOrEqual(1);
    expect(sheet?.height ?? 1000).toBeLessThan(667 * 0.7);
    expect(await pageIsWiderThanScreen(atlas)).toBe(false);
    await atlas.screenshot('phone-bottom-sheet');
    await atlas.page.getByRole('button', { name: /Close the panel about Poland/ }).tap();
    await panel.waitFor({ state: 'detached' });
  });
});
