import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, LAYER_IDS } from '../../../src/state/slices/viewSlice';
import {
  DEFAULT_URL_STATE,
  decodeUrlState,
  EARLIEST_LINK_TIME,
  encodeUrlState,
  formatLinkTime,
  LATEST_LINK_TIME,
  parseLinkTime,
  type UrlState,
} from '../../../src/state/url';

const KNOWN = { actors: new Set(['DEU', 'FRA', 'BRA', 'EU', 'NATO']), events: new Set(['paris-summit']) };

/** A state is valid when every field holds a value the codec can produce. */
function expectValidState(state: UrlState): void {
  if (state.time !== null) {
    expect(Number.isInteger(state.time)).toBe(true);
    expect(state.time).toBeGreaterThanOrEqual(EARLIEST_LINK_TIME);
    expect(state.time).toBeLessThanOrEqual(LATEST_LINK_TIME);
  }
  if (state.countryId !== null) expect(state.countryId).toMatch(/^([A-Z]{3}|EU|NATO)$/);
  if (state.eventId !== null) expect(state.eventId).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  expect(state.visibleLayers).toEqual(LAYER_IDS.filter((id) => state.visibleLayers.includes(id)));
  expect(['map', 'table']).toContain(state.view);
  expect(typeof state.embed).toBe('boolean');
  expect(LANGUAGES).toContain(state.language);
  expect(['system', 'light', 'dark']).toContain(state.theme);
  expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
}

const validState: fc.Arbitrary<UrlState> = fc.record({
  time: fc.option(fc.integer({ min: EARLIEST_LINK_TIME, max: LATEST_LINK_TIME }), { nil: null }),
  countryId: fc.option(fc.oneof(fc.stringMatching(/^[A-Z]{3}$/), fc.constantFrom('EU', 'NATO')), {
    nil: null,
  }),
  eventId: fc.option(fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,12}){0,3}$/), { nil: null }),
  visibleLayers: fc.subarray([...LAYER_IDS]),
  view: fc.constantFrom('map' as const, 'table' as const),
  embed: fc.boolean(),
  language: fc.constantFrom(...LANGUAGES),
  theme: fc.constantFrom('system' as const, 'light' as const, 'dark' as const),
  debug: fc.boolean(),
});

/** Query strings built from the parameter names the codec knows, with hostile values mixed in. */
const hostileQuery = fc
  .array(
    fc.tuple(
      fc.constantFrom(
        't',
        'country',
        'event',
        'layers',
        'view',
        'embed',
        'lang',
        'theme',
        'debug',
        '__proto__',
        'constructor',
      ),
      fc.oneof(
        fc.string(),
        fc.constantFrom(
          '%',
          '%E0%A4%A',
          '<script>alert(1)</script>',
          '1e309',
          '9'.repeat(400),
          '__proto__',
          'DEU',
        ),
        fc.constantFrom(
          '2026-01-06',
          '2026-02-30',
          '1999-12-31',
          '2026-01-06T18:45+01:00',
          'hubs,,coalition',
        ),
      ),
    ),
  )
  .map((pairs) => pairs.map(([name, value]) => `${name}=${value}`).join('&'));

