/**
 * Security of the built page: a strict Content-Security-Policy that nothing the app does violates,
 * hostile text in the data shown as text and never run, links to sources that cannot reach back into
 * the page, and no request to any other origin.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { HOSTILE_IMAGE, HOSTILE_SCRIPT, hostileDataFiles } from '../fixtures/hostileData';
import { launchChromium } from './support/browser';
import { type AtlasPage, openAtlas } from './support/driver';

/** Records CSP violations (and anything that runs the hostile payload) from the first script on. */
const RECORD_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations.push(event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline') +
      ' at ' + (event.sourceFile || '?') + ':' + event.lineNumber);
  });
`;

/** Poland, well inside the first view: hovering it shows a country tooltip (and the Polish area site's). */
const POLAND: [number, number] = [19.4, 52.1];

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** What a viewer does in a session: scrub to both ends, step, open a panel, hover the map. */
async function useThePage(atlas: AtlasPage): Promise<void> {
  await atlas.focusSlider();
  await atlas.pressKey('Home');
  await atlas.pressKey('ArrowRight');
  await atlas.pressKey('End');
  await atlas.pressKey('ArrowLeft');
  await atlas.pressKey('End');
  await atlas.page.evaluate(() => window.atlas?.store.getState().selectCountry('POL'));
  await atlas.page.locator('section.country-panel').waitFor();
  await atlas.waitForMapIdle();
  const { x, y } = await atlas.screenPointOf(...POLAND);
  await atlas.page.mouse.move(x, y);
  await atlas.page.locator('.atlas-tooltip').waitFor();
}

function violations(atlas: AtlasPage): Promise<string[]> {
  return atlas.page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

describe('Content-Security-Policy', () => {
  let atlas: AtlasPage;

  beforeAll(async () => {
    atlas = await openAtlas(browser, inject('baseUrl'), { initScripts: [RECORD_VIOLATIONS] });
  });
  afterAll(async () => {
    await atlas?.close();
  });

  it('is set in the built page, strict: own origin only, no inline script or style, no plugins', async () => {
    const policy = await atlas.page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
  });

  it('is not violated while loading, scrubbing, opening a panel and hovering the map', async () => {
    await useThePage(atlas);
    expect(await violations(atlas)).toEqual([]);
    expect(atlas.consoleErrors.filter((message) => /Content Security Policy/i.test(message))).toEqual([]);
    expect(atlas.consoleErrors).toEqual([]);
  });

  it('is enforced (an inline script is refused and reported)', async () => {
    const ran = await atlas.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => violations(atlas)).toEqual([expect.stringContaining('script-src')]);
  });
});

describe('hostile text in the data', () => {
  let atlas: AtlasPage;

  beforeAll(async () => {
    atlas = await openAtlas(browser, inject('baseUrl'), { overrideResponses: hostileDataFiles() });
    await useThePage(atlas);
  });
  afterAll(async () => {
    await atlas?.close();
  });

  it('never runs: no payload fired, no element made from it', async () => {
    expect(
      await atlas.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
    ).toBeUndefined();
    expect(await atlas.page.locator('img[src="x"]').count()).toBe(0);
    const scripts = await atlas.page
      .locator('script')
      .evaluateAll((nodes) => nodes.map((node) => node.textContent));
    expect(scripts.filter((text) => text?.includes('__pwned'))).toEqual([]);
    expect(atlas.consoleErrors).toEqual([]);
  });

  it('shows as literal text in the announcement card', async () => {
    const card = atlas.page.getByRole('region', { name: 'Announcement', exact: true });
    const text = (await card.textContent()) ?? '';
    expect(text).toContain(HOSTILE_IMAGE);
    expect(text).toContain(HOSTILE_SCRIPT);
    // The title on its own, so a single field rendered as HTML cannot hide behind the others.
    expect(await card.locator('h2').textContent()).toContain(HOSTILE_IMAGE);
  });

  it('shows as literal text in the country panel', async () => {
    const text = await atlas.page.locator('section.country-panel').textContent();
    expect(text).toContain(HOSTILE_IMAGE);
    expect(text).toContain(HOSTILE_SCRIPT);
    expect(await atlas.page.locator('#country-panel-title').textContent()).toContain(HOSTILE_IMAGE);
  });

  it('shows as literal text in the map tooltip', async () => {
    const text = await atlas.page.locator('.atlas-tooltip').textContent();
    expect(text).toContain(HOSTILE_IMAGE);
    expect(await atlas.page.locator('.atlas-tooltip-title').first().textContent()).toContain(HOSTILE_IMAGE);
  });

  it('is drawn on the map as text too (a site label), without breaking the map', async () => {
    expect((await atlas.renderedCountries()).map((country) => country.iso3)).toContain('UKR');
  });
});

describe('links and requests', () => {
  let atlas: AtlasPage;

  beforeAll(async () => {
    atlas = await openAtlas(browser, inject('baseUrl'));
    await useThePage(atlas);
  });
  afterAll(async () => {
    await atlas?.close();
  });

  it('opens every source in a new tab with rel="noopener noreferrer"', async () => {
    const links = await atlas.page.locator('a[target="_blank"]').evaluateAll((anchors) =>
      anchors.map((anchor) => ({
        href: anchor.getAttribute('href'),
        rel: anchor.getAttribute('rel') ?? '',
      })),
    );
    // The card and the panel both list sources, so there must be some to check.
    expect(links.length).toBeGreaterThan(3);
    for (const link of links) {
      expect(link.rel.split(/\s+/), link.href ?? '').toEqual(
        expect.arrayContaining(['noopener', 'noreferrer']),
      );
    }
  });

  it('requests nothing outside its own origin (seen by the router and by the browser)', async () => {
    const origin = new URL(inject('baseUrl')).origin;
    expect(atlas.outsideRequests).toEqual([]);
    const elsewhere = atlas.requestedUrls.filter((url) => {
      const { protocol } = new URL(url);
      return protocol !== 'data:' && protocol !== 'blob:' && new URL(url).origin !== origin;
    });
    expect(elsewhere).toEqual([]);
    // The browser saw the app's own requests, so an empty list above is not an empty recording.
    expect(atlas.requestedUrls.some((url) => url.endsWith('data/events.json'))).toBe(true);
  });
});
