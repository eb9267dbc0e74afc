/**
 * The one place that knows how to drive the app in a browser. Specs call these actions and read
 * like behaviours; when the UI changes, only this file changes.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';

export const SCREENSHOT_DIRECTORY = 'test-results/screenshots';

export interface OpenOptions {
  /** Query string without `?`; `debug=1` is always added. */
  query?: string;
  /** Hash without `#` (the camera: zoom/lat/lon). */
  hash?: string;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  hasTouch?: boolean;
  isMobile?: boolean;
  locale?: string;
  /** Wait for `window.atlas.ready` (default true). */
  waitForReady?: boolean;
  /** Extra context options (e.g. javaScriptEnabled) for special cases. */
  contextOptions?: BrowserContextOptions;
}

export interface RenderedCountry {
  iso3: string;
  role: unknown;
  troops: unknown;
}

/** A page of the app under test, with what it logged and every request that tried to leave 127.0.0.1. */
export class AtlasPage {
  readonly consoleErrors: string[] = [];
  readonly outsideRequests: string[] = [];

  constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  /** Resolves when the map is idle with all data drawn (the app's `window.atlas.ready`). */
  async waitForReady(timeoutMs = 30_000): Promise<void> {
    await this.page.waitForFunction(() => window.atlas !== undefined, undefined, { timeout: timeoutMs });
    await this.page.evaluate(() => window.atlas?.ready);
  }

  /** Waits until MapLibre has finished drawing after the last change. */
  async waitForMapIdle(): Promise<void> {
    await this.page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const map = window.atlas?.map;
          if (!map) return resolve();
          if (map.loaded() && !map.isMoving()) {
            map.once('idle', () => resolve());
            map.triggerRepaint();
          } else {
            map.once('idle', () => resolve());
          }
        }),
    );
  }

  /** A country's feature state in the `countries` source. */
  featureState(iso3: string): Promise<Record<string, unknown>> {
    return this.page.evaluate(
      (id) => window.atlas?.map?.getFeatureState({ source: 'countries', id }) ?? {},
      iso3,
    );
  }

  /** Countries MapLibre actually drew in the current view, with their state. */
  renderedCountries(): Promise<RenderedCountry[]> {
    return this.page.evaluate(() => {
      const map = window.atlas?.map;
      if (!map) return [];
      const seen = new Map<string, { iso3: string; role: unknown; troops: unknown }>();
      for (const feature of map.queryRenderedFeatures({ layers: ['country-fill'] })) {
        const iso3 = String(feature.properties?.iso3);
        seen.set(iso3, { iso3, role: feature.state?.role, troops: feature.state?.troops });
      }
      return [...seen.values()];
    });
  }

  /** The screen point (CSS pixels, page coordinates) of a lon/lat on the map. */
  async screenPointOf(lon: number, lat: number): Promise<{ x: number; y: number }> {
    return this.page.evaluate(
      ([longitude, latitude]) => {
        const map = window.atlas?.map;
        if (!map) throw new Error('no map');
        const point = map.project([longitude, latitude]);
        const box = map.getCanvas().getBoundingClientRect();
        return { x: box.left + point.x, y: box.top + point.y };
      },
      [lon, lat] as const,
    );
  }

  /** Clicks the map at a lon/lat, as a viewer would with the mouse. */
  async clickMapAt(lon: number, lat: number): Promise<void> {
    const { x, y } = await this.screenPointOf(lon, lat);
    await this.page.mouse.click(x, y);
  }

  /** The RGBA of the rendered map canvas at a lon/lat (reads the drawn pixels back). */
  async pixelAt(lon: number, lat: number): Promise<[number, number, number, number]> {
    const { x, y } = await this.screenPointOf(lon, lat);
    const shot = await this.page.screenshot({
      clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 },
    });
    const { PNG } = await import('./png');
    return PNG.firstPixel(shot);
  }

  /** The query parameters of the current URL. */
  query(): URLSearchParams {
    return new URL(this.page.url()).searchParams;
  }

  /** Saves a screenshot for review under test-results/screenshots (git-ignored). */
  async screenshot(name: string): Promise<string> {
    mkdirSync(SCREENSHOT_DIRECTORY, { recursive: true });
    const path = join(SCREENSHOT_DIRECTORY, `${name}.png`);
    await this.page.screenshot({ path });
    return path;
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}

/** Opens the app in a fresh browser context and (by default) waits until the map is ready. */
export async function openAtlas(
  browser: Browser,
  baseUrl: string,
  options: OpenOptions = {},
): Promise<AtlasPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    hasTouch: options.hasTouch ?? false,
    isMobile: options.isMobile ?? false,
    locale: options.locale ?? 'en-GB',
    ...options.contextOptions,
  });
  const page = await context.newPage();
  const atlasPage = new AtlasPage(context, page, baseUrl);
  const origin = new URL(baseUrl).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    atlasPage.outsideRequests.push(url);
    return route.abort('blockedbyclient');
  });
  page.on('console', (message) => {
    if (message.type() === 'error') atlasPage.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => atlasPage.consoleErrors.push(`pageerror: ${error.message}`));
  const query = ['debug=1', options.query].filter(Boolean).join('&');
  await page.goto(`${baseUrl}?${query}${options.hash ? `#${options.hash}` : ''}`);
  if (options.waitForReady ?? true) await atlasPage.waitForReady();
  return atlasPage;
}

// Country panel, country list and links (country-panel.spec.ts, links.spec.ts).

/** The country panel: the region whose accessible name is the country's name. */
export function countryPanel(atlas: AtlasPage): Locator {
  return atlas.page.locator('section.country-panel');
}

/** Opens a country's panel from the searchable list, by keyboard only: type, ArrowDown, Enter. */
export async function openCountryFromList(atlas: AtlasPage, name: string): Promise<void> {
  const input = atlas.page.getByRole('combobox', { name: 'Find a country or institution' });
  await input.focus();
  await input.pressSequentially(name);
  await atlas.page.keyboard.press('ArrowDown');
  await atlas.page.keyboard.press('Enter');
}

/** Presses Escape on whatever has focus. */
export async function pressEscape(atlas: AtlasPage): Promise<void> {
  await atlas.page.keyboard.press('Escape');
}

/** Browser Back, then waits until the app has re-applied the URL. */
export async function goBack(atlas: AtlasPage): Promise<void> {
  await atlas.page.goBack({ waitUntil: 'commit' });
  await atlas.page.waitForTimeout(100);
}

/** Browser Forward, then waits until the app has re-applied the URL. */
export async function goForward(atlas: AtlasPage): Promise<void> {
  await atlas.page.goForward({ waitUntil: 'commit' });
  await atlas.page.waitForTimeout(100);
}

/** The store fields a link carries. */
export interface LinkedState {
  countryId: string | null;
  eventId: string | null;
  time: number | null;
  visibleLayers: string[];
}

/** The store fields a link carries, read from the debug handle. */
export function linkedState(atlas: AtlasPage): Promise<LinkedState> {
  return atlas.page.evaluate(() => {
    const state = window.atlas?.store.getState();
    return {
      countryId: state?.countryId ?? null,
      eventId: state?.eventId ?? null,
      time: state?.time ?? null,
      visibleLayers: state?.visibleLayers ?? [],
    };
  });
}