describe('decodeUrlState', () => {
  it('reads every parameter of a full link', () => {
    const state = decodeUrlState(
      '?t=2026-01-06T17:45:00Z&country=DEU&event=paris-summit&layers=hubs,coalition&view=table&embed=1&lang=uk&theme=dark&debug=1',
      null,
    );
    expect(state).toEqual({
      time: Date.UTC(2026, 0, 6, 17, 45),
      countryId: 'DEU',
      eventId: 'paris-summit',
      visibleLayers: ['coalition', 'hubs'],
      view: 'table',
      embed: true,
      language: 'uk',
      theme: 'dark',
      debug: true,
    });
  });

  it('gives the defaults for an empty query', () => {
    expect(decodeUrlState('', null)).toEqual(DEFAULT_URL_STATE);
    expect(decodeUrlState('?', null)).toEqual(DEFAULT_URL_STATE);
  });

  it('keeps the good values when others are malformed', () => {
    const state = decodeUrlState(
      't=2026-13-01&country=<b>x</b>&event=Bad Slug!&lang=xx&theme=neon&view=globe&embed=yes&layers=hubs',
      null,
    );
    expect(state).toEqual({ ...DEFAULT_URL_STATE, visibleLayers: ['hubs'] });
  });

  it('reads dates and instants, with the offset whose + became a space', () => {
    expect(parseLinkTime('2026-01-06')).toBe(Date.UTC(2026, 0, 6));
    expect(parseLinkTime('2026-01-06T18:45+01:00')).toBe(Date.UTC(2026, 0, 6, 17, 45));
    expect(decodeUrlState('t=2026-01-06T18:45+01:00', null).time).toBe(Date.UTC(2026, 0, 6, 17, 45));
    expect(parseLinkTime('2026-01-06T17:45:30.250Z')).toBe(Date.UTC(2026, 0, 6, 17, 45, 30, 250));
  });

  it('refuses moments that are not real or out of range', () => {
    for (const value of [
      '2026-02-30',
      '2026-01-06T24:00Z',
      '2026-01-06T18:45',
      '1999-12-31',
      '2101-01-01',
      '1e309',
      '17676',
    ]) {
      expect(parseLinkTime(value), value).toBeNull();
    }
    expect(parseLinkTime('2100-12-31T23:59:59Z')).not.toBeNull();
    expect(parseLinkTime('2000-01-01')).toBe(EARLIEST_LINK_TIME);
  });

  it('treats an explicit empty layers list as "none visible", an absent one as all', () => {
    expect(decodeUrlState('layers=', null).visibleLayers).toEqual([]);
    expect(decodeUrlState('', null).visibleLayers).toEqual([...LAYER_IDS]);
    expect(decodeUrlState('layers=nonsense,more', null).visibleLayers).toEqual([...LAYER_IDS]);
    expect(decodeUrlState('layers=announcement,bogus,coalition,coalition', null).visibleLayers).toEqual([
      'coalition',
      'announcement',
    ]);
  });

  it('takes the first value of a repeated parameter that decodes', () => {
    expect(decodeUrlState('country=xx1&country=fra&country=DEU', null).countryId).toBe('FRA');
    expect(decodeUrlState('lang=de&lang=fr', null).language).toBe('de');
  });

  it('drops ids that do not exist once the data is known', () => {
    const state = decodeUrlState('country=ZZZ&event=missing-event', KNOWN);
    expect(state.countryId).toBeNull();
    expect(state.eventId).toBeNull();
    expect(decodeUrlState('country=bra&event=paris-summit', KNOWN)).toMatchObject({
      countryId: 'BRA',
      eventId: 'paris-summit',
    });
  });

  it('is not fooled by prototype names, markup or percent garbage', () => {
    for (const search of [
      '__proto__=1&constructor=2',
      'country=__proto__',
      'event=constructor',
      '%',
      '%%%E0%A4%A=%ZZ',
      't=%00',
    ]) {
      const state = decodeUrlState(search, KNOWN);
      expectValidState(state);
      expect(state.countryId).toBeNull();
    }
  });

  it('decodes any string without throwing to a valid state (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), hostileQuery), (search) => {
        expectValidState(decodeUrlState(search, null));
        expectValidState(decodeUrlState(search, KNOWN));
      }),
      { numRuns: 500 },
    );
  });
});

describe('encodeUrlState', () => {
  it('omits every default', () => {
    expect(encodeUrlState({ ...DEFAULT_URL_STATE, visibleLayers: [...LAYER_IDS] })).toBe('');
  });

  it('writes parameters in the canonical order, whatever order they were read in', () => {
    const state = decodeUrlState(
      'debug=1&theme=dark&lang=fr&embed=1&view=table&layers=hubs&event=a-b&country=deu&t=2026-01-06',
      null,
    );
    expect(encodeUrlState(state)).toBe(
      't=2026-01-06&country=DEU&event=a-b&layers=hubs&view=table&embed=1&lang=fr&theme=dark&debug=1',
    );
  });

  it('writes "none visible" as an explicit empty layers list', () => {
    expect(encodeUrlState({ ...DEFAULT_URL_STATE, visibleLayers: [] })).toBe('layers=');
  });

  it('writes times in UTC, as short as exact', () => {
    expect(formatLinkTime(Date.UTC(2026, 0, 6))).toBe('2026-01-06');
    expect(formatLinkTime(Date.UTC(2026, 0, 6, 17, 45))).toBe('2026-01-06T17:45Z');
    expect(formatLinkTime(Date.UTC(2026, 0, 6, 17, 45, 5))).toBe('2026-01-06T17:45:05Z');
    expect(formatLinkTime(Date.UTC(2026, 0, 6, 17, 45, 5, 7))).toBe('2026-01-06T17:45:05.007Z');
  });

  it('round-trips every valid state (property)', () => {
    fc.assert(
      fc.property(validState, (state) => {
        expect(decodeUrlState(encodeUrlState(state), null)).toEqual(state);
      }),
      { numRuns: 1000 },
    );
  });

  it('is stable: decode, encode, decode gives the same state (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), hostileQuery), (search) => {
        const once = decodeUrlState(search, null);
        const query = encodeUrlState(once);
        expect(decodeUrlState(query, null)).toEqual(once);
        expect(encodeUrlState(decodeUrlState(query, null))).toBe(query);
      }),
      { numRuns: 500 },
    );
  });
});
