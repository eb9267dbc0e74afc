/**
 * The one place that knows how to drive the app in a browser. Specs call these actions and read
 * like behaviours; when the UI changes, only this file changes.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { MINIMUM_URL_WRITE_INTERVAL_MS } from '../../../src/app/urlWriteScheduler';

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
  /**
   * Answers for app files, keyed by their path under the app's base URL (e.g. `data/events.json`):
   * a status (404, 500…) or a body, so specs can serve broken or hostile data without touching `dist/`.
   */
  overrideResponses?: Record<string, ResponseOverride>;
  /** Scripts run in the page before any of the app's (e.g. to record CSP violations or hide WebGL). */
  initScripts?: string[];
}

/** A replacement response: an error status, or a body served with 200. */
export type ResponseOverride = { status: number } | { body: string; contentType?: string };

export interface RenderedCountry {
  iso3: string;
  role: unknown;
  troops: unknown;
}

/** A page of the app under test, with what it logged and every request that tried to leave 127.0.0.1. */
export class AtlasPage {
  readonly consoleErrors: string[] = [];
  readonly outsideRequests: string[] = [];
  /** Every request the page (or its workers) made, seen by the browser whether or not a route let it through. */
  readonly requestedUrls: string[] = [];

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

  /** Taps the map at a screen point (CSS pixels, page coordinates) with a finger; needs `hasTouch`. */
  async tapScreenAt(point: { x: number; y: number }): Promise<void> {
    await this.page.touchscreen.tap(point.x, point.y);
  }

  /** The map canvas's centre on the page, and the page's point at an offset from it. */
  async mapCentreOffsetBy(dx: number, dy: number): Promise<{ x: number; y: number }> {
    const box = await this.page.locator('.maplibregl-canvas').boundingBox();
    if (!box) throw new Error('no map canvas');
    return { x: box.x + box.width / 2 + dx, y: box.y + box.height / 2 + dy };
  }

  /** The country drawn at a screen point (page coordinates), or null over the sea. */
  countryAtScreenPoint(point: { x: number; y: number }): Promise<string | null> {
    return this.page.evaluate(({ x, y }) => {
      const map = window.atlas?.map;
      if (!map) return null;
      const box = map.getCanvas().getBoundingClientRect();
      const [country] = map.queryRenderedFeatures([x - box.left, y - box.top], { layers: ['country-fill'] });
      return country ? String(country.properties?.iso3) : null;
    }, point);
  }

  /** Where a site's label sits (a point inside an area site), as lon/lat. */
  async siteLabelPlace(siteId: string): Promise<[number, number]> {
    const place = await this.page.evaluate((id) => {
      const [label] =
        window.atlas?.map?.querySourceFeatures('site-labels', { filter: ['==', ['get', 'id'], id] }) ?? [];
      return label?.geometry.type === 'Point' ? (label.geometry.coordinates as [number, number]) : null;
    }, siteId);
    if (!place) throw new Error(`no label for site ${siteId}`);
    return place;
  }

  /** The text of the map tooltip once it is visible. */
  async tooltipText(): Promise<string> {
    const tooltip = this.page.locator('.atlas-tooltip');
    await tooltip.waitFor({ state: 'visible', timeout: 5_000 });
    return (await tooltip.textContent()) ?? '';
  }

  /** Whether the map tooltip is open now. */
  tooltipIsOpen(): Promise<boolean> {
    return this.page.locator('.atlas-tooltip').isVisible();
  }

