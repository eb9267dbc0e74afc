// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { atlasStore } from '../../../src/state/store';
import { CopyLinkButton } from '../../../src/ui/share/CopyLinkButton';
import { countriesCsv, escapeCsvCell, toCsv } from '../../../src/ui/share/csv';
import { EmbedBar } from '../../../src/ui/share/EmbedBar';
import { fullAtlasUrl } from '../../../src/ui/share/fullAtlasUrl';
import { atlasGeoJson } from '../../../src/ui/share/geojsonExport';
import { squareCountries } from '../../fixtures/squareCountries';
import {
  buildSyntheticDataset,
  LATEST_ANNOUNCEMENT_TIME,
  PARIS_DECLARATION_TIME,
} from '../../fixtures/syntheticDataset';

describe('CSV export', () => {
  it('doubles quotes and quotes cells with commas, quotes or line breaks', () => {
    expect(escapeCsvCell('plain')).toBe('plain');
    expect(escapeCsvCell('a, b')).toBe('"a, b"');
    expect(escapeCsvCell('say "yes"')).toBe('"say ""yes"""');
    expect(escapeCsvCell('two\nlines')).toBe('"two\nlines"');
    expect(escapeCsvCell(null)).toBe('');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(escapeCsvCell('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(escapeCsvCell('+1')).toBe("'+1");
    expect(escapeCsvCell('-2')).toBe("'-2");
    expect(escapeCsvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(escapeCsvCell('\tx')).toBe("'\tx");
    expect(escapeCsvCell('a=b')).toBe('a=b');
  });

  it('joins rows with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('a,b\r\nc,d\r\n');
  });

  it('has one row per actor with its standing as of the moment', () => {
    const lines = countriesCsv(buildSyntheticDataset(), PARIS_DECLARATION_TIME).trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,name,role,troops,as_of,latest_note,sources');
    expect(lines).toHaveLength(8);
    expect(lines).toContain(
      'ESP,Spain,member,conditional,2026-01-06T17:45:00.000Z,Reports differ on whether troops would go before a peace deal.,https://news.example.com/report https://wire.example.net/story',
    );
    const before = countriesCsv(buildSyntheticDataset(), Date.UTC(2026, 0, 5));
    expect(before).toContain('ESP,Spain,member,unclear');
    expect(countriesCsv(buildSyntheticDataset(), Date.UTC(2026, 0, 5))).toContain(
      'USA,United States,not_member,unclear',
    );
  });
});

describe('GeoJSON export', () => {
  it('holds the sites active at the moment, with their properties', () => {
    const collection = atlasGeoJson(buildSyntheticDataset(), LATEST_ANNOUNCEMENT_TIME, null);
    expect(collection.features.map((feature) => feature.properties.id)).toEqual(['kyiv-hub']);
    expect(collection.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [30.5, 50.45] });
    const earlier = atlasGeoJson(buildSyntheticDataset(), Date.UTC(2025, 3, 1), null);
    expect(earlier.features.map((feature) => [feature.properties.id, feature.geometry])).toEqual([
      ['old-site', null],
    ]);
  });

  it('adds recorded countries with their role as of the moment when the basemap is given', () => {
    const basemap = squareCountries({ iso3: 'ESP', name: 'ESP' }, { iso3: 'BRA', name: 'BRA' });
    const collection = atlasGeoJson(buildSyntheticDataset(), PARIS_DECLARATION_TIME, basemap);
    const spain = collection.features.find((feature) => feature.properties.layer === 'country');
    expect(spain?.properties).toMatchObject({ id: 'ESP', role: 'member', troops: 'conditional' });
    expect(collection.features.filter((feature) => feature.properties.layer === 'country')).toHaveLength(1);
  });
});

describe('sharing in the page', () => {
  const initialState = atlasStore.getState();
  beforeEach(() => {
    atlasStore.setState(initialState, true);
    window.history.replaceState(null, '', '/?country=DEU&layers=coalition,hubs&embed=1#5/50/30');
    atlasStore.setState({ countryId: 'DEU', embed: true, visibleLayers: ['coalition', 'hubs'] });
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('copies the address and says so politely', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<CopyLinkButton />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(window.location.href);
    expect(screen.getByRole('status').textContent).toBe('Link copied');
  });

  it('copies what the viewer sees even before the address bar shows it', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<CopyLinkButton />);
    // The URL sync writes the address a frame after a change; a click in between copies the new state.
    atlasStore.getState().selectCountry('FRA');
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(
      'http://localhost:3000/?country=FRA&layers=coalition,hubs&embed=1#5/50/30',
    );
  });

  it('offers a selected field when the clipboard is unavailable', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    render(<CopyLinkButton />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = screen.getByRole('textbox', { name: 'Copy this link' }) as HTMLInputElement;
    expect(field.value).toBe(window.location.href);
    expect(field.readOnly).toBe(true);
  });

  it('links an embed to the same view in the full atlas, without taking focus', () => {
    const focused = document.activeElement;
    render(<EmbedBar />);
    const link = screen.getByRole('link', { name: 'Open the full atlas' });
    expect(link.getAttribute('href')).toBe(
      'http://localhost:3000/?country=DEU&layers=coalition,hubs#5/50/30',
    );
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(document.activeElement).toBe(focused);
    // The address bar is not written yet (the URL sync does it a frame later): the link follows the store.
    act(() => {
      atlasStore.getState().selectCountry('FRA');
    });
    expect(link.getAttribute('href')).toBe(
      'http://localhost:3000/?country=FRA&layers=coalition,hubs#5/50/30',
    );
  });

  it('keeps the hash when leaving the embed', () => {
    expect(fullAtlasUrl('https://example.org/atlas/?embed=1&t=2026-01-06T17:45Z#5/50/30')).toBe(
      'https://example.org/atlas/?t=2026-01-06T17:45Z#5/50/30',
    );
  });
});
