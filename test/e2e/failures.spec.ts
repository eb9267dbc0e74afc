/**
 * Bad data and a missing basemap: the page says which file, which JSON path and why, and shows no map
 * and no half-valid data. The files are broken on the wire (route overrides), never in `dist/`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './support/browser';
import { type AtlasPage, openAtlas, type ResponseOverride } from './support/driver';

const DATA_DIRECTORY = resolve(import.meta.dirname, '../../data');

/** A real data file, parsed, for a test to spoil one value in. */
function realData(file: 'events.json' | 'actors.json'): Array<Record<string, unknown>> {
  return JSON.parse(readFileSync(resolve(DATA_DIRECTORY, file), 'utf8')) as Array<Record<string, unknown>>;
}

let browser: Browser;
let atlas: AtlasPage | undefined;

beforeAll(async () => {
  browser = await launchChromium();
});
afterEach(async () => {
  await atlas?.close();
  atlas = undefined;
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the page with some files replaced and waits until it has given up on the data. */
async function openWithBrokenFiles(overrideResponses: Record<string, ResponseOverride>): Promise<AtlasPage> {
  atlas = await openAtlas(browser, inject('baseUrl'), { overrideResponses, waitForReady: false });
  await atlas.page.waitForFunction(() => window.atlas?.store.getState().dataStatus !== 'loading');
  return atlas;
}

/** The problems as the page lists them, one line each. */
async function shownProblems(page: AtlasPage): Promise<string[]> {
  const list = page.page.locator('.data-problems li');
  await list.first().waitFor();
  return list.allTextContents();
}

/** Nothing half-valid: no map canvas, no dataset behind the card, the timeline or the panel. */
async function expectNoMapAndNoData(page: AtlasPage): Promise<void> {
  expect(await page.page.locator('canvas.maplibregl-canvas').count()).toBe(0);
  expect(await page.page.evaluate(() => window.atlas?.store.getState().dataset ?? null)).toBeNull();
  // A map created before the data failed is removed with its container, so neither is on the page.
  expect(await page.page.locator('.map-canvas').count()).toBe(0);
}

describe('bad data', () => {
  it('names a missing file and the HTTP status, and shows no map', async () => {
    const page = await openWithBrokenFiles({ 'data/events.json': { status: 404 } });
    const problems = await shownProblems(page);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^data\/events\.json: \$: could not be loaded.*404/);
    await expect(page.page.getByRole('alert').first().textContent()).resolves.toContain('data has problems');
    await expectNoMapAndNoData(page);
    await page.screenshot('failures-missing-file');
  });

  it('names a file that is not JSON and why', async () => {
    const page = await openWithBrokenFiles({ 'data/actors.json': { body: '[{"id": "FRA",' } });
    const problems = await shownProblems(page);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^data\/actors\.json: \$: not valid JSON/);
    await expectNoMapAndNoData(page);
  });

  it('names the file, the JSON path and the reason of a schema error', async () => {
    const events = realData('events.json');
    const spoiled = events[2] as Record<string, unknown>;
    spoiled.precision = 'second';
    const page = await openWithBrokenFiles({ 'data/events.json': { body: JSON.stringify(events) } });
    const problems = await shownProblems(page);
    expect(problems).toContain('data/events.json: $[2].precision: expected one of minute, hour, day');
    await expectNoMapAndNoData(page);
  });

  it('names a cross-reference to an actor that does not exist', async () => {
    const events = realData('events.json');
    const spoiled = events[3] as { actors: string[] };
    spoiled.actors.push('XYZ');
    const page = await openWithBrokenFiles({ 'data/events.json': { body: JSON.stringify(events) } });
    const problems = await shownProblems(page);
    const line = problems.find((problem) => problem.startsWith('data/events.json: $[3].actors['));
    expect(line, problems.join('\n')).toBeDefined();
    expect(line).toContain('XYZ');
    await expectNoMapAndNoData(page);
  });

  it('lists problems in several files at once', async () => {
    const page = await openWithBrokenFiles({
      'data/events.json': { status: 500 },
      'data/sites.geojson': { body: 'not json' },
    });
    const problems = await shownProblems(page);
    expect(problems.some((problem) => problem.startsWith('data/events.json: $: could not be loaded'))).toBe(
      true,
    );
    expect(problems.some((problem) => problem.startsWith('data/sites.geojson: $: not valid JSON'))).toBe(
      true,
    );
    await expectNoMapAndNoData(page);
  });

  it('logs nothing but the failed request itself', async () => {
    const page = await openWithBrokenFiles({ 'data/events.json': { status: 404 } });
    await shownProblems(page);
    // Chromium logs the 404 as a console error; anything else (an exception) would be a bug.
    const unexpected = page.consoleErrors.filter((message) => !/status of 404/.test(message));
    expect(unexpected).toEqual([]);
  });
});