  /** The country the store has selected (what the panel shows), or null. */
  selectedCountry(): Promise<string | null> {
    return this.page.evaluate(() => window.atlas?.store.getState().countryId ?? null);
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

  /**
   * Waits until the URL sync has written the latest change to the address bar. It writes after the next
   * frame, at most one write per `MINIMUM_URL_WRITE_INTERVAL_MS`: a timer set from a later animation
   * frame, for longer than that, fires after it.
   */
  async waitForAddressWritten(): Promise<void> {
    await this.page.evaluate(
      (waitMs) => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, waitMs))),
      MINIMUM_URL_WRITE_INTERVAL_MS + 20,
    );
  }

  /** The query parameters of the address bar, once the latest change is written to it. */
  async query(): Promise<URLSearchParams> {
    await this.waitForAddressWritten();
    return new URLSearchParams(await this.page.evaluate(() => window.location.search));
  }

  /** Unfolds the map legend (it starts folded on laptops and phones). */
  async openLegend(): Promise<void> {
    const legend = this.page.locator('details.map-legend');
    if ((await legend.getAttribute('open')) === null) await legend.locator('summary').click();
  }

  /** Folds the map legend, so the map under it can be read. */
  async closeLegend(): Promise<void> {
    const legend = this.page.locator('details.map-legend');
    if ((await legend.getAttribute('open')) !== null) await legend.locator('summary').click();
  }

  /** Whether the map legend is unfolded. */
  async legendIsOpen(): Promise<boolean> {
    return (await this.page.locator('details.map-legend').getAttribute('open')) !== null;
  }

  /** Puts keyboard focus on one of the legend's layer toggles (the legend must be open). */
  async focusLayerToggle(name: string): Promise<void> {
    await this.page.locator('details.map-legend').getByRole('checkbox', { name }).focus();
  }

  /** Whether keyboard focus is on the legend's summary (its fold/unfold control). */
  focusIsOnLegendSummary(): Promise<boolean> {
    return this.page.evaluate(() => document.activeElement?.matches('details.map-legend > summary') ?? false);
  }

  /** Saves a screenshot for review under test-results/screenshots (git-ignored). */
  async screenshot(name: string): Promise<string> {
    mkdirSync(SCREENSHOT_DIRECTORY, { recursive: true });
    const path = join(SCREENSHOT_DIRECTORY, `${name}.png`);
    await this.page.screenshot({ path });
    return path;
  }

  // Timeline and announcement card (timeline.spec.ts).

  /** Puts keyboard focus on the timeline slider, as Tab would. */
  async focusSlider(): Promise<void> {
    await this.page.getByRole('slider').focus();
  }

  /** Presses a key on whatever has focus, e.g. `ArrowRight`, `Home`. */
  async pressKey(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  /** The timeline slider as assistive technology reads it. */
  async sliderState(): Promise<{ now: number; max: number; text: string }> {
    const slider = this.page.getByRole('slider');
    const [now, max, text] = await Promise.all([
      slider.getAttribute('aria-valuenow'),
      slider.getAttribute('aria-valuemax'),
      slider.getAttribute('aria-valuetext'),
    ]);
    return { now: Number(now), max: Number(max), text: text ?? '' };
  }

  /** Waits until the slider shows the announcement at `index` (e.g. during playback). */
  async waitForSliderValue(index: number, timeoutMs = 15_000): Promise<void> {
    await this.page.waitForFunction(
      (value) => document.querySelector('[role="slider"]')?.getAttribute('aria-valuenow') === String(value),
      index,
      { timeout: timeoutMs },
    );
  }

  /** The title of the announcement card. */
  async cardTitle(): Promise<string> {
    const heading = this.page
      .getByRole('region', { name: 'Announcement', exact: true })
      .getByRole('heading', { level: 2 });
    return (await heading.textContent()) ?? '';
  }

  /** Clicks a button by its accessible name. */
  async clickButton(name: string | RegExp): Promise<void> {
    await this.page.getByRole('button', { name }).click();
  }

  /** Whether a toggle button is pressed. */
  async isPressed(name: string | RegExp): Promise<boolean> {
    return (await this.page.getByRole('button', { name }).getAttribute('aria-pressed')) === 'true';
  }

  /** Clicks (or with `touch`, taps) the timeline track at a fraction of its width, 0 = left end. */
  async clickTimelineAt(fraction: number, touch = false): Promise<void> {
    const box = await this.page.locator('.timeline-rail').boundingBox();
    if (!box) throw new Error('no timeline track');
    const x = box.x + box.width * fraction;
    const y = box.y + box.height / 2;
    if (touch) await this.page.touchscreen.tap(x, y);
    else await this.page.mouse.click(x, y);
  }

  /** The announcement the store shows and whether playback is on. */
  timelineStore(): Promise<{ eventId: string | null; playing: boolean; commitmentId: string | null }> {
    return this.page.evaluate(() => {
      const state = window.atlas?.store.getState();
      return {
        eventId: state?.eventId ?? null,
        playing: state?.playing ?? false,
        commitmentId: state?.commitmentId ?? null,
      };
    });
  }

  /** Position of an announcement in the chronological list, from the loaded data. */
  announcementIndex(eventId: string): Promise<number> {
    return this.page.evaluate(
      (id) => window.atlas?.store.getState().dataset?.eventsById.get(id)?.index ?? -1,
      eventId,
    );
  }

  /** What the timeline's marks for the selected country's announcements say to a screen reader. */
  involvingMarks(): Promise<string[]> {
    return this.page.locator('.timeline-tick[data-involves]').allTextContents();
  }

  /** A box's size in CSS pixels, for touch-target checks. */
  async sizeOf(selector: string): Promise<{ width: number; height: number }> {
    const box = await this.page.locator(selector).first().boundingBox();
    return { width: box?.width ?? 0, height: box?.height ?? 0 };
  }

  /** How far the page scrolls sideways (0 when it fits the viewport). */
  horizontalOverflow(): Promise<number> {
    return this.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
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
  context.on('request', (request) => atlasPage.requestedUrls.push(request.url()));
  for (const script of options.initScripts ?? []) await context.addInitScript(script);
  await context.route('**/*', (route) => {
    const url = route.request().url();
    const override = overrideFor(options.overrideResponses, baseUrl, url);
    if (override) {
      return 'status' in override
        ? route.fulfill({ status: override.status, body: '' })
        : route.fulfill({
            status: 200,
            body: override.body,
            contentType: override.contentType ?? 'application/json',
          });
    }
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

/** The override for a request, matched on its path under the base URL (the query string is ignored). */
function overrideFor(
  overrides: Record<string, ResponseOverride> | undefined,
  baseUrl: string,
  url: string,
): ResponseOverride | undefined {
  if (!overrides) return undefined;
  const withoutQuery = url.split(/[?#]/)[0] ?? url;
  if (!withoutQuery.startsWith(baseUrl)) return undefined;
  const path = withoutQuery.slice(baseUrl.length);
  return Object.hasOwn(overrides, path) ? overrides[path] : undefined;
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
  await atlas.waitForAddressWritten();
  await atlas.page.goBack({ waitUntil: 'commit' });
  await atlas.page.waitForTimeout(100);
}

/** Browser Forward, then waits until the app has re-applied the URL. */
export async function goForward(atlas: AtlasPage): Promise<void> {
  await atlas.waitForAddressWritten();
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
