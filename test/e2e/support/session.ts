/**
 * Hooks for specs that open a fresh page per test: one browser per spec file, and after each test the
 * page is checked for console errors and closed. Specs then read as behaviours, not set-up.
 */
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { launchChromium } from './browser';
import { type AtlasPage, type OpenOptions, openAtlas } from './driver';

export interface FreshPageSession {
  /** Opens the app on a new page (closed after the current test). */
  open: (options?: OpenOptions) => Promise<AtlasPage>;
}

/** Registers the hooks in the calling `describe`; call it once at the top of the block. */
export function freshPagePerTest(): FreshPageSession {
  let browser: Browser | undefined;
  let current: AtlasPage | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async () => {
    if (current) expect(current.consoleErrors).toEqual([]);
    await current?.close();
    current = undefined;
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    open: async (options) => {
      if (!browser) throw new Error('the browser is not running: call freshPagePerTest() inside describe');
      current = await openAtlas(browser, inject('baseUrl'), options);
      return current;
    },
  };
}

export interface SharedPageSession {
  /** The page opened once for the whole `describe` block. */
  readonly atlas: AtlasPage;
}

/**
 * Registers the hooks for specs whose tests share one page, opened before the first test (and closed,
 * with its browser, after the last). Read `session.atlas` inside tests, not at definition time.
 */
export function sharedPagePerFile(options?: OpenOptions): SharedPageSession {
  let browser: Browser | undefined;
  let page: AtlasPage | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await openAtlas(browser, inject('baseUrl'), options);
  });
  afterAll(async () => {
    await page?.close();
    await browser?.close();
  });
  return {
    get atlas(): AtlasPage {
      if (!page) throw new Error('the shared page is not open: read session.atlas inside a test');
      return page;
    },
  };
}
