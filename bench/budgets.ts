/**
 * The budgets of DESIGN.md ("Budgets") as checks over the benchmark's figures. A missed budget is
 * reported, not thrown: the benchmark measures; deciding what to do about a miss is a human's call.
 */
import type { FirstLoadResult } from './firstLoad';
import type { HeapAndSoakResult } from './heapAndSoak';
import type { StepComparison } from './stepComparison';

export const BUDGETS = {
  firstLoadGzipBytes: 600 * 1024,
  readyMedianMs: 1500,
  stepP95Ms: 25,
  naiveRatio: 10,
  heapGrowthBytes: 5 * 1024 * 1024,
} as const;

/** One line of the report: a figure, its budget (if it has one) and whether it is met. */
export interface ReportRow {
  figure: string;
  value: string;
  budget: string;
  /** null for figures reported without a budget. */
  pass: boolean | null;
}

/** What a run measured; a part left out (BENCH_PART) or not reached yet is absent. */
export interface BenchmarkFigures {
  firstLoad?: FirstLoadResult;
  shippedSteps?: StepComparison;
  syntheticSteps?: StepComparison;
  heap?: HeapAndSoakResult;
}

const kilobytes = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const milliseconds = (value: number): string => `${value.toFixed(1)} ms`;
const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

function stepRows(label: string, steps: StepComparison): ReportRow[] {
  const { settled, backToBack } = steps;
  const shortest = Math.min(settled.ratio.median, settled.ratio.p95);
  const pair = (summary: { median: number; p95: number }) =>
    `${milliseconds(summary.median)} / ${milliseconds(summary.p95)}`;
  return [
    {
      figure: `step to idle, ${label} (${steps.eventCount} announcements, ${steps.driver}, settled): median / p95`,
      // A step that moved the camera is a camera jump, not a restyle; the fitted camera should make it 0.
      value: `${pair(settled.featureState)}${settled.cameraMoves > 0 ? ` (camera moved in ${settled.cameraMoves} steps)` : ''}`,
      budget: `p95 ≤ ${BUDGETS.stepP95Ms} ms`,
      pass: settled.featureState.p95 <= BUDGETS.stepP95Ms,
    },
    {
      figure: `naive setData step to idle, ${label} (settled): median / p95`,
      value: pair(settled.naive),
      budget: '',
      pass: null,
    },
    {
      figure: `naive ÷ feature state, ${label} (settled): median / p95`,
      value: `${settled.ratio.median.toFixed(1)}× / ${settled.ratio.p95.toFixed(1)}×`,
      budget: `≥ ${BUDGETS.naiveRatio}×`,
      pass: shortest >= BUDGETS.naiveRatio,
    },
    {
      figure: `step to frame rasterised, ${label} (settled): feature state | naive, median / p95`,
      value: `${pair(settled.featureStateFrameDrawn)} | ${pair(settled.naiveFrameDrawn)}`,
      budget: '',
      pass: null,
    },
    {
      figure: `back-to-back steps to idle, ${label}: feature state | naive, median / p95`,
      value: `${pair(backToBack.featureState)} | ${pair(backToBack.naive)} (${backToBack.ratio.median.toFixed(1)}× median)`,
      budget: '',
      pass: null,
    },
  ];
}

function firstLoadRows(firstLoad: FirstLoadResult): ReportRow[] {
  const kindRows: ReportRow[] = Object.entries(firstLoad.byKind).map(([kind, counts]) => ({
    figure: `first load: ${kind} (${counts.files} files), raw / gzip`,
    value: `${kilobytes(counts.raw)} / ${kilobytes(counts.gzip)}`,
    budget: '',
    pass: null,
  }));
  return [
    ...kindRows,
    {
      figure: `first load: total (${firstLoad.total.files} files), raw / gzip`,
      value: `${kilobytes(firstLoad.total.raw)} / ${kilobytes(firstLoad.total.gzip)}`,
      budget: `gzip ≤ ${kilobytes(BUDGETS.firstLoadGzipBytes)}`,
      pass: firstLoad.total.gzip <= BUDGETS.firstLoadGzipBytes,
    },
    {
      figure: `navigation → ready (${firstLoad.ready.count} cold loads): median [min, max]`,
      value: `${milliseconds(firstLoad.ready.median)} [${milliseconds(firstLoad.ready.min)}, ${milliseconds(firstLoad.ready.max)}]`,
      budget: `median ≤ ${BUDGETS.readyMedianMs} ms`,
      pass: firstLoad.ready.median <= BUDGETS.readyMedianMs,
    },
    {
      figure: 'navigation → data validated in the store: median',
      value: milliseconds(firstLoad.dataReady.median),
      budget: '',
      pass: null,
    },
  ];
}

function heapRows(heap: HeapAndSoakResult): ReportRow[] {
  const stepGrowth = heap.heapAfterSteps - heap.heapBefore;
  const warmUpGrowth = heap.heapAfterWarmUp - heap.heapAfterSteps;
  const soakGrowth = heap.heapAfterSoak - heap.heapAfterWarmUp;
  return [
    {
      figure: `JS heap growth over ${heap.steps} steps (after GC)`,
      value: `${megabytes(stepGrowth)} (${megabytes(heap.heapBefore)} → ${megabytes(heap.heapAfterSteps)})`,
      budget: `< ${megabytes(BUDGETS.heapGrowthBytes)}`,
      pass: stepGrowth < BUDGETS.heapGrowthBytes,
    },
    {
      figure: `soak: first ${heap.selections} country selections (warm-up), heap growth`,
      value: `${megabytes(warmUpGrowth)} (→ ${megabytes(heap.heapAfterWarmUp)})`,
      budget: '',
      pass: null,
    },
    {
      figure: `soak: next ${heap.selections} country selections, heap growth`,
      value: `${megabytes(soakGrowth)} (→ ${megabytes(heap.heapAfterSoak)})`,
      budget: `< ${megabytes(BUDGETS.heapGrowthBytes)}`,
      pass: soakGrowth < BUDGETS.heapGrowthBytes,
    },
    {
      figure: 'soak: console errors',
      value: String(heap.consoleErrors.length),
      budget: '0',
      pass: heap.consoleErrors.length === 0,
    },
  ];
}

/** Every figure the run has, in the order the report prints them. */
export function reportRows(figures: BenchmarkFigures): ReportRow[] {
  return [
    ...(figures.firstLoad ? firstLoadRows(figures.firstLoad) : []),
    ...(figures.shippedSteps ? stepRows('shipped data', figures.shippedSteps) : []),
    ...(figures.syntheticSteps ? stepRows('synthetic data', figures.syntheticSteps) : []),
    ...(figures.heap ? heapRows(figures.heap) : []),
  ];
}

/** The rows as an aligned plain-text table with ✓/✗ marks. */
export function formatTable(rows: readonly ReportRow[]): string {
  const mark = (pass: boolean | null): string => (pass === null ? '' : pass ? '✓ pass' : '✗ FAIL');
  const cells = rows.map((row) => [row.figure, row.value, row.budget, mark(row.pass)]);
  const header = ['figure', 'measured', 'budget', ''];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.map((cell) => (cell[column] ?? '').length)),
  );
  const line = (cell: readonly string[]): string =>
    cell
      .map((text, column) => text.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)].join('\n');
}
