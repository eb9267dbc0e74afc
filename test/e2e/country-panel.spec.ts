import { describe, expect, it } from 'vitest';
import { type AtlasPage, countryPanel, openCountryFromList, pressEscape } from './support/driver';
import { freshPagePerTest } from './support/session';

describe('reading what a country said', () => {
  const session = freshPagePerTest();
  let atlas: AtlasPage | undefined;

  it('opens Germany’s panel with its statements when Germany is clicked on the map', async () => {
    atlas = await session.open();
    await atlas.clickMapAt(10.4, 51.2);
    const panel = atlas.page.getByRole('region', { name: 'Germany' });
    await panel.waitFor();
    expect((await atlas.query()).get('country')).toBe('DEU');
    expect(await panel.locator('blockquote').count()).toBeGreaterThan(0);
    expect(await panel.getByRole('heading', { name: 'What its officials said' }).count()).toBe(1);
    await atlas.screenshot('country-panel-germany-clicked');
  });

  it('opens the panel named "Germany" from a ?country=DEU link', async () => {
    atlas = await session.open({ query: 'country=DEU' });
    await atlas.page.getByRole('region', { name: 'Germany' }).waitFor();
    // A link's panel must not steal focus from the page.
    expect(await atlas.page.evaluate(() => document.activeElement === document.body)).toBe(true);
  });

  it('folds the legend on Escape pressed inside it, keeping the panel; the next Escape closes the panel', async () => {
    atlas = await session.open();
    await openCountryFromList(atlas, 'Spain');
    await countryPanel(atlas).waitFor();
    await atlas.openLegend();
    await atlas.focusLayerToggle('Coalition of the Willing');
    await atlas.screenshot('country-panel-with-legend-open');
    await pressEscape(atlas);
    expect(await atlas.legendIsOpen()).toBe(false);
    expect(await atlas.focusIsOnLegendSummary()).toBe(true);
    expect(await countryPanel(atlas).isVisible()).toBe(true);
    await atlas.screenshot('country-panel-legend-folded-by-escape');
    await pressEscape(atlas);
    await countryPanel(atlas).waitFor({ state: 'detached' });
    expect(await atlas.legendIsOpen()).toBe(false);
  });

  it('selects a country from the list by keyboard, then Escape closes it and returns focus', async () => {
    atlas = await session.open();
    await openCountryFromList(atlas, 'Spain');
    const panel = atlas.page.getByRole('region', { name: 'Spain' });
    await panel.waitFor();
    expect((await atlas.query()).get('country')).toBe('ESP');
    expect(await atlas.page.evaluate(() => document.activeElement?.id)).toBe('country-panel-title');
    await atlas.screenshot('country-panel-spain-from-list');
    await pressEscape(atlas);
    await countryPanel(atlas).waitFor({ state: 'detached' });
    expect((await atlas.query()).get('country')).toBeNull();
    expect(await atlas.page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
  });

  it('links every statement to an https source in a new tab, without an opener', async () => {
    atlas = await session.open({ query: 'country=FRA' });
    const panel = atlas.page.getByRole('region', { name: 'France' });
    await panel.waitFor();
    const links = await panel.locator('.statement a').evaluateAll((anchors) =>
      anchors.map((anchor) => ({
        href: anchor.getAttribute('href') ?? '',
        target: anchor.getAttribute('target'),
        rel: anchor.getAttribute('rel') ?? '',
      })),
    );
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.href).toMatch(/^https:\/\//);
      expect(link.target).toBe('_blank');
      expect(link.rel).toContain('noopener');
    }
  });

  it('says plainly that a basemap country outside the record is not part of it', async () => {
    atlas = await session.open({ query: 'country=BRA' });
    const panel = atlas.page.getByRole('region', { name: 'Brazil' });
    await panel.waitFor();
    expect(await panel.textContent()).toContain('not part of the coalition’s record');
  });

  it('lays the panel out readably on a phone', async () => {
    atlas = await session.open({
      query: 'country=DEU',
      viewport: { width: 375, height: 667 },
      hasTouch: true,
      isMobile: true,
    });
    await atlas.page.getByRole('region', { name: 'Germany' }).waitFor();
    await atlas.page.getByRole('region', { name: 'Germany' }).scrollIntoViewIfNeeded();
    await atlas.screenshot('country-panel-phone');
  });
});
