import { describe, expect, inject, it } from 'vitest';
import { launchChromium } from './support/browser';
import { type AtlasPage, openAtlas } from './support/driver';
import { sharedPagePerFile } from './support/session';

/** Ids of the features MapLibre drew in the given layers, in the current view. */
function renderedIds(atlas: AtlasPage, layers: string[]): Promise<string[]> {
  return atlas.page.evaluate((layerIds) => {
    const map = window.atlas?.map;
    if (!map) return [];
    const present = layerIds.filter((id) => map.getLayer(id));
    return [...new Set(map.queryRenderedFeatures({ layers: present }).map((feature) => String(feature.id)))];
  }, layers);
}

function siteState(atlas: AtlasPage, id: string): Promise<Record<string, unknown>> {
  return atlas.page.evaluate(
    (siteId) => window.atlas?.map?.getFeatureState({ source: 'site-shapes', id: siteId }) ?? {},
    id,
  );
}

/** Moves the store to a moment (a date or instant), as the timeline would, and waits for the map. */
async function showMoment(atlas: AtlasPage, moment: string): Promise<void> {
  await atlas.page.evaluate((value) => window.atlas?.store.getState().setTime(Date.parse(value)), moment);
  await atlas.waitForMapIdle();
}

/** A point in western Austria (a member without a troop pattern), clear of its label. */
const TYROL = [11.4, 47.1] as const;

const ROLE_WORDS: Record<string, string> = {
  member: 'Member of the coalition',
  participant: 'Took part, not a member',
  not_member: 'Not a member',
};

