import { describe, expect, it } from 'vitest';
import { momentToTime } from '../../../src/data/derive';
import { commitmentActors } from '../../../src/map/AtlasMap';
import { isPointWellInView, paddingAroundPanel } from '../../../src/map/camera';
import { announcementTooltip, countryTooltip, shorten, siteTooltip } from '../../../src/map/tooltipContent';
import { legendMessages } from '../../../src/ui/legend/messages';
import { datasetWithSites } from './mapFixtures';

const dataset = datasetWithSites();
const english = legendMessages.en;
const site = (id: string) => {
  const found = dataset.sites.find((candidate) => candidate.properties.id === id);
  if (!found) throw new Error(`no site ${id}`);
  return found;
};

describe('country tooltips', () => {
  it('give name, role and troop commitment as of the moment', () => {
    const before = countryTooltip(dataset, 'ESP', 'Spain', momentToTime('2026-01-05'), english, 'en');
    const after = countryTooltip(dataset, 'ESP', 'Spain', momentToTime('2026-01-07'), english, 'en');
    expect(before).toEqual({
      title: 'Spain',
      lines: ['Member of the coalition · Unclear (no pattern)', 'since 2 Mar 2025'],
    });
    expect(after.lines[0]).toBe('Member of the coalition · Troops on conditions');
  });

  it('name a country the data does not cover by its basemap name only', () => {
    expect(countryTooltip(dataset, 'BRA', 'Brazil', Date.now(), english, 'en')).toEqual({
      title: 'Brazil',
      lines: [],
    });
  });
});

describe('site tooltips', () => {
  it('say what, how sure, how precise and when', () => {
    const content = siteTooltip(dataset, site('patriot-ended'), english, 'en');
    expect(content.lines).toEqual([
      'German deployment · announced · exact site',
      '23 Jan 2025 to 10 Dec 2025',
    ]);
  });

  it('quote the statement that made a country a candidate', () => {
    const content = siteTooltip(dataset, site('candidate-poland'), english, 'en');
    expect(content.lines.at(-1)).toBe(
      'Why a candidate: Friedrich Merz: “Forces on neighbouring NATO territory.”',
    );
  });

  it('translate the kind in other languages', () => {
    expect(
      siteTooltip(dataset, site('hubs-in-ukraine'), { ...english, ...legendMessages.de }, 'de').lines[0],
    ).toBe('Militärischer Hub · angekündigt · Ort nicht genannt');
  });
});

describe('other map helpers', () => {
  it('name the place and title of an announcement', () => {
    expect(announcementTooltip(dataset, 'london-founding', english)).toEqual({
      title: 'London',
      lines: ['Announcement: Coalition founded in London'],
    });
  });

  it('shorten long quotes at a word', () => {
    expect(shorten('one two three four', 10)).toBe('one two…');
  });

  it('find the parties of a commitment', () => {
    expect(commitmentActors(dataset, 'ceasefire-monitoring')).toEqual(['FRA', 'GBR', 'USA']);
    expect(commitmentActors(dataset, null)).toBeNull();
  });

  it('pad a fitted country away from a side panel or a bottom sheet', () => {
    const map = { left: 0, top: 0, right: 1000, bottom: 700 };
    expect(paddingAroundPanel(map, { left: 700, top: 0, right: 1000, bottom: 700 }).right).toBe(340);
    expect(paddingAroundPanel(map, { left: 0, top: 400, right: 1000, bottom: 700 }).bottom).toBe(340);
    expect(paddingAroundPanel(map, { left: 1000, top: 0, right: 1400, bottom: 700 }).right).toBe(40);
  });

  it('treat a place near the edge as out of view', () => {
    expect(isPointWellInView({ x: 500, y: 300 }, 1000, 700)).toBe(true);
    expect(isPointWellInView({ x: 20, y: 300 }, 1000, 700)).toBe(false);
  });
});
