/**
 * Memory over a long session: JS heap before and after 1,000 timeline steps, then over two batches of
 * 200 country selections (the reliability soak), with every console error the page logged meanwhile.
 * The first batch warms caches (tiles at the zooms the camera fits to, the panel's components,
 * `Intl.DisplayNames`); growth over the second batch is what a leak per selection would show.
 */
import type { CDPSession } from 'playwright-core';
import { Bouncer, type SteppingPage, timeFeatureStateStep, waitForMapIdle } from './steppingPage';

export interface HeapAndSoakResult {
  steps: number;
  selections: number;
  /** Used JS heap after a forced garbage collection, in bytes. */
  heapBefore: number;
  heapAfterSteps: number;
  /** After the first batch of selections (warm-up). */
  heapAfterWarmUp: number;
  /** After the second batch. */
  heapAfterSoak: number;
  consoleErrors: string[];
}

/** Used JS heap right after a full garbage collection (Chromium needs `--enable-precise-memory-info`). */
async function usedHeapAfterCollection(stepping: SteppingPage, cdp: CDPSession): Promise<number> {
  // Twice: the first pass can leave objects whose finalizers free more on the second.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return stepping.atlasPage.page.evaluate(
    () =>
      (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ??
      Number.NaN,
  );
}

/** Country ids that are both actors and basemap countries, so selecting one fits a real shape. */
function selectableCountries(stepping: SteppingPage): Promise<string[]> {
  return stepping.atlasPage.page.evaluate(() => {
    const map = window.atlas?.map;
    const dataset = window.atlas?.store.getState().dataset;
    if (!map || !dataset) return [];
    return dataset.actors
      .filter(
        (actor) =>
          actor.kind === 'country' && map.getFeatureState({ source: 'countries', id: actor.id }).role,
      )
      .map((actor) => actor.id);
  });
}

/** Runs the steps and the selections, each to the map's idle, measuring the heap in between. */
export async function measureHeapAndSoak(
  stepping: SteppingPage,
  steps: number,
  selections: number,
): Promise<HeapAndSoakResult> {
  const { page } = stepping.atlasPage;
  const cdp = await page.context().newCDPSession(page);
  try {
    const heapBefore = await usedHeapAfterCollection(stepping, cdp);
    const bouncer = new Bouncer(stepping.eventCount, stepping.eventCount - 1);
    for (let step = 0; step < steps; step += 1) {
      await timeFeatureStateStep(stepping, bouncer.next(), 'back-to-back');
    }
    const heapAfterSteps = await usedHeapAfterCollection(stepping, cdp);

    const countries = await selectableCountries(stepping);
    if (countries.length === 0) throw new Error('no selectable country found for the soak');
    const selectBatch = async () => {
      for (let selection = 0; selection < selections; selection += 1) {
        const id = countries[selection % countries.length] ?? null;
        await page.evaluate((countryId) => window.atlas?.store.getState().selectCountry(countryId), id);
        await waitForMapIdle(stepping.atlasPage);
      }
      await page.evaluate(() => window.atlas?.store.getState().selectCountry(null));
      await waitForMapIdle(stepping.atlasPage);
    };
    await selectBatch();
    const heapAfterWarmUp = await usedHeapAfterCollection(stepping, cdp);
    await selectBatch();
    const heapAfterSoak = await usedHeapAfterCollection(stepping, cdp);
    return {
      steps,
      selections,
      heapBefore,
      heapAfterSteps,
      heapAfterWarmUp,
      heapAfterSoak,
      consoleErrors: [...stepping.atlasPage.consoleErrors],
    };
  } finally {
    await cdp.detach();
  }
}
