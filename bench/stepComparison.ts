/**
 * One timeline step to the map's idle, the shipped way (feature state) and the naive way (setData),
 * measured in the same run on two pages of the same browser. The two take turns in blocks, so a burst
 * of load from another process on this shared machine hits both sides alike and the ratio stays fair.
 * Steps are timed twice over: settled (the budgeted figure: one step on a map at rest) and back to
 * back (sustained scrubbing; see `StepPacing`).
 */
import type { Browser } from 'playwright-core';
import { installNaiveRebuild, timeNaiveStep } from './naiveRebuild';
import { type Summary, summarize } from './statistics';
import {
  Bouncer,
  openSteppingPage,
  type StepDriver,
  type StepPacing,
  type SteppingPage,
  type StepSample,
  timeFeatureStateStep,
} from './steppingPage';

/** Steps each side takes before handing over to the other. */
const BLOCK_SIZE = 10;

/** Both sides' figures for one pacing. */
export interface PacedComparison {
  /** To idle. */
  featureState: Summary;
  naive: Summary;
  /** To the frame rasterised; settled pacing only (NaN otherwise). */
  featureStateFrameDrawn: Summary;
  naiveFrameDrawn: Summary;
  /** naive ÷ feature state to idle, for the median and for p95. */
  ratio: { median: number; p95: number };
  /** Feature-state steps in which the camera moved (0 when the fitted camera works as intended). */
  cameraMoves: number;
}

export interface StepComparison {
  eventCount: number;
  driver: StepDriver;
  settled: PacedComparison;
  backToBack: PacedComparison;
}

type StepTimer = (stepping: SteppingPage, delta: 1 | -1, pacing: StepPacing) => Promise<StepSample>;

interface Side {
  stepping: SteppingPage;
  bouncer: Bouncer;
  time: StepTimer;
  samples: StepSample[];
}

function summarizeSides(shipped: StepSample[], naive: StepSample[]): PacedComparison {
  const featureState = summarize(shipped.map((sample) => sample.toIdle));
  const naiveSummary = summarize(naive.map((sample) => sample.toIdle));
  return {
    featureState,
    naive: naiveSummary,
    featureStateFrameDrawn: summarize(shipped.map((sample) => sample.toFrameDrawn)),
    naiveFrameDrawn: summarize(naive.map((sample) => sample.toFrameDrawn)),
    ratio: { median: naiveSummary.median / featureState.median, p95: naiveSummary.p95 / featureState.p95 },
    cameraMoves: shipped.filter((sample) => sample.cameraMoved).length,
  };
}

/** `steps` steps on each side at one pacing, the sides taking turns in blocks. */
async function alternate(sides: [Side, Side], steps: number, pacing: StepPacing): Promise<PacedComparison> {
  for (const side of sides) side.samples = [];
  const [shipped, naive] = sides;
  while (shipped.samples.length < steps) {
    const block = Math.min(BLOCK_SIZE, steps - shipped.samples.length);
    for (const side of sides) {
      // The page in front gets the frames: bring each to the front before its block.
      await side.stepping.atlasPage.page.bringToFront();
      for (let step = 0; step < block; step += 1) {
        side.samples.push(await side.time(side.stepping, side.bouncer.next(), pacing));
      }
    }
    // Slow runs (a loaded machine, a large data set) should still show that they progress.
    if (shipped.samples.length % (BLOCK_SIZE * 5) === 0) {
      console.log(`  ${pacing}: ${shipped.samples.length}/${steps} steps each way`);
    }
  }
  return summarizeSides(shipped.samples, naive.samples);
}

/** Times `steps` settled and `backToBackSteps` back-to-back steps each way over the data at `baseUrl`. */
export async function compareSteps(
  browser: Browser,
  baseUrl: string,
  steps: number,
  backToBackSteps: number,
): Promise<StepComparison> {
  const shipped = await openSteppingPage(browser, baseUrl);
  const naive = await openSteppingPage(browser, baseUrl);
  try {
    await installNaiveRebuild(naive);
    const sides: [Side, Side] = [
      {
        stepping: shipped,
        bouncer: new Bouncer(shipped.eventCount, shipped.eventCount - 1),
        time: timeFeatureStateStep,
        samples: [],
      },
      {
        stepping: naive,
        bouncer: new Bouncer(naive.eventCount, naive.eventCount - 1),
        time: timeNaiveStep,
        samples: [],
      },
    ];
    // One untimed naive step puts the rebuilt sources in place before timing starts.
    await timeNaiveStep(naive, sides[1].bouncer.next());
    const settled = await alternate(sides, steps, 'settled');
    const backToBack = await alternate(sides, backToBackSteps, 'back-to-back');
    return { eventCount: shipped.eventCount, driver: shipped.driver, settled, backToBack };
  } finally {
    await shipped.atlasPage.close();
    await naive.atlasPage.close();
  }
}
