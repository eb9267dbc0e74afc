import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/data/schema';
import { describeMap } from '../../../src/ui/map/describeMap';
import { buildSyntheticDataset, SOURCE_OFFICIAL } from '../../fixtures/syntheticDataset';

/** The fixture plus two sites: an undisclosed hub from the summit, and a city site that ended before it. */
function withSites(dataset: Dataset): Dataset {
  const site = (id: string, label: string, precision: string, from: string, to?: string) => ({
    type: 'Feature',
    // An undisclosed place has no geometry: no source locates it.
    geometry: precision === 'undisclosed' ? null : { type: 'Point', coordinates: [30.5, 50.4] },
    properties: {
      id,
      kind: 'hub',
      label,
      status: 'announced',
      precision,
      nations: ['GBR', 'FRA'],
      announcedIn: 'paris-declaration-signed',
      from,
      ...(to ? { to } : {}),
      note: 'Invented for the test.',
      sources: [SOURCE_OFFICIAL],
    },
  });
  return {
    ...dataset,
    sites: {
      type: 'FeatureCollection',
      features: [
        site('hubs', 'UK and French hubs', 'undisclosed', '2026-01-06'),
        site('old-cell', 'Old cell (Lviv)', 'city', '2025-03-02', '2025-12-01'),
      ],
    } as Dataset['sites'],
  };
}

const dataset = buildSyntheticDataset(withSites);
const nameOf = (id: string) => dataset.actorsById.get(id)?.name ?? id;
const at = (moment: string) => Date.parse(moment);

describe('the map’s text alternative', () => {
  it('counts members and participants and names who committed troops, as of the moment', () => {
    const text = describeMap({
      dataset,
      time: at('2026-01-07T00:00Z'),
      eventId: null,
      language: 'en',
      nameOf,
    });
    expect(text).toContain('As of 7 January 2026: 5 coalition members and 2 other participants.');
    // Spain turned conditional on 6 January; the United States ruled troops out; Germany is unclear.
    expect(text).toContain('4 of them have committed troops');
    expect(text).toContain('France, Spain, Ukraine and United Kingdom');
    expect(text).not.toContain('Germany');
  });

  it('says a hub with no known place is undisclosed, and drops places that ended', () => {
    const text = describeMap({
      dataset,
      time: at('2026-01-07T00:00Z'),
      eventId: null,
      language: 'en',
      nameOf,
    });
    expect(text).toContain('UK and French hubs: location undisclosed');
    expect(text).not.toContain('Old cell');
  });

  it('reads earlier moments differently: before the summit Spain had not committed, the hubs did not exist', () => {
    const text = describeMap({
      dataset,
      time: at('2025-06-01T00:00Z'),
      eventId: null,
      language: 'en',
      nameOf,
    });
    expect(text).toContain('3 of them have committed troops');
    expect(text).not.toContain('Spain,');
    expect(text).toContain('Old cell (Lviv)');
    expect(text).not.toContain('hubs: location undisclosed');
  });

  it('names the announcement shown, and the date at its precision when the map sits on it', () => {
    const event = dataset.eventsById.get('spain-says-yes');
    if (!event) throw new Error('fixture changed');
    const text = describeMap({ dataset, time: event.startTime, eventId: event.id, language: 'en', nameOf });
    expect(text).toContain('6 January 2026 at 21:30 CET');
    expect(text).toContain('Announcement shown: Spain says yes, with conditions');
  });

  it('speaks the UI language, with its own date format', () => {
    const text = describeMap({
      dataset,
      time: at('2026-01-07T00:00Z'),
      eventId: null,
      language: 'de',
      nameOf,
    });
    expect(text).toContain('Stand 7. Januar 2026: 5 Mitglieder der Koalition');
    expect(text).toContain('Standort nicht bekannt gegeben');
  });

  it('says nobody committed troops before anyone did', () => {
    const text = describeMap({
      dataset,
      time: at('2025-01-01T00:00Z'),
      eventId: null,
      language: 'en',
      nameOf,
    });
    expect(text).toContain('0 coalition members');
    expect(text).toContain('None of them has committed troops yet.');
  });
});
