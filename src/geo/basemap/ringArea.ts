/** Planar area of a ring in square degrees: enough to rank parts and drop specks, not to measure land. */
export function planarRingArea(ring: readonly (readonly number[])[]): number {
  let doubled = 0;
  for (let index = 0, previous = ring.length - 1; index < ring.length; previous = index++) {
    const [x1 = 0, y1 = 0] = ring[previous] ?? [];
    const [x2 = 0, y2 = 0] = ring[index] ?? [];
    doubled += x1 * y2 - x2 * y1;
  }
  return Math.abs(doubled) / 2;
}
