import { describe, expect, inject, it } from 'vitest';
import {
  type AtlasPage,
  countryPanel,
  goBack,
  goForward,
  linkedState,
  openCountryFromList,
} from './support/driver';
import { freshPagePerTest } from './support/session';

describe('sharing exactly what you see', () => {
  const session = freshPagePerTest();
  let atlas: AtlasPage | undefined;

  it('walks selections with Back and Forward, keeping the camera in the hash', async () => {
    atlas = await session.open({ hash: '4/49/25' });
    await openCountryFromList(atlas, 'Germany');
    await atlas.page.getByRole('region', { name: 'Germany' }).waitFor();
    await openCountryFromList(atlas, 'France');
    await atlas.page.getByRole('region', { name: 'France' }).waitFor();
    expect((await atlas.query()).get('country')).toBe('FRA');
    expect(new URL(atlas.page.url()).hash).not.toBe('');

    await goBack(atlas);
    await atlas.page.getByRole('region', { name: 'Germany' }).waitFor();
    expect((await linkedState(atlas)).countryId).toBe('DEU');
    await goBack(atlas);
    await countryPanel(atlas).waitFor({ state: 'detached' });
    expect((await linkedState(atlas)).countryId).toBeNull();
    await goForward(atlas);
    await atlas.page.getByRole('region', { name: 'Germany' }).waitFor();
  });

  it('opens the moment, country and layers a link names, and keeps them in the address', async () => {
    atlas = await session.open({
      query: 't=2026-01-06T18:00Z&country=GBR&layers=hubs,coalition',
    });
    const state = await linkedState(atlas);
    expect(state).toMatchObject({
      countryId: 'GBR',
      time: Date.UTC(2026, 0, 6, 18),
      visibleLayers: ['coalition', 'hubs'],
    });
    expect((await atlas.query()).get('t')).toBe('2026-01-06T18:00Z');
    expect((await atlas.query()).get('layers')).toBe('coalition,hubs');
  });

  it('ignores a hostile or broken link and opens the default view', async () => {
    atlas = await session.open({
      query: 't=99999999999999&country=%3Cscript%3E&event=__proto__&layers=nope&lang=xx&%E0%A4%A=1',
    });
    const state = await linkedState(atlas);
    expect(state.countryId).toBeNull();
    expect(state.eventId).toBeNull();
    expect(state.visibleLayers.length).toBeGreaterThan(0);
    expect(await countryPanel(atlas).count()).toBe(0);
  });

  it('drops an id that does not exist once the data is in', async () => {
    atlas = await session.open({ query: 'country=QQQ&event=no-such-announcement' });
    const state = await linkedState(atlas);
    expect(state.countryId).toBeNull();
    expect(state.eventId).toBeNull();
    expect((await atlas.query()).get('country')).toBeNull();
  });

  it('copies the link, or offers it to copy by hand', async () => {
    atlas = await session.open({ query: 'country=DEU' });
    await atlas.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(inject('baseUrl')).origin,
    });
    await atlas.page.getByRole('button', { name: 'Copy link' }).click();
    await atlas.page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
    await atlas.waitForAddressWritten();
    expect(await atlas.page.evaluate(() => navigator.clipboard.readText())).toBe(atlas.page.url());
  });

  it('shows the compact embed layout with a link to the full atlas and takes no focus', async () => {
    atlas = await session.open({
      query: 'embed=1&country=DEU',
      viewport: { width: 800, height: 500 },
    });
    expect(await atlas.page.locator('header.atlas-header').count()).toBe(0);
    const link = atlas.page.getByRole('link', { name: 'Open the full atlas' });
    const href = (await link.getAttribute('href')) ?? '';
    expect(new URL(href).searchParams.get('embed')).toBeNull();
    expect(new URL(href).searchParams.get('country')).toBe('DEU');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toContain('noopener');
    expect(await atlas.page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await atlas.page.getByRole('region', { name: 'Germany' }).waitFor();
    // The camera moved to fit Germany, yet the embed wrote no camera hash into the iframe's address.
    expect(new URL(atlas.page.url()).hash).toBe('');
    await atlas.screenshot('links-embed');
  });
});
