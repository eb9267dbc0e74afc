import { describe, expect, it } from 'vitest';
import { formatProblem, jsonPath, parseDataFile } from '../../../src/data/problems';
import { type DataProblem, validateDataset } from '../../../src/data/validate';
import { geographyRules } from '../../../src/data/validateGeography';
import { indexOfId, indexOfSite, type RealData, realRawData, testBasemap } from './realData';

/** Validates with the geographic rules and returns the problems (empty when the data is good). */
function problemsOf(data: RealData, withBasemap = true): DataProblem[] {
  const result = validateDataset(data, withBasemap ? { geography: geographyRules(testBasemap()) } : {});
  return result.ok ? [] : result.problems;
}

/** Breaks one thing in a clone of the real data and expects exactly one problem at that place. */
function expectSingleProblem(
  breakIt: (data: RealData) => void,
  expected: { file: string; path: string; reason: string },
): void {
  const data = realRawData();
  breakIt(data);
  const problems = problemsOf(data);
  expect(problems).toHaveLength(1);
  const [problem] = problems;
  expect(problem?.file).toBe(expected.file);
  expect(problem?.path).toBe(expected.path);
  expect(problem?.reason).toContain(expected.reason);
}

describe('the real data', () => {
  it('passes every rule, geography included', () => {
    const result = validateDataset(realRawData(), { geography: geographyRules(testBasemap()) });
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    expect(result.dataset.actors.length).toBeGreaterThanOrEqual(40);
    expect(result.dataset.events.length).toBeGreaterThanOrEqual(24);
  });

  it('records the five commitments of the Paris Declaration in order', () => {
    const data = realRawData();
    const declaration = data.events[indexOfId(data.events, '2026-01-06-paris-declaration-published')];
    expect(declaration?.commitments?.map((commitment) => commitment.order)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('schema rules (one broken fixture per rule)', () => {
  it('a status entry without sources', () => {
    expectSingleProblem(
      (data) => {
        const france = data.actors[indexOfId(data.actors, 'FRA')];
        if (france?.status[0]) france.status[0].sources = [];
      },
      {
        file: 'data/actors.json',
        path: `$[${indexOfId(realRawData().actors, 'FRA')}].status[0].sources`,
        reason: 'needs at least one source',
      },
    );
  });

  it('an http source', () => {
    const index = indexOfId(realRawData().events, '2025-03-02-london-summit');
    expectSingleProblem(
      (data) => {
        const event = data.events[index];
        if (event) event.sources[0] = 'http://www.example.com/remarks';
      },
      { file: 'data/events.json', path: `$[${index}].sources[0]`, reason: 'expected an https:// URL' },
    );
  });

  it('a date that does not exist (2025-02-30)', () => {
    const index = indexOfId(realRawData().events, '2025-02-17-paris-emergency-meeting');
    expectSingleProblem(
      (data) => {
        const event = data.events[index];
        if (event) event.start = '2025-02-30';
      },
      { file: 'data/events.json', path: `$[${index}].start`, reason: 'expected a date YYYY-MM-DD' },
    );
  });

  it('a missing required field', () => {
    const index = indexOfId(realRawData().actors, 'POL');
    expectSingleProblem(
      (data) => {
        delete (data.actors[index] as Partial<RealData['actors'][number]>).name;
      },
      { file: 'data/actors.json', path: `$[${index}].name`, reason: 'missing required field' },
    );
  });

  it('a troops level outside the list', () => {
    const index = indexOfId(realRawData().actors, 'ITA');
    expectSingleProblem(
      (data) => {
        const entry = data.actors[index]?.status[0];
        if (entry) (entry as { troops: string }).troops = 'maybe';
      },
      { file: 'data/actors.json', path: `$[${index}].status[0].troops`, reason: 'expected one of deployed' },
    );
  });

  it('a precision that does not match the geometry', () => {
    const index = indexOfSite(realRawData(), 'mnf-u-headquarters-paris');
    expectSingleProblem(
      (data) => {
        const site = data.sites.features[index];
        if (site) site.properties.precision = 'undisclosed';
      },
      {
        file: 'data/sites.geojson',
        path: `$.features[${index}].geometry`,
        reason: 'precision "undisclosed" needs geometry null, got Point',
      },
    );
  });
});

describe('cross-reference rules', () => {
  it('an unknown actor id', () => {
    const index = indexOfId(realRawData().events, '2026-01-09-healey-in-kyiv');
    expectSingleProblem(
      (data) => {
        const event = data.events[index];
        if (event) event.actors.push('XYZ');
      },
      { file: 'data/events.json', path: `$[${index}].actors[2]`, reason: 'unknown actor id "XYZ"' },
    );
  });

  it('a duplicate actor id', () => {
    const data = realRawData();
    const copy = structuredClone(data.actors[indexOfId(data.actors, 'FRA')]);
    if (!copy) throw new Error('no FRA');
    data.actors.push(copy);
    const problems = problemsOf(data, false);
    expect(problems.map(formatProblem)).toEqual([
      `data/actors.json: $[${data.actors.length - 1}].id: duplicate actor id "FRA" (first used at $[${indexOfId(data.actors, 'FRA')}].id)`,
    ]);
  });

  it('a statement id used twice across events', () => {
    const events = realRawData().events;
    const first = indexOfId(events, '2026-01-06-press-conference');
    const second = indexOfId(events, '2026-01-06-merz-statement');
    expectSingleProblem(
      (data) => {
        const statement = data.events[second]?.statements[0];
        if (statement) statement.id = data.events[first]?.statements[0]?.id ?? '';
      },
      { file: 'data/events.json', path: `$[${second}].statements[0].id`, reason: 'duplicate statement id' },
    );
  });

  it('a site announced in an event that does not exist', () => {
    const index = indexOfSite(realRawData(), 'uk-france-military-hubs');
    expectSingleProblem(
      (data) => {
        const site = data.sites.features[index];
        if (site) site.properties.announcedIn = '2026-01-06-no-such-event';
      },
      {
        file: 'data/sites.geojson',
        path: `$.features[${index}].properties.announcedIn`,
        reason: 'unknown event id "2026-01-06-no-such-event"',
      },
    );
  });

  it('status entries out of order', () => {
    const index = indexOfId(realRawData().actors, 'ESP');
    expectSingleProblem(
      (data) => {
        const status = data.actors[index]?.status;
        if (status?.[2]) status[2].from = '2025-01-15';
      },
      { file: 'data/actors.json', path: `$[${index}].status[2].from`, reason: 'chronological order' },
    );
  });

  it('a site that ends before it starts', () => {
    const index = indexOfSite(realRawData(), 'german-patriot-rzeszow');
    expectSingleProblem(
      (data) => {
        const site = data.sites.features[index];
        if (site) site.properties.to = '2024-12-31';
      },
      { file: 'data/sites.geojson', path: `$.features[${index}].properties.to`, reason: 'is before from' },
    );
  });

  it('an event date outside 2025-2026', () => {
    const index = indexOfId(realRawData().events, '2026-01-03-security-advisers-kyiv');
    expectSingleProblem(
      (data) => {
        const event = data.events[index];
        if (event) event.start = '2062-01-03';
      },
      { file: 'data/events.json', path: `$[${index}].start`, reason: 'outside 2025-01-01..2026-12-31' },
    );
  });
});

describe('geographic rules (with the basemap)', () => {
  it('a site pin outside the country it claims', () => {
    const index = indexOfSite(realRawData(), 'german-brigade-lithuania-rukla');
    expectSingleProblem(
      (data) => {
        const geometry = data.sites.features[index]?.geometry;
        if (geometry?.type === 'Point') geometry.coordinates = [23.0, 53.5];
      },
      {
        file: 'data/sites.geojson',
        path: `$.features[${index}].geometry.coordinates`,
        reason: 'is not inside LTU',
      },
    );
  });

  it('a deployment candidate that does not border Ukraine', () => {
    const index = indexOfSite(realRawData(), 'german-forces-candidate-hungary');
    expectSingleProblem(
      (data) => {
        const site = data.sites.features[index];
        if (site) {
          site.properties.nations = ['DEU', 'LTU'];
          site.properties.country = 'LTU';
        }
      },
      {
        file: 'data/sites.geojson',
        path: `$.features[${index}].properties.country`,
        reason: 'deployment candidate LTU does not border Ukraine',
      },
    );
  });

  it('an event place in the open sea (lon and lat swapped)', () => {
    const index = indexOfId(realRawData().events, '2026-01-08-zakharova-legitimate-targets');
    expectSingleProblem(
      (data) => {
        const event = data.events[index];
        if (event) event.place = { ...event.place, lon: -30, lat: 40 };
      },
      {
        file: 'data/events.json',
        path: `$[${index}].place`,
        reason: 'neither in a country nor within 50 km',
      },
    );
  });

  it('accepts a coastal place a few kilometres off the basemap coastline', () => {
    const data = realRawData();
    const event = data.events[indexOfId(data.events, '2025-08-17-virtual-meeting-after-alaska')];
    if (event) event.place = { ...event.place, lon: 6.35, lat: 42.95 };
    expect(problemsOf(data)).toEqual([]);
  });
});

describe('problem formatting and parsing', () => {
  it('formats as file: path: reason', () => {
    expect(formatProblem({ file: 'data/actors.json', path: '$[3].status[0].from', reason: 'bad' })).toBe(
      'data/actors.json: $[3].status[0].from: bad',
    );
  });

  it('builds JSON paths with brackets for indexes and odd keys', () => {
    expect(jsonPath(['features', 2, 'properties', 'to'])).toBe('$.features[2].properties.to');
    expect(jsonPath([0, 'a-b'])).toBe('$[0]["a-b"]');
  });

  it('reports invalid JSON at $ instead of throwing', () => {
    const result = parseDataFile('data/events.json', '[{"id": ');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.file).toBe('data/events.json');
      expect(result.problem.path).toBe('$');
      expect(result.problem.reason).toMatch(/^not valid JSON \(/);
    }
  });
});
