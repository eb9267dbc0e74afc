/**
 * `npm run bench`: serves the built app, drives headless Chromium (SwiftShader) through it and prints
 * every figure next to its budget (DESIGN.md, "Budgets"); writes the same to bench/results/latest.json.
 * Exits 0 when it measured, budgets met or not; 1 only when it could not measure.
 *
 * Knobs (environment): BENCH_LOADS (cold loads, default 7), BENCH_STEPS (settled steps each way,
 * default 100), BENCH_BACK_TO_BACK_STEPS (default 50), BENCH_SOAK_STEPS (default 1000), BENCH_SOAK_SELECTIONS (each of two batches, default 200), BENCH_PART (`all`, `shipped` or
 * `synthetic`; a part writes bench/results/latest-<part>.json). Results are written after every stage,
 * so a run stopped halfway still leaves what it measured.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { validateDataset } from '../src/data/validate';
import { launchChromium } from '../test/e2e/support/browser';
import { type BenchmarkFigures, formatTable, reportRows } from './budgets';
import { measureFirstLoads } from './firstLoad';
import { generateSyntheticData, readRealActors, writeSyntheticData } from './generateSyntheticData';
import { measureHeapAndSoak } from './heapAndSoak';
import { startPreviewServer } from './previewServer';
import { compareSteps } from './stepComparison';
import { openSteppingPage } from './steppingPage';

const PART =
  process.env.BENCH_PART === 'shipped' || process.env.BENCH_PART === 'synthetic'
    ? process.env.BENCH_PART
    : 'all';
const RESULTS_PATH = resolve(`bench/results/${PART === 'all' ? 'latest' : `latest-${PART}`}.json`);

function setting(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback;
}

const LOADS = setting('BENCH_LOADS', 7);
const STEPS = setting('BENCH_STEPS', 100);
const BACK_TO_BACK_STEPS = setting('BENCH_BACK_TO_BACK_STEPS', 50);
const SOAK_STEPS = setting('BENCH_SOAK_STEPS', 1000);
const SOAK_SELECTIONS = setting('BENCH_SOAK_SELECTIONS', 200);

/** A copy of dist/ whose data/ holds the synthetic set (the app fetches its data at run time). */
function buildSyntheticSite(): string {
  const dataset = generateSyntheticData(readRealActors());
  const verdict = validateDataset(dataset);
  if (!verdict.ok) {
    const first = verdict.problems
      .slice(0, 5)
      .map((problem) => `${problem.file}: ${problem.path}: ${problem.reason}`);
    throw new Error(`the synthetic data set is not valid:\n${first.join('\n')}`);
  }
  const folder = mkdtempSync(join(tmpdir(), 'coalition-atlas-bench-'));
  cpSync(resolve('dist'), folder, { recursive: true });
  writeSyntheticData(join(folder, 'data'), dataset);
  return folder;
}

/** Measures the shipped build into `figures`, saving after each stage. */
async function measureShipped(browser: Browser, figures: BenchmarkFigures, save: () => void): Promise<void> {
  const server = await startPreviewServer('dist');
  try {
    console.log(`first load × ${LOADS} …`);
    figures.firstLoad = await measureFirstLoads(browser, server.baseUrl, LOADS);
    save();
    console.log(`steps × ${STEPS} each way, shipped data …`);
    figures.shippedSteps = await compareSteps(browser, server.baseUrl, STEPS, BACK_TO_BACK_STEPS);
    save();
    console.log(`heap and soak: ${SOAK_STEPS} steps, ${SOAK_SELECTIONS} selections …`);
    const stepping = await openSteppingPage(browser, server.baseUrl);
    try {
      figures.heap = await measureHeapAndSoak(stepping, SOAK_STEPS, SOAK_SELECTIONS);
      save();
    } finally {
      await stepping.atlasPage.close();
    }
  } finally {
    server.stop();
  }
}

/** Measures the steps over the synthetic data set into `figures`. */
async function measureSynthetic(
  browser: Browser,
  figures: BenchmarkFigures,
  save: () => void,
): Promise<void> {
  const folder = buildSyntheticSite();
  const server = await startPreviewServer(folder);
  try {
    console.log(`steps × ${STEPS} each way, synthetic data …`);
    figures.syntheticSteps = await compareSteps(browser, server.baseUrl, STEPS, BACK_TO_BACK_STEPS);
    save();
  } finally {
    server.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const loadBefore = loadavg();
  // Precise heap figures: without the flag Chromium rounds performance.memory to hide timing attacks.
  const browser = await launchChromium(['--enable-precise-memory-info']);
  const figures: BenchmarkFigures = {};
  const machine = () => ({
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    chromium: browser.version(),
    node: process.version,
    loadAverageBefore: loadBefore,
    loadAverageNow: loadavg(),
  });
  const save = () => {
    mkdirSync(dirname(RESULTS_PATH), { recursive: true });
    const rows = reportRows(figures);
    const report = { measuredAt: new Date().toISOString(), part: PART, machine: machine(), rows, figures };
    writeFileSync(RESULTS_PATH, `${JSON.stringify(report, null, 2)}\n`);
  };
  try {
    if (PART !== 'synthetic') await measureShipped(browser, figures, save);
    if (PART !== 'shipped') await measureSynthetic(browser, figures, save);
    const finalMachine = machine();
    console.log(`\n${formatTable(reportRows(figures))}\n`);
    console.log(
      `machine: ${finalMachine.cpus} × ${finalMachine.cpuModel}, Chromium ${finalMachine.chromium} (SwiftShader), ` +
        `load average ${loadBefore.map((value) => value.toFixed(2)).join(' ')} before, ` +
        `${finalMachine.loadAverageNow.map((value) => value.toFixed(2)).join(' ')} after`,
    );
    const errors = figures.heap?.consoleErrors ?? [];
    if (errors.length > 0) console.log(`console errors:\n  ${errors.join('\n  ')}`);
    console.log(`written to ${RESULTS_PATH}`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error('the benchmark could not measure:', error);
  process.exit(1);
});
