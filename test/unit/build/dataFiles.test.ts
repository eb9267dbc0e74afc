import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { minifiedDataText, parseDataText } from '../../../scripts/build/dataFiles';

describe('data files as the build serves them', () => {
  it.each(['data/actors.json', 'data/events.json', 'data/sites.geojson'])(
    '%s: the same JSON value, without the indentation',
    (file) => {
      const text = readFileSync(file, 'utf8');
      const served = minifiedDataText(file, text);
      expect(JSON.parse(served)).toEqual(JSON.parse(text));
      expect(served.length).toBeLessThan(text.length);
      expect(served).not.toMatch(/\n/);
    },
  );

  it('keeps every string and number exactly (escapes, non-Latin text, exponents, long decimals)', () => {
    const text =
      '{\n  "name": "Кот-дʼІвуар \\u2013 \\"quoted\\"",\n  "values": [1.0, 1e3, 0.1234567890123]\n}';
    const served = JSON.parse(minifiedDataText('data/example.json', text));
    expect(served).toEqual(JSON.parse(text));
    expect(served.name).toBe('Кот-дʼІвуар – "quoted"');
  });

  it('writes -0 as 0, the one value JSON.stringify changes (equal under ===; the data has none)', () => {
    expect(minifiedDataText('data/example.json', '[-0, -0.0]')).toBe('[0,0]');
  });

  it('fails on text that is not JSON, naming the file', () => {
    expect(() => minifiedDataText('data/events.json', '[{"id": "a",}]')).toThrow(
      /^data\/events\.json is not valid JSON \(.+\); run `npm run check-data` for details$/,
    );
    expect(() => parseDataText('data/sites.geojson', '')).toThrow(/data\/sites\.geojson is not valid JSON/);
  });
});
