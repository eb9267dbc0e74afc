/**
 * Hostile and broken links: every query or hash falls back to defaults for its bad parts, keeps its good
 * ones, and never throws, logs an error or runs injected markup. The codec itself is property-tested in
 * test/unit/state/url.test.ts; this proves the whole page holds up in a real browser.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './support/browser';
import { type AtlasPage, openAtlas } from './support/driver';

/** What the page made of a link: the store's shareable fields and MapLibre's camera. */
interface Outcome {
  time: number | null;
  latestTime: number | null;
  countryId: string | null;
  eventId: string | null;
  visibleLayers: string[];
  view: string;
  language: string;
  theme: string;
  embed: boolean;
  zoom: number;
  center: { lng: number; lat: number };
  pwned: unknown;
  query: string;
}

interface HostileLink {
  name: string;
  query?: string;
  hash?: string;
  /** The good parts of the link, as the page must apply them. */
  check: (outcome: Outcome) => void;
}

const DEFAULT_LAYERS = ['coalition', 'hubs', 'german-deployments', 'announcement'];
const MARKUP = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

/** The defaults a link falls back to, except the fields it named validly. */
function expectDefaults(outcome: Outcome, except: ReadonlyArray<keyof Outcome> = []): void {
  const skip = new Set(except);
  if (!skip.has('time')) expect(outcome.time).toBe(outcome.latestTime);
  if (!skip.has('countryId')) expect(outcome.countryId).toBeNull();
  if (!skip.has('eventId')) expect(outcome.eventId).toBeNull();
  if (!skip.has('visibleLayers')) expect(outcome.visibleLayers).toEqual(DEFAULT_LAYERS);
  if (!skip.has('view')) expect(outcome.view).toBe('map');
  if (!skip.has('language')) expect(outcome.language).toBe('en');
  if (!skip.has('theme')) expect(outcome.theme).toBe('system');
  if (!skip.has('embed')) expect(outcome.embed).toBe(false);
}

const LINKS: HostileLink[] = [
  {
    name: 'a garbage date next to a good country',
    query: 'country=DEU&t=garbage',
    check: (outcome) => {
      expectDefaults(outcome, ['countryId']);
      expect(outcome.countryId).toBe('DEU');
      // The address bar keeps the good part and drops the bad one.
      expect(outcome.query).toContain('country=DEU');
      expect(outcome.query).not.toContain('garbage');
    },
  },
  {
    name: 'markup as a country, next to a good date',
    query: `t=2025-06-24&country=${encodeURIComponent(MARKUP)}`,
    check: (outcome) => {
      expectDefaults(outcome, ['time']);
      expect(outcome.time).toBe(Date.UTC(2025, 5, 24));
    },
  },
  {
    name: '__proto__ and constructor as ids and layers',
    query: 'event=__proto__&country=__proto__&layers=__proto__,constructor&lang=__proto__&theme=constructor',
    check: (outcome) => expectDefaults(outcome),
  },
  {
    name: 'huge and negative numbers as the time, next to one good layer',
    query: 't=99999999999999999999999999&t=-1&t=1e400&layers=hubs',
    check: (outcome) => {
      expectDefaults(outcome, ['visibleLayers']);
      expect(outcome.visibleLayers).toEqual(['hubs']);
    },
  },
  {
    name: 'an impossible date next to a good language',
    query: 't=2026-02-30&lang=uk',
    check: (outcome) => {
      expectDefaults(outcome, ['language']);
      expect(outcome.language).toBe('uk');
    },
  },
  {
    name: 'empty values everywhere',
    query: 'country=&event=&t=&lang=&theme=&view=&embed=',
    check: (outcome) => expectDefaults(outcome),
  },
  {
    name: 'an explicitly empty layer list (no layer shown, nothing breaks)',
    query: 'layers=',
    check: (outcome) => {
      expectDefaults(outcome, ['visibleLayers']);
      expect(outcome.visibleLayers).toEqual([]);
    },
  },
  {
    name: 'ids that look right but do not exist',
    query: 'event=no-such-announcement&country=XYZ',
    check: (outcome) => expectDefaults(outcome),
  },
  {
    name: 'a lower-case country and a repeated parameter (the first good value wins)',
    query: 'country=garbage&country=pol&country=FRA',
    check: (outcome) => {
      expectDefaults(outcome, ['countryId']);
      expect(outcome.countryId).toBe('POL');
    },
  },
  {
    name: 'broken percent-encoding next to a good country',
    query: '%E0%A4%A=%&country=FRA&t=%ZZ',
    check: (outcome) => {
      expectDefaults(outcome, ['countryId']);
      expect(outcome.countryId).toBe('FRA');
    },
  },
  {
    // Longer request lines are refused by the HTTP server itself (Node caps headers at 16 KB), not the app.
    name: 'a 4,000-character country and markup in the view and the theme',
    query: `country=${'A'.repeat(4_000)}&view=${encodeURIComponent(MARKUP)}&theme=javascript:alert(1)`,
    check: (outcome) => expectDefaults(outcome),
  },
  {
    name: 'a garbage hash',
    hash: 'garbage',
    check: (outcome) => expectDefaults(outcome),
  },
  {
    name: 'an out-of-range camera hash',
    hash: '999/999/999',
    check: (outcome) => expectDefaults(outcome),
  },
  {
    name: 'a camera hash of NaNs and a good country',
    query: 'country=UKR',
    hash: 'NaN/NaN/NaN/NaN/NaN',
    check: (outcome) => {
      expectDefaults(outcome, ['countryId']);
      expect(outcome.countryId).toBe('UKR');
    },
  },
  {
    name: 'a camera hash with markup',
    hash: encodeURIComponent(MARKUP),
    check: (outcome) => expectDefaults(outcome),
  },
];

