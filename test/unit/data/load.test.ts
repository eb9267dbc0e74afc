import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/load';
import { repositoryRoot } from './realData';

/** Serves the real data folder under a base URL, with optional overrides per file name. */
function fetchFromRepository(overrides: Record<string, string | Error> = {}) {
  const requested: string[] = [];
  const fetchText = async (url: string): Promise<string> => {
    requested.push(url);
    const file = url.replace('https://atlas.example/', '');
    const override = overrides[file];
    if (override instanceof Error) throw override;
    return override ?? readFileSync(join(repositoryRoot, file), 'utf8');
  };
  return { fetchText, requested };
}

describe('loadDataset', () => {
  it('fetches the three files under the base URL and validates them', async () => {
    const { fetchText, requested } = fetchFromRepository();
    const result = await loadDataset(fetchText, 'https://atlas.example/');
    expect(result.ok).toBe(true);
    expect(requested.sort()).toEqual([
      'https://atlas.example/data/actors.json',
      'https://atlas.example/data/events.json',
      'https://atlas.example/data/sites.geojson',
    ]);
  });

  it('turns a missing file into a problem instead of rejecting', async () => {
    const { fetchText } = fetchFromRepository({ 'data/sites.geojson': new Error('HTTP 404') });
    const result = await loadDataset(fetchText, 'https://atlas.example/');
    expect(result).toEqual({
      ok: false,
      problems: [{ file: 'data/sites.geojson', path: '$', reason: 'could not be loaded (HTTP 404)' }],
    });
  });

  it('reports bad JSON as file: $: not valid JSON', async () => {
    const { fetchText } = fetchFromRepository({ 'data/actors.json': '[{"id": "FRA",' });
    const result = await loadDataset(fetchText, 'https://atlas.example/');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]?.file).toBe('data/actors.json');
      expect(result.problems[0]?.path).toBe('$');
      expect(result.problems[0]?.reason).toMatch(/^not valid JSON/);
    }
  });
});