describe('missing basemap', () => {
  it('says in plain words that the basemap could not be loaded, instead of a blank map', async () => {
    atlas = await openAtlas(browser, inject('baseUrl'), {
      overrideResponses: { 'basemap/countries.topology.bin': { status: 404 } },
      waitForReady: false,
    });
    const alert = atlas.page.locator('.map-message[role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(
      'The basemap (basemap/countries.topology.bin) could not be loaded: HTTP 404.',
    );
    expect(await atlas.page.locator('canvas.maplibregl-canvas').count()).toBe(0);
    expect(atlas.consoleErrors.filter((message) => !/status of 404/.test(message))).toEqual([]);
    await atlas.screenshot('failures-missing-basemap');
  });

  it('says the basemap is not valid when it is not a packed basemap', async () => {
    atlas = await openAtlas(browser, inject('baseUrl'), {
      overrideResponses: { 'basemap/countries.topology.bin': { body: '{"type":"Topology"}' } },
      waitForReady: false,
    });
    const alert = atlas.page.locator('.map-message[role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(
      'The basemap (basemap/countries.topology.bin) is not valid: the file is not a packed basemap: ' +
        'it starts with "{"type":"Top", not "ATOPO".',
    );
    expect(await atlas.page.locator('canvas.maplibregl-canvas').count()).toBe(0);
  });
});

/** Makes every canvas refuse WebGL, as a browser with WebGL turned off does. */
const REFUSE_WEBGL = `
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
    return /webgl/i.test(String(kind)) ? null : getContext.call(this, kind, ...rest);
  };
`;

/** Lets the start-up probe have WebGL 2 once, then refuses it: a GPU that gives up when the map starts. */
const REFUSE_WEBGL_AFTER_PROBE = `
  const getContext = HTMLCanvasElement.prototype.getContext;
  let granted = 0;
  HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
    if (/webgl/i.test(String(kind)) && granted++ > 0) return null;
    return getContext.call(this, kind, ...rest);
  };
`;

describe('no WebGL', () => {
  /** The page without a map still says why, keeps the timeline and the card, and throws nothing. */
  async function expectMapUnavailable(page: AtlasPage, reason: string | RegExp): Promise<void> {
    const message = page.page.locator('.map-unavailable[role="alert"]');
    await message.waitFor();
    expect(await message.textContent()).toContain('The map needs WebGL 2');
    expect(await message.textContent()).toMatch(reason);
    await page.page.getByRole('slider').waitFor();
    await page.page.getByRole('region', { name: 'Announcement', exact: true }).waitFor();
    expect(await page.page.locator('canvas.maplibregl-canvas').count()).toBe(0);
    expect(await page.page.evaluate(() => window.atlas?.store.getState().view)).toBe('table');
    expect(page.consoleErrors).toEqual([]);
  }

  it('shows a plain message instead of the map when WebGL is refused', async () => {
    atlas = await openAtlas(browser, inject('baseUrl'), { initScripts: [REFUSE_WEBGL], waitForReady: false });
    await expectMapUnavailable(atlas, 'WebGL is turned off or not supported here.');
    await atlas.screenshot('failures-no-webgl');
  });

  it('falls back the same way when the map itself cannot get WebGL 2', async () => {
    atlas = await openAtlas(browser, inject('baseUrl'), {
      initScripts: [REFUSE_WEBGL_AFTER_PROBE],
      waitForReady: false,
    });
    await expectMapUnavailable(atlas, /GPUInitializationError/);
  });

  it('shows the message in a Chromium started with WebGL disabled', async () => {
    const withoutWebgl = await launchChromium(['--disable-webgl', '--disable-webgl2']);
    try {
      const page = await openAtlas(withoutWebgl, inject('baseUrl'), { waitForReady: false });
      await expectMapUnavailable(page, 'WebGL is turned off or not supported here.');
      await page.close();
    } finally {
      await withoutWebgl.close();
    }
  });
});

describe('WebGL context lost', () => {
  it('rebuilds the map with the same state once the context comes back', async () => {
    atlas = await openAtlas(browser, inject('baseUrl'), { query: 'country=POL' });
    const before = await atlas.featureState('FRA');
    expect(before.role).toBe('member');
    const ukraineBefore = await atlas.pixelAt(31.0, 49.5);

    await atlas.page.evaluate(async () => {
      const map = window.atlas?.map;
      const extension = map?.getCanvas().getContext('webgl2')?.getExtension('WEBGL_lose_context');
      if (!map || !extension) throw new Error('cannot simulate a lost context');
      (window as unknown as { lostMap: unknown }).lostMap = map;
      extension.loseContext();
      await new Promise((resolve) => setTimeout(resolve, 300));
      extension.restoreContext();
    });

    // Whatever map the page shows now must be drawn with the data and each country's role again.
    await atlas.page
      .waitForFunction(
        () => {
          const map = window.atlas?.map;
          return Boolean(
            map?.getSource('countries') &&
              map.loaded() &&
              map.getFeatureState({ source: 'countries', id: 'FRA' }).role !== undefined,
          );
        },
        undefined,
        { timeout: 20_000 },
      )
      .catch(() => undefined);
    await atlas.waitForMapIdle();
    expect(await atlas.featureState('FRA')).toMatchObject({ role: before.role });
    expect(await atlas.featureState('POL')).toMatchObject({ selected: true });
    expect((await atlas.renderedCountries()).map((country) => country.iso3)).toContain('UKR');
    // The same pixels as before the loss: same camera, same colours.
    expect(await atlas.pixelAt(31.0, 49.5)).toEqual(ukraineBefore);
    await atlas.screenshot('failures-context-restored');
    expect(atlas.consoleErrors).toEqual([]);
  });
});