describe('hostile links', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Opens a link, waits until the map is drawn and the link's ids are checked, and reads the outcome. */
  async function open(link: HostileLink): Promise<{ atlas: AtlasPage; outcome: Outcome }> {
    const atlas = await openAtlas(browser, inject('baseUrl'), {
      ...(link.query === undefined ? {} : { query: link.query }),
      ...(link.hash === undefined ? {} : { hash: link.hash }),
    });
    // The URL sync drops unknown ids once the data and the basemap are in; give it that turn.
    await atlas.page.waitForFunction(() => !window.location.search.includes('garbage'), undefined, {
      timeout: 5_000,
    });
    await atlas.waitForMapIdle();
    const outcome = await atlas.page.evaluate((): Outcome => {
      const state = window.atlas?.store.getState();
      const map = window.atlas?.map;
      if (!state || !map) throw new Error('the page has no store or map');
      return {
        time: state.time,
        latestTime: state.dataset?.events.at(-1)?.startTime ?? null,
        countryId: state.countryId,
        eventId: state.eventId,
        visibleLayers: [...state.visibleLayers],
        view: state.view,
        language: state.language,
        theme: state.theme,
        embed: state.embed,
        zoom: map.getZoom(),
        center: map.getCenter(),
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        query: window.location.search,
      };
    });
    return { atlas, outcome };
  }

  for (const link of LINKS) {
    it(`survives ${link.name}`, async () => {
      const { atlas, outcome } = await open(link);
      try {
        expect(atlas.consoleErrors).toEqual([]);
        expect(outcome.pwned).toBeUndefined();
        expect(Number.isFinite(outcome.zoom)).toBe(true);
        expect(outcome.zoom).toBeGreaterThanOrEqual(1);
        expect(outcome.zoom).toBeLessThanOrEqual(9);
        expect(Math.abs(outcome.center.lat)).toBeLessThanOrEqual(90);
        expect(Number.isFinite(outcome.center.lng)).toBe(true);
        expect(await atlas.renderedCountries()).not.toEqual([]);
        link.check(outcome);
      } finally {
        await atlas.close();
      }
    });
  }

  it('opens the chosen country’s panel from a link whose time is garbage', async () => {
    const { atlas } = await open(LINKS[0] as HostileLink);
    try {
      await expect(atlas.page.getByRole('region', { name: /Germany/ }).count()).resolves.toBeGreaterThan(0);
    } finally {
      await atlas.close();
    }
  });
});
