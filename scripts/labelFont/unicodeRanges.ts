/**
 * CSS `unicode-range` values as sets of code points: read from @fontsource's list, narrowed by the label
 * subset, and written back into the generated `@font-face` rules.
 */

/** An inclusive run of code points, `U+0400-045F` in CSS. */
export interface CodePointRange {
  first: number;
  last: number;
}

const RANGE = /^U\+([0-9A-F]{1,6})(?:-([0-9A-F]{1,6}))?$/i;

/**
 * Reads a comma-separated `unicode-range` such as `U+0000-00FF,U+0131`. Wildcards (`U+4??`) are
 * rejected rather than guessed at: @fontsource does not write them, and a silent misreading would shift
 * glyphs between font files.
 */
export function parseUnicodeRange(value: string): CodePointRange[] {
  return value.split(',').map((entry) => {
    const match = RANGE.exec(entry.trim());
    if (!match?.[1]) throw new Error(`unsupported unicode-range entry "${entry.trim()}" in "${value}"`);
    const first = Number.parseInt(match[1], 16);
    const last = match[2] ? Number.parseInt(match[2], 16) : first;
    if (last < first) throw new Error(`unicode-range entry "${entry.trim()}" runs backwards`);
    return { first, last };
  });
}

/** Whether any of the ranges holds the code point. */
export function rangesContain(ranges: readonly CodePointRange[], codePoint: number): boolean {
  return ranges.some((range) => codePoint >= range.first && codePoint <= range.last);
}

/** Merges code points (any order, repeats allowed) into the fewest ascending runs. */
export function rangesOf(codePoints: Iterable<number>): CodePointRange[] {
  const sorted = [...new Set(codePoints)].sort((left, right) => left - right);
  const ranges: CodePointRange[] = [];
  for (const codePoint of sorted) {
    const previous = ranges.at(-1);
    if (previous && previous.last + 1 === codePoint) previous.last = codePoint;
    else ranges.push({ first: codePoint, last: codePoint });
  }
  return ranges;
}

/**
 * The ranges without the given code points, so a face and the label subset never both claim one: with
 * overlapping ranges Chromium starts downloading every face that claims a character it is about to draw.
 */
export function subtractCodePoints(
  ranges: readonly CodePointRange[],
  removed: ReadonlySet<number>,
): CodePointRange[] {
  const result: CodePointRange[] = [];
  for (const range of ranges) {
    let start = range.first;
    for (let codePoint = range.first; codePoint <= range.last; codePoint += 1) {
      if (!removed.has(codePoint)) continue;
      if (codePoint > start) result.push({ first: start, last: codePoint - 1 });
      start = codePoint + 1;
    }
    if (start <= range.last) result.push({ first: start, last: range.last });
  }
  return result;
}

/** Writes ranges the way @fontsource does: `U+0000-00FF,U+0131` (upper-case hex, at least 4 digits). */
export function formatUnicodeRange(ranges: readonly CodePointRange[]): string {
  const hex = (codePoint: number) => codePoint.toString(16).toUpperCase().padStart(4, '0');
  return ranges
    .map(({ first, last }) => (first === last ? `U+${hex(first)}` : `U+${hex(first)}-${hex(last)}`))
    .join(',');
}
