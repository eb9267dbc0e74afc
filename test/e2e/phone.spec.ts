import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dragTimelineByTouch, pageIsWiderThanScreen, tapAt } from './support/accessibility';
import { launchChromium } from './support/browser';
import { type AtlasPage, countryPanel, openAtlas } from './support/driver';
import { freshPagePerTest } from './support/session';

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
    // A fresh page: the drag above moved the camera to an early announcement, with Poland off screen.
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

describe('on a phone, the map by touch', () => {
  const session = freshPagePerTest();

  /** A fresh phone page scrolled to its top, where the map is. */
  async function openPhone(): Promise<AtlasPage> {
    const atlas = await session.open(PHONE);
    await atlas.page.evaluate(() => window.scrollTo(0, 0));
    return atlas;
  }

  it('explains a German deployment with a tooltip at the tapped point, which stays open', async () => {
    const atlas = await openPhone();
    await tapAt(atlas, 24.38, 55.03);
    expect(await atlas.tooltipText()).toContain('Panzerbrigade 45 (Rukla');
    await atlas.waitForMapIdle();
    expect(await atlas.tooltipIsOpen()).toBe(true);
    expect(await atlas.selectedCountry()).toBeNull();
    await atlas.screenshot('phone-tooltip-german-deployment');
  });

  it('keeps the hubs tooltip open after a tap selects Ukraine and the camera fits it', async () => {
    // A touch laptop: on a phone the country's sheet covers the map, tooltip included.
    const atlas = await session.open({ ...PHONE, viewport: { width: 1280, height: 800 }, isMobile: false });
    const [lon, lat] = await atlas.siteLabelPlace('uk-france-military-hubs');
    await tapAt(atlas, lon, lat);
    await countryPanel(atlas).waitFor();
    expect(await countryPanel(atlas).getAttribute('data-country')).toBe('UKR');
    await atlas.waitForMapIdle();
    const text = await atlas.tooltipText();
    expect(text).toContain('Ukraine');
    expect(text).toContain('UK and French military hubs');
    await atlas.screenshot('touch-laptop-tooltip-hubs-after-fit');
  });

  it('selects the country under a tap below the map centre (the tap is not swallowed by a tooltip)', async () => {
    const atlas = await openPhone();
    // The Odesa area, just below the centre of the first view: where a tooltip for the map's centre
    // would open when the tap focuses the map.
    const [lon, lat] = await atlas.siteLabelPlace('possible-rear-position-odesa');
    await tapAt(atlas, lon, lat);
    await expect.poll(() => atlas.selectedCountry(), { timeout: 5_000 }).toBe('UKR');
    expect(await atlas.tooltipText()).toContain('Odesa area');
  });

  it('selects a country by a tap after the timeline was dragged by touch', async () => {
    const atlas = await openPhone();
    await dragTimelineByTouch(atlas, 0.9, 0.05);
    // Scrubbing may move the camera to the announcement's place: tap what is on screen once it settles.
    await atlas.waitForMapIdle();
    const point = await atlas.mapCentreOffsetBy(20, 40);
    const country = await atlas.countryAtScreenPoint(point);
    expect(country).not.toBeNull();
    await atlas.tapScreenAt(point);
    await expect.poll(() => atlas.selectedCountry(), { timeout: 5_000 }).toBe(country);
  });
});
