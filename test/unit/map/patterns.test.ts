import { describe, expect, it } from 'vitest';
import {
  allPatternImages,
  drawTroopPattern,
  isPatternedTroopLevel,
  PATTERNED_TROOP_LEVELS,
  parseHexColour,
} from '../../../src/map/patterns';

function inkPixels(data: Uint8ClampedArray): number {
  let count = 0;
  for (let index = 3; index < data.length; index += 4) if ((data[index] ?? 0) > 0) count += 1;
  return count;
}

describe('troop patterns', () => {
  it('draws a distinct texture for every patterned level', () => {
    const fingerprints = PATTERNED_TROOP_LEVELS.map((level) =>
      drawTroopPattern(level, '#222222').data.join(','),
    );
    expect(new Set(fingerprints).size).toBe(PATTERNED_TROOP_LEVELS.length);
  });

  it('makes the strongest commitment the densest', () => {
    const density = Object.fromEntries(
      PATTERNED_TROOP_LEVELS.map((level) => [level, inkPixels(drawTroopPattern(level, '#222222').data)]),
    );
    for (const level of PATTERNED_TROOP_LEVELS) {
      if (level !== 'deployed') expect(density.deployed).toBeGreaterThan(density[level] ?? 0);
    }
  });

  it('paints in the given ink and leaves the rest transparent', () => {
    const image = drawTroopPattern('approved', '#102030');
    expect(image.data.length).toBe(image.width * image.height * 4);
    const firstInk =
      [...image.data].findIndex((_value, index) => index % 4 === 3 && (image.data[index] ?? 0) > 0) - 3;
    expect([...image.data.slice(firstInk, firstInk + 3)]).toEqual([0x10, 0x20, 0x30]);
    expect(inkPixels(image.data)).toBeLessThan(image.width * image.height);
  });

  it('leaves "unclear" without a pattern', () => {
    expect(isPatternedTroopLevel('unclear')).toBe(false);
    expect(isPatternedTroopLevel('ruled_out')).toBe(true);
  });

  it('provides an image for every troop layer and the candidate hatch', () => {
    expect([...allPatternImages('#000000', '#444444').keys()]).toHaveLength(
      PATTERNED_TROOP_LEVELS.length + 1,
    );
  });

  it('rejects colours it cannot parse', () => {
    expect(() => parseHexColour('red')).toThrow(/#rrggbb/);
  });
});
