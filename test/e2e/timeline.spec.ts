import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './support/browser';
import { type AtlasPage, openAtlas } from './support/driver';
import { sharedPagePerFile } from './support/session';

const PARIS_DECLARATION = '2026-01-06-paris-declaration-published';
const CHIEFS_OF_DEFENCE = '2026-01-05-chiefs-of-defence-paris';

/**
 * The link names the announcement; its moment is implied by it, so the URL codec leaves `t` out
 * (src/app/urlSync.ts) and a shared link opens on exactly this announcement.
 */
async function expectLinkTo(atlas: AtlasPage, eventId: string): Promise<void> {
  const query = await atlas.query();
  expect(query.get('event')).toBe(eventId);
  expect(query.get('t')).toBeNull();
}

describe('the map and the timeline, linked', () => {
  const session = sharedPagePerFile();

  it('opens on the latest announcement, its card showing', async () => {
    const slider = await session.atlas.sliderState();
    expect(slider.now).toBe(slider.max);
    expect(slider.text).toMatch(/^9 January 2026: /);
    expect(slider.text).toContain(await session.atlas.cardTitle());
  });

  it('Home goes to the first announcement: slider, card, link and map follow', async () => {
    await session.atlas.focusSlider();
    await session.atlas.pressKey('Home');
    const slider = await session.atlas.sliderState();
    expect(slider.now).toBe(0);
    expect(slider.text).toMatch(/^17 February 2025: /);
    expect(slider.text).toContain(await session.atlas.cardTitle());
    await expectLinkTo(session.atlas, '2025-02-17-paris-emergency-meeting');
    await session.atlas.waitForMapIdle();
    // Spain was at the February emergency meeting, before the coalition was founded.
    expect((await session.atlas.featureState('ESP')).role).toBe('participant');
    await session.atlas.screenshot('timeline-first-announcement');
  });

  it('the arrows step one announcement at a time, and Spain says yes on 6 January 2026', async () => {
    const chiefsIndex = await session.atlas.announcementIndex(CHIEFS_OF_DEFENCE);
    expect(chiefsIndex).toBeGreaterThan(0);
    await session.atlas.focusSlider();
    for (let step = 0; step < chiefsIndex; step += 1) await session.atlas.pressKey('ArrowRight');
    expect((await session.atlas.sliderState()).text).toMatch(/^5 January 2026: /);
    await expectLinkTo(session.atlas, CHIEFS_OF_DEFENCE);
    await session.atlas.waitForMapIdle();
    expect(await session.atlas.featureState('ESP')).toMatchObject({ role: 'member', troops: 'unclear' });

    await session.atlas.pressKey('ArrowRight');
    const slider = await session.atlas.sliderState();
    expect(slider.now).toBe(chiefsIndex + 1);
    expect(slider.text).toMatch(/^6 January 2026/);
    await session.atlas.waitForMapIdle();
    expect(await session.atlas.featureState('ESP')).toMatchObject({ role: 'member', troops: 'conditional' });

    await session.atlas.pressKey('ArrowLeft');
    expect((await session.atlas.sliderState()).now).toBe(chiefsIndex);
    await session.atlas.waitForMapIdle();
    expect((await session.atlas.featureState('ESP')).troops).toBe('unclear');
  });

  it('End goes to the last announcement', async () => {
    await session.atlas.focusSlider();
    await session.atlas.pressKey('End');
    const slider = await session.atlas.sliderState();
    expect(slider.now).toBe(slider.max);
    await expectLinkTo(session.atlas, '2026-01-09-healey-in-kyiv');
    expect(slider.text).toContain(await session.atlas.cardTitle());
  });

  it('zooms to the crowded 6 January, where the Paris Declaration lists its commitments', async () => {
    await session.atlas.clickButton(/^Zoom to 6 January 2026/);
    expect(await session.atlas.isPressed(/^Zoom to 6 January 2026/)).toBe(true);
    expect((await session.atlas.sliderState()).text).toMatch(/^6 January 2026/);

    const declarationIndex = await session.atlas.announcementIndex(PARIS_DECLARATION);
    await session.atlas.focusSlider();
    while ((await session.atlas.sliderState()).now < declarationIndex)
      await session.atlas.pressKey('ArrowRight');
    expect(await session.atlas.cardTitle()).toBe('The Paris Declaration is adopted and published');
    await expectLinkTo(session.atlas, PARIS_DECLARATION);

    await session.atlas.clickButton(/Ceasefire monitoring led by the United States/);
    expect((await session.atlas.timelineStore()).commitmentId).toBe(
      'paris-declaration-1-ceasefire-monitoring',
    );
    expect(await session.atlas.isPressed(/Ceasefire monitoring led by the United States/)).toBe(true);
    await session.atlas.waitForMapIdle();
    await session.atlas.screenshot('timeline-paris-declaration-zoomed');
    await session.atlas.clickButton(/Ceasefire monitoring led by the United States/);
    expect((await session.atlas.timelineStore()).commitmentId).toBeNull();
  });

  it('picks the nearest announcement where the track is clicked', async () => {
    await session.atlas.clickButton('Whole period');
    await session.atlas.clickTimelineAt(0);
    expect((await session.atlas.sliderState()).now).toBe(0);
    await session.atlas.clickTimelineAt(1);
    const slider = await session.atlas.sliderState();
    expect(slider.now).toBe(slider.max);
  });

  it('plays through the announcements at a readable pace and stops at the end', async () => {
    await session.atlas.focusSlider();
    await session.atlas.pressKey('End');
    await session.atlas.pressKey('ArrowLeft');
    await session.atlas.pressKey('ArrowLeft');
    const { max } = await session.atlas.sliderState();
    await session.atlas.clickButton('Play through the announcements');
    // Timed from when the click has landed (Playwright waits for the button to be stable first).
    const started = Date.now();
    expect((await session.atlas.timelineStore()).playing).toBe(true);
    await session.atlas.waitForSliderValue(max - 1);
    const firstStep = Date.now() - started;
    await session.atlas.waitForSliderValue(max);
    const bothSteps = Date.now() - started;
    // 2.5 s a step; software WebGL on two cores can delay a timer by up to a second or so.
    expect(firstStep).toBeGreaterThan(2_000);
    expect(firstStep).toBeLessThan(4_500);
    expect(bothSteps).toBeGreaterThan(4_500);
    expect(bothSteps).toBeLessThan(9_000);
    await session.atlas.page.waitForFunction(() => window.atlas?.store.getState().playing === false);
    expect(
      await session.atlas.page.getByRole('button', { name: 'Play through the announcements' }).count(),
    ).toBe(1);
    await session.atlas.screenshot('timeline-after-playback');
  });

  it('keeps every request on 127.0.0.1 and logs no console error', () => {
    expect(session.atlas.outsideRequests).toEqual([]);
    expect(session.atlas.consoleErrors).toEqual([]);
  });
});

