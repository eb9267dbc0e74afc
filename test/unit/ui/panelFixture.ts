/**
 * A small synthetic dataset for the URL, panel and sharing tests: invented wording, real shapes.
 * It is checked against the real schema so it can never drift from the data contract.
 */
import { type IndexedDataset, indexDataset } from '../../../src/data/derive';
import { actorsFileSchema, type Dataset, eventsFileSchema, sitesFileSchema } from '../../../src/data/schema';

const SOURCE_A = 'https://example.org/report-a';
const SOURCE_B = 'https://example.com/report-b';

const actors = [
  {
    id: 'DEU',
    name: 'Germany',
    kind: 'country',
    status: [
      { from: '2025-03-01', role: 'participant', troops: 'unclear', sources: [SOURCE_A] },
      {
        from: '2026-01-06T17:45:00Z',
        role: 'member',
        troops: 'conditional',
        note: 'Reports differ on whether troops would stay on NATO territory.',
        sources: [SOURCE_A, SOURCE_B],
      },
    ],
    disagreements: [
      {
        topic: 'Where troops would go',
        detail: 'One report says Poland, another says Romania.',
        sources: [SOURCE_A, SOURCE_B],
      },
    ],
  },
  {
    id: 'FRA',
    name: 'France',
    kind: 'country',
    status: [
      { from: '2025-03-01', role: 'member', troops: 'declared', note: 'Lead nation.', sources: [SOURCE_A] },
    ],
  },
  {
    id: 'GBR',
    name: 'United Kingdom',
    kind: 'country',
    status: [{ from: '2025-03-01', role: 'member', troops: 'declared', sources: [SOURCE_B] }],
  },
  {
    id: 'USA',
    name: 'United States',
    kind: 'country',
    status: [{ from: '2026-01-06', role: 'participant', troops: 'ruled_out', sources: [SOURCE_A] }],
  },
  {
    id: 'EU',
    name: 'European Union',
    kind: 'institution',
    status: [{ from: '2025-03-01', role: 'participant', troops: 'unclear', sources: [SOURCE_A] }],
  },
  {
    id: 'NATO',
    name: 'NATO',
    kind: 'institution',
    status: [{ from: '2025-03-01', role: 'not_member', troops: 'unclear', sources: [SOURCE_A] }],
  },
];

const place = { name: 'Paris', lon: 2.35, lat: 48.86 };

const events = [
  {
    id: 'london-meeting',
    start: '2025-03-02',
    precision: 'day',
    place: { name: 'London', lon: -0.12, lat: 51.5 },
    title: 'Leaders meet in London',
    summary: 'A first meeting.',
    actors: ['GBR', 'FRA'],
    sources: [SOURCE_B],
    statements: [],
  },
  {
    id: 'paris-summit',
    start: '2026-01-06T17:45:00Z',
    precision: 'minute',
    place,
    title: 'Paris declaration signed',
    summary: 'Leaders sign a declaration.',
    actors: ['FRA', 'GBR', 'DEU', 'USA'],
    sources: [SOURCE_A],
    statements: [
      {
        id: 'macron-paris',
        speaker: 'Emmanuel Macron',
        office: 'President of France',
        actor: 'FRA',
        text: 'Nous sommes prêts.',
        language: 'fr',
        translation: 'We are ready.',
        sources: [SOURCE_A],
      },
      {
        id: 'merz-paris',
        speaker: 'Friedrich Merz',
        office: 'Chancellor of Germany',
        actor: 'DEU',
        text: 'Deutschland wird sich beteiligen.',
        language: 'de',
        translation: 'Germany will take part.',
        sources: [SOURCE_A, SOURCE_B],
      },
    ],
  },
  {
    id: 'berlin-briefing',
    start: '2026-01-08',
    precision: 'day',
    place: { name: 'Berlin', lon: 13.4, lat: 52.52 },
    title: 'Berlin briefing',
    summary: 'A government briefing.',
    actors: ['DEU'],
    sources: [SOURCE_B],
    statements: [
      {
        id: 'spokesperson-berlin',
        speaker: 'A spokesperson',
        office: 'Federal Government',
        actor: 'DEU',
        text: 'Details follow.',
        language: 'en',
        sources: [SOURCE_B],
      },
    ],
  },
];

const sites = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [30.5, 50.45] },
      properties: {
        id: 'kyiv-hub',
        kind: 'hub',
        label: 'Hub near Kyiv',
        status: 'announced',
        precision: 'city',
        nations: ['FRA', 'GBR'],
        announcedIn: 'paris-summit',
        from: '2026-01-06T17:45:00Z',
        note: '=HYPERLINK("x") looks like a formula',
        sources: [SOURCE_A],
      },
    },
    {
      type: 'Feature',
      geometry: null,
      properties: {
        id: 'old-site',
        kind: 'coordination',
        label: 'Closed cell',
        status: 'reported',
        precision: 'undisclosed',
        nations: ['GBR'],
        announcedIn: 'london-meeting',
        from: '2025-03-02',
        to: '2025-06-01',
        note: '',
        sources: [SOURCE_B],
      },
    },
  ],
};

/** The raw files, validated by the app's own schema. */
export function syntheticFiles(): Dataset {
  return {
    actors: actorsFileSchema.parse(actors),
    events: eventsFileSchema.parse(events),
    sites: sitesFileSchema.parse(sites),
  };
}

/** The indexed dataset the store holds. */
export function syntheticDataset(): IndexedDataset {
  return indexDataset(syntheticFiles());
}

export const PARIS_SUMMIT_TIME = Date.UTC(2026, 0, 6, 17, 45);
/** A day-precision announcement sits at the end of its day (see announcementTime). */
export const BERLIN_BRIEFING_TIME = Date.UTC(2026, 0, 8, 23, 59, 59, 999);
