/**
 * Summaries of timing samples. On a shared 2-core machine single runs are noisy, so the benchmark
 * reports order statistics (median, p95) rather than means, which one stalled frame would skew.
 */

/** Order statistics of a list of samples, in the samples' own unit. */
export interface Summary {
  count: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

/**
 * The value below which `fraction` of the samples fall, by the nearest-rank method
 * (always a value that was actually measured, never an interpolation).
 */
export function percentile(sortedSamples: readonly number[], fraction: number): number {
  if (sortedSamples.length === 0) return Number.NaN;
  const rank = Math.ceil(fraction * sortedSamples.length);
  const index = Math.min(sortedSamples.length - 1, Math.max(0, rank - 1));
  return sortedSamples[index] ?? Number.NaN;
}

/** Median, p95, min and max of the samples; NaN everywhere when there are none. */
export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((first, second) => first - second);
  return {
    count: sorted.length,
    median: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    min: sorted[0] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
  };
}
