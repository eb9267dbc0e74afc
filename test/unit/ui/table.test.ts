import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextSort, ROLE_ORDER, sortRows, TROOP_ORDER } from '../../../src/ui/table/sortRows';
import { countryRowsAsOf } from '../../../src/ui/table/tableRows';
import { buildSyntheticDataset } from '../../fixtures/syntheticDataset';

const english = new Intl.Collator('en-GB');

describe('sorting the table', () => {
  it('sorts names with the language’s collator, in both directions', () => {
    const names = ['Österreich', 'Zypern', 'Deutschland', 'Albanien'];
    const german = new Intl.Collator('de-DE');
    expect(sortRows(names, (name) => name, 'ascending', german)).toEqual([
      'Albanien',
      'Deutschland',
      'Österreich',
      'Zypern',
    ]);
    expect(sortRows(names, (name) => name, 'descending', german)[0]).toBe('Zypern');
  });

  it('sorts numbers numerically, not as text', () => {
    expect(sortRows([10, 9, 100], (value) => value, 'ascending', english)).toEqual([9, 10, 100]);
  });

  it('keeps equal rows in their original order in both directions (stable)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.nat()), { maxLength: 40 }),
        (pairs) => {
          const rows = pairs.map(([key], index) => ({ key, index }));
          for (const direction of ['ascending', 'descending'] as const) {
            const sorted = sortRows(rows, (row) => row.key, direction, english);
            expect(sorted).toHaveLength(rows.length);
            for (let position = 1; position < sorted.length; position += 1) {
              const previous = sorted[position - 1];
              const current = sorted[position];
              if (!previous || !current) continue;
              const inOrder =
                direction === 'ascending' ? previous.key <= current.key : previous.key >= current.key;
              expect(inOrder).toBe(true);
              if (previous.key === current.key) expect(previous.index).toBeLessThan(current.index);
            }
          }
        },
      ),
    );
  });

  it('orders roles and troop levels by meaning', () => {
    expect(ROLE_ORDER.member).toBeLessThan(ROLE_ORDER.participant);
    expect(ROLE_ORDER.participant).toBeLessThan(ROLE_ORDER.not_member);
    expect(TROOP_ORDER.deployed).toBeLessThan(TROOP_ORDER.declared);
    expect(TROOP_ORDER.conditional).toBeLessThan(TROOP_ORDER.ruled_out);
  });

  it('flips the direction on the same header and starts ascending on a new one', () => {
    const byName = { column: 'name', direction: 'ascending' } as const;
    expect(nextSort(byName, 'name')).toEqual({ column: 'name', direction: 'descending' });
    expect(nextSort({ column: 'name', direction: 'descending' }, 'name').direction).toBe('ascending');
    expect(nextSort<'name' | 'role'>(byName, 'role')).toEqual({ column: 'role', direction: 'ascending' });
  });
});

describe('the country rows as of a moment', () => {
  const dataset = buildSyntheticDataset();
  const nameOf = (id: string) => `name of ${id}`;

  it('gives each actor its standing, with since-when and the note, at the chosen moment', () => {
    const before = countryRowsAsOf(dataset, Date.parse('2025-06-01T00:00Z'), nameOf);
    const after = countryRowsAsOf(dataset, Date.parse('2026-01-07T00:00Z'), nameOf);
    const spain = (rows: typeof before) => rows.find((row) => row.id === 'ESP');
    expect(spain(before)).toMatchObject({ name: 'name of ESP', role: 'member', troops: 'unclear' });
    expect(spain(after)).toMatchObject({ troops: 'conditional', since: Date.parse('2026-01-06T00:00Z') });
    expect(before.find((row) => row.id === 'USA')).toMatchObject({ role: 'not_member', since: null });
    expect(after).toHaveLength(dataset.actors.length);
  });
});
