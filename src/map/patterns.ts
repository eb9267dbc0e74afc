/**
 * Fill patterns drawn at run time as raw RGBA pixels (no canvas, no network), for `map.addImage` and
 * for the legend's swatches, so the map and its legend show the very same pixels.
 * Troop commitment must be readable without colour: each level is a different texture on top of
 * the role colour. `unclear` has no pattern, which the legend says.
 */
import type { TroopCommitment } from '../data/schema';

/** Troop levels that get a pattern, strongest first (the legend's order). */
export const PATTERNED_TROOP_LEVELS = [
  'deployed',
  'approved',
  'conditional',
  'declared',
  'ruled_out',
] as const;
export type PatternedTroopLevel = (typeof PATTERNED_TROOP_LEVELS)[number];

/** Pattern of the candidate host countries for German forces. */
export const CANDIDATE_HATCH_IMAGE = 'pattern-candidate-hatch';

/** Patterns are drawn at twice their CSS size so they stay crisp on high-density screens. */
export const PATTERN_PIXEL_RATIO = 2;
/** Side of a pattern tile in CSS pixels. */
const TILE_SIZE = 10;

export interface PatternImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** Whether the pixel at (x, y) of a tile of side `size` (device pixels) is ink. */
type InkRule = (x: number, y: number, size: number) => boolean;

const LINE_WIDTH = 2 * PATTERN_PIXEL_RATIO;
const forwardDiagonal: InkRule = (x, y, size) => (x + y) % size < LINE_WIDTH;
const backwardDiagonal: InkRule = (x, y, size) => (x - y + size) % size < LINE_WIDTH;

const TROOP_INK: Record<PatternedTroopLevel, InkRule> = {
  // Cross-hatch: the densest texture for the strongest commitment.
  deployed: (x, y, size) => forwardDiagonal(x, y, size) || backwardDiagonal(x, y, size),
  approved: forwardDiagonal,
  // Broken diagonals: a commitment with strings attached.
  conditional: (x, y, size) => forwardDiagonal(x, y, size) && x % size < size / 2,
  declared: (x, y, size) => {
    const centre = size / 2;
    return (x - centre) ** 2 + (y - centre) ** 2 <= (1.4 * PATTERN_PIXEL_RATIO) ** 2;
  },
  // Horizontal bars read as "struck out".
  ruled_out: (_x, y, size) => y % size < LINE_WIDTH / 2 + 1,
};

/** Parses `#rrggbb` into 0–255 channels. */
export function parseHexColour(colour: string): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (!match) throw new Error(`expected a #rrggbb colour, got ${colour}`);
  return [
    Number.parseInt(match[1] ?? '0', 16),
    Number.parseInt(match[2] ?? '0', 16),
    Number.parseInt(match[3] ?? '0', 16),
  ];
}

function drawTile(ink: InkRule, colour: string, alpha: number): PatternImage {
  const size = TILE_SIZE * PATTERN_PIXEL_RATIO;
  const [red, green, blue] = parseHexColour(colour);
  const data = new Uint8ClampedArray(size * size * 4);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      if (!ink(x, y, size)) continue;
      const offset = (y * size + x) * 4;
      data[offset] = red;
      data[offset + 1] = green;
      data[offset + 2] = blue;
      data[offset + 3] = Math.round(alpha * 255);
    }
  }
  return { width: size, height: size, data };
}

/** The image id of a troop level's pattern. */
export function troopPatternImageId(level: PatternedTroopLevel): string {
  return `pattern-troops-${level}`;
}

/** Whether a troop level is drawn with a pattern. */
export function isPatternedTroopLevel(level: TroopCommitment): level is PatternedTroopLevel {
  return (PATTERNED_TROOP_LEVELS as readonly string[]).includes(level);
}

/** The pattern of one troop level in `ink` colour; translucent so the role colour shows through. */
export function drawTroopPattern(level: PatternedTroopLevel, ink: string): PatternImage {
  return drawTile(TROOP_INK[level], ink, 0.6);
}

/** Wide diagonal hatch for candidate host countries, in the German forces' colour. */
export function drawCandidateHatch(ink: string): PatternImage {
  return drawTile(backwardDiagonal, ink, 0.55);
}

/** Every pattern image the map needs, by image id, for the given ink colours. */
export function allPatternImages(troopInk: string, candidateInk: string): Map<string, PatternImage> {
  const images = new Map<string, PatternImage>();
  for (const level of PATTERNED_TROOP_LEVELS)
    images.set(troopPatternImageId(level), drawTroopPattern(level, troopInk));
  images.set(CANDIDATE_HATCH_IMAGE, drawCandidateHatch(candidateInk));
  return images;
}
