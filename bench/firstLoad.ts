/**
 * First load: every byte the page fetches until `window.atlas.ready`, by kind, raw and gzip, and the
 * time from navigation to ready over several cold loads (a new browser context each, so no cache).
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Response } from 'playwright-core';
import { NAME_HELPER_SCRIPT, READY_TIMESTAMP_SCRIPT, type ReadyMarks } from './pageHooks';
import { type Summary, summarize } from './statistics';

export const RESOURCE_KINDS = ['js', 'worker', 'css', 'data', 'basemap', 'fonts', 'other'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** Bytes of one kind of resource: as served, and as gzip level 9 would send them. */
export interface ByteCount {
  files: number;
  raw: number;
  gzip: number;
}

/** One fetched response, for the JSON report. */
export interface FetchedFile {
  path: string;
  kind: ResourceKind;
  status: number;
  raw: number;
  gzip: number;
}

export interface FirstLoadResult {
  byKind: Record<ResourceKind, ByteCount>;
  total: ByteCount;
  files: FetchedFile[];
  /** URLs the page requested more than once in one load (each is counted once above). */
  repeatedRequests: string[];
  /** Navigation start to `window.atlas.ready`, ms, one sample per cold load. */
  ready: Summary;
  /** Navigation start to the data being validated and in the store, ms. */
  dataReady: Summary;
  readySamples: number[];
}

/** Sorts a response into the budget's kinds by its path (the build's file names are stable). */
export function resourceKindOf(path: string): ResourceKind {
  if (path.includes('maplibre-gl-worker')) return 'worker';
  if (/\.(m?js)$/.test(path)) return 'js';
  if (path.endsWith('.css')) return 'css';
  if (path.includes('/data/')) return 'data';
  if (path.includes('/basemap/')) return 'basemap';
  if (/\.(woff2?|ttf|otf)$/.test(path)) return 'fonts';
  return 'other';
}

function emptyCounts(): Record<ResourceKind, ByteCount> {
  return Object.fromEntries(RESOURCE_KINDS.map((kind) => [kind, { files: 0, raw: 0, gzip: 0 }])) as Record<
    ResourceKind,
    ByteCount
  >;
}

interface OneLoad {
  files: FetchedFile[];
  repeatedRequests: string[];
  marks: ReadyMarks;
}

/** Opens the app once in a fresh context and records what it fetched until ready. */
async function loadOnce(browser: Browser, url: string, keepBodies: boolean): Promise<OneLoad> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  try {
    await context.addInitScript(NAME_HELPER_SCRIPT);
    await context.addInitScript(READY_TIMESTAMP_SCRIPT);
    const pending: Array<Promise<FetchedFile | null>> = [];
    const seen = new Set<string>();
    const repeatedRequests: string[] = [];
    let ready = false;
    // The context, not the page, so the map's worker scripts and their fetches are counted too.
    context.on('response', (response: Response) => {
      if (ready) return;
      const path = new URL(response.url()).pathname;
      if (seen.has(response.url())) {
        repeatedRequests.push(path);
        return;
      }
      seen.add(response.url());
      if (!keepBodies) return;
      pending.push(
        response.body().then(
          (body) => ({
            path,
            kind: resourceKindOf(path),
            status: response.status(),
            raw: body.byteLength,
            gzip: gzipSync(body, { level: 9 }).byteLength,
          }),
          () => null,
        ),
      );
    });
    const page = await context.newPage();
    await page.goto(`${url}?debug=1`);
    await page.waitForFunction(
      () => window.__benchMarks?.readyAt !== null || window.__benchMarks?.readyFailed !== null,
      undefined,
      {
        timeout: 60_000,
        polling: 50,
      },
    );
    ready = true;
    const marks = await page.evaluate(() => window.__benchMarks as ReadyMarks);
    if (marks.readyFailed) throw new Error(`the app failed to get ready: ${marks.readyFailed}`);
    const files = (await Promise.all(pending)).filter((file): file is FetchedFile => file !== null);
    return { files, repeatedRequests, marks };
  } finally {
    await context.close();
  }
}

/**
 * Cold-loads the app `loads` times; bytes come from the first load, timings from all of them.
 * One untimed load goes first: right after launch Chromium is still busy with its own start-up pages
 * (about 2 s of a core in a trace), which would land on the first timed load alone. Every timed load
 * still gets a new browser context, so its cache is cold.
 */
export async function measureFirstLoads(
  browser: Browser,
  baseUrl: string,
  loads: number,
): Promise<FirstLoadResult> {
  await loadOnce(browser, baseUrl, false);
  const readySamples: number[] = [];
  const dataReadySamples: number[] = [];
  let first: OneLoad | undefined;
  for (let index = 0; index < loads; index += 1) {
    const load = await loadOnce(browser, baseUrl, index === 0);
    first ??= load;
    readySamples.push(load.marks.readyAt ?? Number.NaN);
    dataReadySamples.push(load.marks.dataReadyAt ?? Number.NaN);
  }
  const byKind = emptyCounts();
  const total: ByteCount = { files: 0, raw: 0, gzip: 0 };
  for (const file of first?.files ?? []) {
    for (const counts of [byKind[file.kind], total]) {
      counts.files += 1;
      counts.raw += file.raw;
      counts.gzip += file.gzip;
    }
  }
  return {
    byKind,
    total,
    files: first?.files ?? [],
    repeatedRequests: first?.repeatedRequests ?? [],
    ready: summarize(readySamples),
    dataReady: summarize(dataReadySamples),
    readySamples,
  };
}
