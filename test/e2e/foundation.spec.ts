import { describe, expect, it } from 'vitest';
import { sharedPagePerFile } from './support/session';

describe('opening the atlas', () => {
  const session = sharedPagePerFile();

  it('draws Ukraine on the map once ready', async () => {
    const drawn = await session.atlas.renderedCountries();
    expect(drawn.map((country) => country.iso3)).toContain('UKR');
    await session.atlas.screenshot('foundation-default');
  });

  it('paints Ukraine in its own colour outside the hubs veil (a real pixel, not just a feature)', async () => {
    const [red, green, blue] = await session.atlas.pixelAt(35.5, 48.4);
    // Ukraine's fill is yellow: strong red and green, little blue.
    expect(red).toBeGreaterThan(180);
    expect(green).toBeGreaterThan(150);
    expect(blue).toBeLessThan(120);
  });

  it('draws Crimea as part of Ukraine', async () => {
    const [red, green, blue] = await session.atlas.pixelAt(34.1, 45.2);
    expect(red).toBeGreaterThan(180);
    expect(green).toBeGreaterThan(150);
    expect(blue).toBeLessThan(120);
  });

  it('frames Ukraine and its neighbours', async () => {
    const drawn = (await session.atlas.renderedCountries()).map((country) => country.iso3);
    for (const neighbour of ['POL', 'ROU', 'HUN', 'SVK', 'MDA', 'BLR', 'RUS'])
      expect(drawn).toContain(neighbour);
  });

  it('keeps every request on 127.0.0.1 and logs no console error', async () => {
    expect(session.atlas.outsideRequests).toEqual([]);
    expect(session.atlas.consoleErrors).toEqual([]);
  });

  it('shows the Natural Earth attribution', async () => {
    await expect(session.atlas.page.locator('.maplibregl-ctrl-attrib').textContent()).resolves.toContain(
      'Natural Earth',
    );
  });
});