describe('the timeline on a phone that asks for reduced motion, with Spain selected', () => {
  let browser: Browser;
  let atlas: AtlasPage;

  beforeAll(async () => {
    browser = await launchChromium();
    atlas = await openAtlas(browser, inject('baseUrl'), {
      query: `country=ESP&event=${PARIS_DECLARATION}`,
      viewport: { width: 375, height: 667 },
      hasTouch: true,
      isMobile: true,
      reducedMotion: 'reduce',
    });
  });
  afterAll(async () => {
    await atlas?.close();
    await browser?.close();
  });

  it('fits the width, with finger-sized targets', async () => {
    expect(await atlas.horizontalOverflow()).toBe(0);
    expect((await atlas.sizeOf('.timeline-track')).height).toBeGreaterThanOrEqual(44);
    expect((await atlas.sizeOf('.timeline-play')).height).toBeGreaterThanOrEqual(44);
    expect((await atlas.sizeOf('.timeline-focus-button')).height).toBeGreaterThanOrEqual(44);
    await atlas.screenshot('timeline-phone');
  });

  it('does not play by itself, and does not animate the thumb', async () => {
    const before = await atlas.sliderState();
    await atlas.page.waitForTimeout(3_000);
    expect(await atlas.sliderState()).toEqual(before);
    expect((await atlas.timelineStore()).playing).toBe(false);
    const transition = await atlas.page
      .locator('.timeline-thumb')
      .evaluate((thumb) => getComputedStyle(thumb).transitionDuration);
    expect(transition).toBe('0s');
  });

  it('marks the announcements that involve Spain, and says so', async () => {
    const marks = await atlas.involvingMarks();
    expect(marks.length).toBeGreaterThan(3);
    for (const mark of marks) expect(mark).toMatch(/\(involves Spain\)$/);
    expect((await atlas.sliderState()).text).toMatch(
      /^6 January 2026.*: The Paris Declaration is adopted and published\. Involves Spain\.$/,
    );
    await atlas.clickButton(/^Zoom to 6 January 2026/);
    await atlas.screenshot('timeline-phone-spain-6-january');
  });

  it('moves to the announcement tapped on the track, stepping out of the zoomed day at its edge', async () => {
    await atlas.clickTimelineAt(0, true);
    expect((await atlas.sliderState()).now).toBe(await atlas.announcementIndex(CHIEFS_OF_DEFENCE));
    await atlas.clickButton('Whole period');
    await atlas.clickTimelineAt(0, true);
    expect((await atlas.sliderState()).now).toBe(0);
    expect(atlas.consoleErrors).toEqual([]);
  });
});
