import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { runAxe } from './support/accessibility';
import { type AtlasPage, countryPanel, openAtlas } from './support/driver';

/** Serious and critical axe violations must be none; the message lists what was found. */
async function expectNoSeriousViolations(atlas: AtlasPage): Promise<void> {
  const violations = await runAxe(atlas);
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
}

describe('axe finds no serious or critical problem', () => {
  let browser: Browser;
  let atlas: AtlasPage | undefined;

  beforeAll(async () => {
    browser = await launchChromiumOnce();
  });
  afterEach(async () => {
    await atlas?.close();
    atlas = undefined;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('on the default view, in light and dark colours', async () => {
    atlas = await openAtlas(browser, inject('baseUrl'));
    await expectNoSeriousViolations(atlas);
    await atlas.close();
    atlas = await openAtlas(browser, inject('baseUrl'), { colorScheme: 'dark' });
    await expectNoSeriousViolations(atlas);
  });

  it('with a country panel open, in light and dark colours', async () => {
    atlas = await openAtlas(browser, inject('baseUrl'), { query: 'country=DEU' });
    await countryPanel(atlas).waitFor();
    await expectNoSeriousViolations(atlas);
    await atlas.close();
    atlas = await openAtlas(browser, inject('baseUrl'), { query: 'country=FRA&theme=dark' });
    await countryPanel(atlas).waitFor();
    await expectNoSeriousViolations(atlas);
  });

  it('on the table view, in light and dark colours', async () => {
    atlas = await openAtlas(browser, inject('baseUrl'), { query: 'view=table', waitForReady: false });
    await atlas.page.locator('table').first().waitFor();
    await expectNoSeriousViolations(atlas);
    await atlas.screenshot('accessibility-table');
    await atlas.close();
    atlas = await openAtlas(browser, inject('baseUrl'), {
      query: 'view=table&theme=dark',
      waitForReady: false,
    });
    await atlas.page.locator('table').first().waitFor();
    await expectNoSeriousViolations(atlas);
    await atlas.screenshot('accessibility-table-dark');
  });

  it('on a phone (375×667), with and without the panel', async () => {
    const phone = { viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true };
    atlas = await openAtlas(browser, inject('baseUrl'), phone);
    await expectNoSeriousViolations(atlas);
    await atlas.close();
    atlas = await openAtlas(browser, inject('baseUrl'), {
      ...phone,
      query: 'country=POL',
      colorScheme: 'dark',
    });
    await countryPanel(atlas).waitFor();
    await expectNoSeriousViolations(atlas);
  });
});

async function launchChromiumOnce(): Promise<Browser> {
  const { launchChromium } = await import('./support/browser');
  return launchChromium();
}
