import { describe, expect, it } from 'vitest';
import {
  formatUnicodeRange,
  parseUnicodeRange,
  rangesContain,
  rangesOf,
  subtractCodePoints,
} from '../../../scripts/labelFont/unicodeRanges';

describe('unicode-range values', () => {
  it('reads single code points and runs as @fontsource writes them', () => {
    expect(parseUnicodeRange('U+0000-00FF,U+0131, U+2000-206F')).toEqual([
      { first: 0, last: 0xff },
      { first: 0x131, last: 0x131 },
      { first: 0x2000, last: 0x206f },
    ]);
  });

  it('refuses what it cannot read exactly (wildcards, backwards runs)', () => {
    expect(() => parseUnicodeRange('U+4??')).toThrow(/unsupported/);
    expect(() => parseUnicodeRange('U+00FF-0000')).toThrow(/backwards/);
  });

  it('merges code points into the fewest runs, whatever their order', () => {
    expect(rangesOf([0x43, 0x41, 0x42, 0x41, 0x5a])).toEqual([
      { first: 0x41, last: 0x43 },
      { first: 0x5a, last: 0x5a },
    ]);
    expect(formatUnicodeRange(rangesOf([0x43, 0x41, 0x42, 0x5a, 0x10000]))).toBe(
      'U+0041-0043,U+005A,U+10000',
    );
  });

  it('takes code points out of runs, splitting them, dropping emptied ones', () => {
    const ranges = parseUnicodeRange('U+0040-0045,U+0050');
    const rest = subtractCodePoints(ranges, new Set([0x40, 0x42, 0x45, 0x50]));
    expect(formatUnicodeRange(rest)).toBe('U+0041,U+0043-0044');
    expect(rangesContain(rest, 0x43)).toBe(true);
    expect(rangesContain(rest, 0x42)).toBe(false);
  });
});