describe('map layers', () => {
  const session = sharedPagePerFile();

  it('draws coalition roles, troop patterns, hubs, German candidates and the announcement place', async () => {
    await session.atlas.screenshot('map-layers-default');
    expect(await renderedIds(session.atlas, ['country-fill'])).toEqual(
      expect.arrayContaining(['POL', 'UKR', 'FRA'].slice(0, 2)),
    );
    expect(await renderedIds(session.atlas, ['hubs-area-fill'])).toContain('uk-france-military-hubs');
    expect(await renderedIds(session.atlas, ['german-deployments-candidate-hatch'])).toEqual(
      expect.arrayContaining(['german-forces-candidate-poland', 'german-forces-candidate-romania']),
    );
    const troopLayers = [
      'country-troops-deployed',
      'country-troops-approved',
      'country-troops-conditional',
      'country-troops-declared',
      'country-troops-ruled-out',
    ];
    expect((await renderedIds(session.atlas, troopLayers)).length).toBeGreaterThan(0);
    const current = await session.atlas.page.evaluate(() => {
      const map = window.atlas?.map;
      return map
        ?.queryRenderedFeatures({ layers: ['announcement-marker'] })
        .filter((feature) => feature.state.current).length;
    });
    expect(current).toBeGreaterThanOrEqual(0);
  });

  it('renders the undisclosed hubs label, saying so', async () => {
    expect(await renderedIds(session.atlas, ['hubs-label'])).toContain('uk-france-military-hubs');
    await session.atlas.screenshot('map-layers-undisclosed-label');
    const text = await session.atlas.page.evaluate(() => {
      const layer = window.atlas?.map?.getLayoutProperty('hubs-label', 'text-field');
      return JSON.stringify(layer);
    });
    expect(text).toContain('location undisclosed');
  });

  it('keeps a site that ended before the chosen moment inactive, and shows it inside its dates', async () => {
    expect(await siteState(session.atlas, 'german-patriot-sliac')).toMatchObject({ active: false });
    expect(await siteState(session.atlas, 'german-patriot-rzeszow')).toMatchObject({ active: false });
    await showMoment(session.atlas, '2025-06-01T12:00:00Z');
    expect(await siteState(session.atlas, 'german-patriot-rzeszow')).toMatchObject({ active: true });
    // Not yet announced in June 2025: the hubs are hidden.
    expect(await siteState(session.atlas, 'uk-france-military-hubs')).toMatchObject({ active: false });
    await session.atlas.page.evaluate(() => window.atlas?.store.getState().jumpToLastEvent());
    await session.atlas.waitForMapIdle();
    expect(await siteState(session.atlas, 'german-patriot-rzeszow')).toMatchObject({ active: false });
  });

  it('hides a layer when its legend checkbox is cleared, and shows it again', async () => {
    await session.atlas.openLegend();
    const checkbox = session.atlas.page.getByRole('checkbox', { name: 'German forces on NATO territory' });
    await checkbox.uncheck();
    await session.atlas.waitForMapIdle();
    expect(await renderedIds(session.atlas, ['german-deployments-candidate-hatch'])).toEqual([]);
    expect(
      await session.atlas.page.evaluate(() => window.atlas?.store.getState().visibleLayers),
    ).not.toContain('german-deployments');
    await session.atlas.screenshot('map-layers-german-hidden');
    await checkbox.check();
    await session.atlas.waitForMapIdle();
    expect((await renderedIds(session.atlas, ['german-deployments-candidate-hatch'])).length).toBeGreaterThan(
      0,
    );
  });

  it('paints plain land instead of role colours while the coalition toggle is off', async () => {
    expect(await session.atlas.featureState('AUT')).toMatchObject({ role: 'member' });
    await session.atlas.closeLegend();
    const [red, green, blue] = await session.atlas.pixelAt(TYROL[0], TYROL[1]);
    // Member blue: far more blue than red.
    expect(blue - red).toBeGreaterThan(60);
    await session.atlas.openLegend();
    const checkbox = session.atlas.page.getByRole('checkbox', { name: 'Coalition of the Willing' });
    await checkbox.uncheck();
    await session.atlas.closeLegend();
    await session.atlas.waitForMapIdle();
    const plain = await session.atlas.pixelAt(TYROL[0], TYROL[1]);
    // Land is a pale neutral: every channel high, none far from the others.
    expect(Math.min(...plain.slice(0, 3))).toBeGreaterThan(200);
    expect(Math.max(...plain.slice(0, 3)) - Math.min(...plain.slice(0, 3))).toBeLessThan(20);
    await session.atlas.openLegend();
    await checkbox.check();
    await session.atlas.closeLegend();
    await session.atlas.waitForMapIdle();
    const [redAgain, , blueAgain] = await session.atlas.pixelAt(TYROL[0], TYROL[1]);
    expect(blueAgain - redAgain).toBeGreaterThan(60);
    expect(green).toBeGreaterThan(0);
  });

  it('shows the country name and its role on hover', async () => {
    const role = String((await session.atlas.featureState('ROU')).role);
    const { x, y } = await session.atlas.screenPointOf(25.5, 46.2);
    await session.atlas.page.mouse.move(x, y);
    const text = await session.atlas.tooltipText();
    expect(text).toContain('Romania');
    expect(text).toContain(ROLE_WORDS[role]);
    // Romania is also a candidate host: the area site is explained under the country.
    expect(text).toContain('Possible host for German forces');
    await session.atlas.screenshot('map-layers-tooltip');
  });

  it('names the hovered country in the viewer language', async () => {
    await session.atlas.page.mouse.move(2, 2);
    await session.atlas.page.evaluate(() => window.atlas?.store.getState().setLanguage('uk'));
    try {
      const { x, y } = await session.atlas.screenPointOf(25.3, 45.9);
      await session.atlas.page.mouse.move(x, y);
      await expect.poll(() => session.atlas.tooltipText(), { timeout: 5_000 }).toContain('Румунія');
    } finally {
      await session.atlas.page.mouse.move(2, 2);
      await session.atlas.page.evaluate(() => window.atlas?.store.getState().setLanguage('en'));
    }
  });

  it('shows a country tooltip for keyboard users following the hovered country in the store', async () => {
    await session.atlas.page.mouse.move(2, 2);
    await session.atlas.page.evaluate(() => window.atlas?.store.getState().setHoveredCountry('MDA'));
    expect(await session.atlas.tooltipText()).toContain('Moldova');
    await session.atlas.page.evaluate(() => window.atlas?.store.getState().setHoveredCountry(null));
  });

  it('selects and outlines a country on click, and fits it', async () => {
    await session.atlas.clickMapAt(25.5, 46.2);
    await session.atlas.page.waitForFunction(() => window.atlas?.store.getState().countryId === 'ROU');
    expect(await session.atlas.featureState('ROU')).toMatchObject({ selected: true });
    await session.atlas.page.waitForFunction(() => !window.atlas?.map?.isMoving());
    await session.atlas.waitForMapIdle();
    const bounds = await session.atlas.page.evaluate(() => window.atlas?.map?.getBounds().toArray());
    const [[west = 0, south = 0] = [], [east = 0, north = 0] = []] = bounds ?? [];
    // Romania (about 20–30°E, 43.6–48.3°N) is in view, and the view is zoomed to it.
    expect(west).toBeLessThan(21);
    expect(east).toBeGreaterThan(29.5);
    expect(south).toBeLessThan(44);
    expect(north).toBeGreaterThan(48);
    expect(east - west).toBeLessThan(25);
    const outlined = await session.atlas.page.evaluate(() =>
      window.atlas?.map
        ?.queryRenderedFeatures({ layers: ['country-selected'] })
        .map((feature) => feature.properties?.iso3),
    );
    expect([...new Set(outlined)]).toEqual(['ROU']);
    await session.atlas.screenshot('map-layers-selected');
  });

  it('marks and moves to the place of the chosen announcement', async () => {
    const londonEvent = await session.atlas.page.evaluate(() => {
      const events = window.atlas?.store.getState().dataset?.events ?? [];
      const event = events.find((candidate) => candidate.place.lon < 0);
      return event && { id: event.id, place: event.place.name };
    });
    expect(londonEvent).toBeDefined();
    await session.atlas.page.evaluate(
      (id) => window.atlas?.store.getState().selectEvent(String(id)),
      londonEvent?.id,
    );
    await session.atlas.page.waitForFunction(() => !window.atlas?.map?.isMoving());
    await session.atlas.waitForMapIdle();
    // One marker per place: the current one is London's, drawn once however many announcements it had.
    const currentPlaces = await session.atlas.page.evaluate(() =>
      window.atlas?.map
        ?.queryRenderedFeatures({ layers: ['announcement-marker'] })
        .filter((feature) => feature.state.current)
        .map((feature) => feature.properties?.name),
    );
    expect(currentPlaces).toEqual([londonEvent?.place]);
    const centre = await session.atlas.page.evaluate(() => window.atlas?.map?.getCenter().toArray());
    expect(centre?.[0]).toBeLessThan(5);
    await session.atlas.screenshot('map-layers-announcement');
  });

  it('outlines the parties to a chosen commitment, and only them, until it is cleared', async () => {
    const commitment = await session.atlas.page.evaluate(() => {
      const events = window.atlas?.store.getState().dataset?.events ?? [];
      const found = events.flatMap((event) => event.commitments ?? [])[0];
      return found && { id: found.id, actors: found.actors };
    });
    expect(commitment?.actors.length).toBeGreaterThan(1);
    const outlined = () =>
      session.atlas.page.evaluate(() => {
        const map = window.atlas?.map;
        const drawn = map?.queryRenderedFeatures({ layers: ['country-highlight'] }) ?? [];
        return [...new Set(drawn.map((feature) => String(feature.properties?.iso3)))].sort();
      });
    await session.atlas.page.evaluate((id) => {
      window.atlas?.map?.jumpTo({ center: [10, 50], zoom: 2.5 });
      window.atlas?.store.getState().selectCommitment(id);
    }, commitment?.id ?? null);
    await session.atlas.waitForMapIdle();
    const parties = await outlined();
    expect(parties.length).toBeGreaterThan(1);
    for (const id of parties) expect(commitment?.actors).toContain(id);
    await session.atlas.page.evaluate(() => window.atlas?.store.getState().selectCommitment(null));
    await session.atlas.waitForMapIdle();
    expect(await outlined()).toEqual([]);
  });

  it('logs no console error and never leaves 127.0.0.1', () => {
    expect(session.atlas.consoleErrors).toEqual([]);
    expect(session.atlas.outsideRequests).toEqual([]);
  });
});

describe('map layers on a phone', () => {
  it('starts with the legend folded and still draws the map', async () => {
    const browser = await launchChromium();
    try {
      const atlas = await openAtlas(browser, inject('baseUrl'), {
        viewport: { width: 375, height: 667 },
        hasTouch: true,
        isMobile: true,
      });
      expect(await atlas.page.locator('details.map-legend').getAttribute('open')).toBeNull();
      await atlas.screenshot('map-layers-phone');
      await atlas.page.locator('details.map-legend summary').click();
      await atlas.screenshot('map-layers-phone-legend');
      await atlas.close();
    } finally {
      await browser.close();
    }
  });
});
