/**
 * The map-label font as the browser uses it: the first load fetches only the subsets cut at build time
 * (scripts/labelFont), the browser's own country names fit them, and a character outside them is
 * still drawn in Noto Sans, from the full @fontsource file.
 */
import { describe, expect, inject, it } from 'vitest';
import { chooseLanguage } from './support/accessibility';
import { launchChromium } from './support/browser';
import { type AtlasPage, openAtlas } from './support/driver';
import { freshPagePerTest } from './support/session';

/** The font files a page requested, by file name without the build's fingerprint. */
function fontsRequested(atlas: AtlasPage): string[] {
  return atlas.requestedUrls
    .filter((url) => /\.woff2?$/.test(new URL(url).pathname))
    .map((url) => (new URL(url).pathname.split('/').pop() ?? '').replace(/-[\w-]{8}\.woff2?$/, ''))
    .sort();
}

/** Characters of the country labels' names (the layer's `text-field`) that no label subset face claims. */
function namesOutsideSubsets(atlas: AtlasPage): Promise<string[]> {
  return atlas.page.evaluate(() => {
    const field = window.atlas?.map?.getLayoutProperty('country-labels', 'text-field') as unknown[];
    // ['match', ['get', 'iso3'], iso3, name, …, fallback]: the names are every other entry.
    const names = field
      .slice(3, -1)
      .filter((_, index) => index % 2 === 0)
      .map(String);
    const ranges: Array<[number, number]> = [];
    for (const sheet of Array.from(document.styleSheets)) {
      for (const rule of Array.from(sheet.cssRules)) {
        if (!(rule instanceof CSSFontFaceRule) || !rule.style.getPropertyValue('src').includes('-labels-'))
          continue;
        for (const entry of rule.style.getPropertyValue('unicode-range').split(',')) {
          const [first = '', last = first] = entry.trim().replace(/^U\+/i, '').split('-');
          ranges.push([Number.parseInt(first, 16), Number.parseInt(last, 16)]);
        }
      }
    }
    const outside = new Set<string>();
    for (const character of names.join('')) {
      const codePoint = character.codePointAt(0) ?? 0;
      if (!ranges.some(([first, last]) => codePoint >= first && codePoint <= last)) outside.add(character);
    }
    return [...outside];
  });
}

/** A PNG of the map's canvas as the page shows it. */
function mapCanvasPicture(atlas: AtlasPage): Promise<Buffer> {
  return atlas.page.locator('.map-canvas canvas').screenshot();
}

describe('the map-label font', () => {
  const session = freshPagePerTest();

  it('English: the first load fetches the Latin label subset and nothing else', async () => {
    const atlas = await session.open();
    expect(fontsRequested(atlas)).toEqual(['noto-sans-latin-labels-400-normal']);
  });

  it('Ukrainian: the Latin and Cyrillic label subsets, no full font file', async () => {
    const atlas = await session.open({ query: 'lang=uk' });
    expect(fontsRequested(atlas)).toEqual([
      'noto-sans-cyrillic-labels-400-normal',
      'noto-sans-latin-labels-400-normal',
    ]);
  });

  it.each(['uk', 'fr', 'de'])(
    '%s: every character of this browser’s country names is in the subsets',
    async (language) => {
      const atlas = await session.open({ query: `lang=${language}` });
      await atlas.page.waitForFunction(
        () =>
          (window.atlas?.map?.getLayoutProperty('country-labels', 'text-field') as unknown[])?.[0] ===
          'match',
      );
      expect(await namesOutsideSubsets(atlas)).toEqual([]);
    },
  );

  it('a character outside the subsets is still drawn in Noto Sans, from the full files', async () => {
    const atlas = await session.open();
    await atlas.page.evaluate(() => {
      const map = window.atlas?.map;
      if (!map) throw new Error('no map');
      map.addSource('font-probe', {
        type: 'geojson',
        data: { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [19.5, 51.8] } },
      });
      // ø is in @fontsource's latin file but in no label; Ł is in its latin-ext file.
      map.addLayer({
        id: 'font-probe',
        type: 'symbol',
        source: 'font-probe',
        layout: { 'text-field': 'Łódź Ørsted', 'text-font': ['Noto Sans'], 'text-size': 14 },
      });
    });
    await atlas.page.waitForFunction(() =>
      Array.from(document.fonts).every((face) => face.status !== 'loading'),
    );
    await atlas.waitForMapIdle();
    const fonts = fontsRequested(atlas);
    expect(fonts).toContain('noto-sans-latin-400-normal');
    expect(fonts).toContain('noto-sans-latin-ext-400-normal');
    // Every Noto Sans face that claims a character of the probe has loaded.
    expect(await atlas.page.evaluate(() => document.fonts.check('14px "Noto Sans"', 'Łódź Ørsted'))).toBe(
      true,
    );
  });

  it('a switch to Ukrainian draws the labels as a Ukrainian first load does, however slow the Cyrillic file', async () => {
    // Labels switched before the file is in would be rasterised in a fallback font, and stay that way.
    const browser = await launchChromium();
    try {
      const view = { hash: '5/49/31', reducedMotion: 'reduce' as const };
      const openedInUkrainian = await openAtlas(browser, inject('baseUrl'), { ...view, query: 'lang=uk' });
      await openedInUkrainian.waitForMapIdle();
      const expected = await mapCanvasPicture(openedInUkrainian);
      await openedInUkrainian.close();

      const switched = await openAtlas(browser, inject('baseUrl'), view);
      await switched.context.route(/cyrillic-labels-.*\.woff2$/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        await route.continue();
      });
      await chooseLanguage(switched, 'uk');
      await switched.page.waitForFunction(() =>
        JSON.stringify(window.atlas?.map?.getLayoutProperty('country-labels', 'text-field')).includes(
          'Україна',
        ),
      );
      await switched.waitForMapIdle();
      expect((await mapCanvasPicture(switched)).equals(expected)).toBe(true);
      await switched.close();
    } finally {
      await browser.close();
    }
  });

  it('Ukrainian: the map is ready only once the Cyrillic file is in, however slow it comes', async () => {
    // A glyph rasterised before its file arrives stays in a fallback font, so `ready` must wait for it.
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.route(/cyrillic-labels-.*\.woff2$/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 2_000));
        await route.continue();
      });
      const page = await context.newPage();
      await page.goto(`${inject('baseUrl')}?debug=1&lang=uk`);
      await page.waitForFunction(() => window.atlas !== undefined);
      await page.evaluate(() => window.atlas?.ready);
      const cyrillicFaces = await page.evaluate(() =>
        Array.from(document.fonts)
          .filter((face) => face.unicodeRange.includes('U+410'))
          .map((face) => face.status),
      );
      expect(cyrillicFaces).toEqual(['loaded']);
    } finally {
      await browser.close();
    }
  });
});
