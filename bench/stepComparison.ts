/**
 * One timeline step to the map's idle, the shipped way (feature state) and the naive way (setData),
 * measured in the same run on two pages of the same browser. The two take turns in blocks, so a burst
 * of load from another process on this shared machine hits both sides alike and the ratio stays fair.
 */
import type { Browser } from 'playwright-core';
import { installNaiveRebuild, timeNaiveStep } from './naiveRebuild';
import { type Summary, summarize } from './statistics';
import { Bouncer, openSteppingPage, type StepDriver, timeFeatureStateStep } from './steppingPage';

/** Steps each side takes before handing over to the other. */
const BLOCK_SIZE = 10;

export interface StepComparison {
  eventCount: number;
  driver: StepDriver;
  featureState: Summary;
  naive: Summary;
  /** naive ÷ feature state, for the median and for p95. */
  ratio: { median: number; p95: number };
}

/** Times `steps` steps each way over the data served at `baseUrl`. */
export async function compareSteps(
  browser: Browser,
  baseUrl: string,
  steps: number,
): Promise<StepComparison> {
  const shipped = await openSteppingPage(browser, baseUrl);
  const naive = await openSteppingPage(browser, baseUrl);
  try {
    await installNaiveRebuild(naive);
    const shippedBouncer = new Bouncer(shipped.eventCount, shipped.eventCount - 1);
    const naiveBouncer = new Bouncer(naive.eventCount, naive.eventCount - 1);
    // One untimed naive step puts the rebuilt sources in place before timing starts.
    await timeNaiveStep(naive, naiveBouncer.next());
    const featureStateSamples: number[] = [];
    const naiveSamples: number[] = [];
    while (featureStateSamples.length < steps) {
      const block = Math.min(BLOCK_SIZE, steps - featureStateSamples.length);
      // The page in front gets the frames: bring each to the front before its block.
      await shipped.atlasPage.page.bringToFront();
      for (let step = 0; step < block; step += 1) {
        featureStateSamples.push(await timeFeatureStateStep(shipped, shippedBouncer.next()));
      }
      await naive.atlasPage.page.bringToFront();
      for (let step = 0; step < block; step += 1) {
        naiveSamples.push(await timeNaiveStep(naive, naiveBouncer.next()));
      }
      // Slow runs (a loaded machine, a large data set) should still show that they progress.
      if (featureStateSamples.length % (BLOCK_SIZE * 5) === 0) {
        console.log(`  ${featureStateSamples.length}/${steps} steps each way`);
      }
    }
    const featureState = summarize(featureStateSamples);
    const naiveSummary = summarize(naiveSamples);
    return {
      eventCount: shipped.eventCount,
      driver: shipped.driver,
      featureState,
      naive: naiveSummary,
      ratio: { median: naiveSummary.median / featureState.median, p95: naiveSummary.p95 / featureState.p95 },
    };
  } finally {
    await shipped.atlasPage.close();
    await naive.atlasPage.close();
  }
}
