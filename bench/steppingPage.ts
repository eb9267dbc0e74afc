/**
 * A page of the app ready to be stepped through the timeline: opened with the shared test driver,
 * a camera fitted around every announcement place (so a step never moves the camera and the figure is
 * the cost of restyling, not of a camera jump and the label placement it brings) and reduced motion as
 * a second guard against easing. Each sample records whether the camera moved anyway.
 */
import type { Browser } from 'playwright-core';
import { type AtlasPage, openAtlas } from '../test/e2e/support/driver';
import { DRAIN_GPU_SCRIPT, NAME_HELPER_SCRIPT, STEP_TIMER_SCRIPT } from './pageHooks';

/**
 * Room around the announcement places when the camera is fitted to them, in pixels: more than the map's
 * in-view margin (VIEW_MARGIN in src/map/camera.ts, 60 px), inside which a new announcement's place
 * makes the map jump to it.
 */
const PLACES_FRAME_PADDING = 100;

/** Generous: the page must get ready even while other engineers' test runs load the machine. */
const READY_TIMEOUT_MS = 180_000;

/** How a step is triggered: the timeline slider's keyboard, or the store action it calls. */
export type StepDriver = 'keyboard' | 'store';

export interface SteppingPage {
  atlasPage: AtlasPage;
  /** Number of announcements in the served data. */
  eventCount: number;
  driver: StepDriver;
}

/** Resolves once the map has drawn a frame and has nothing left to do. */
export async function waitForMapIdle(atlasPage: AtlasPage): Promise<void> {
  await atlasPage.page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.atlas?.map;
        if (!map) return resolve();
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

/**
 * Opens the app at its last announcement. Uses the keyboard on `[role="slider"]` when the timeline
 * renders one (the viewer's way), else the store's `stepEvent` (what the slider calls).
 */
export async function openSteppingPage(browser: Browser, baseUrl: string): Promise<SteppingPage> {
  const atlasPage = await openAtlas(browser, baseUrl, { reducedMotion: 'reduce', waitForReady: false });
  // Validating 10,000 synthetic announcements holds the main thread for seconds on a busy machine.
  await atlasPage.waitForReady(READY_TIMEOUT_MS);
  await atlasPage.page.evaluate(NAME_HELPER_SCRIPT);
  await atlasPage.page.evaluate(DRAIN_GPU_SCRIPT);
  await atlasPage.page.evaluate(STEP_TIMER_SCRIPT);
  const eventCount = await atlasPage.page.evaluate(() => {
    const state = window.atlas?.store.getState();
    state?.jumpToLastEvent();
    return state?.dataset?.events.length ?? 0;
  });
  if (eventCount < 2)
    throw new Error('the served data has fewer than two announcements: nothing to step through');
  await frameEveryAnnouncementPlace(atlasPage);
  const driver = (await canStepByKeyboard(atlasPage)) ? 'keyboard' : 'store';
  return { atlasPage, eventCount, driver };
}

/** Fits the camera around every announcement's place, without animation, and waits for the map to draw. */
async function frameEveryAnnouncementPlace(atlasPage: AtlasPage): Promise<void> {
  await atlasPage.page.evaluate((padding) => {
    const map = window.atlas?.map;
    const events = window.atlas?.store.getState().dataset?.events ?? [];
    if (!map || events.length === 0) throw new Error('the app has no map or no announcements');
    const longitudes = events.map((event) => event.place.lon);
    const latitudes = events.map((event) => event.place.lat);
    map.fitBounds(
      [
        [Math.min(...longitudes), Math.min(...latitudes)],
        [Math.max(...longitudes), Math.max(...latitudes)],
      ],
      { padding, animate: false },
    );
  }, PLACES_FRAME_PADDING);
  await waitForMapIdle(atlasPage);
}

function currentEventId(atlasPage: AtlasPage): Promise<string | null> {
  return atlasPage.page.evaluate(() => window.atlas?.store.getState().eventId ?? null);
}

/** True when a slider exists and ArrowLeft on it moves the timeline (then moves it back). */
async function canStepByKeyboard(atlasPage: AtlasPage): Promise<boolean> {
  const slider = atlasPage.page.locator('[role="slider"]').first();
  if ((await slider.count()) === 0) return false;
  await slider.focus();
  const before = await currentEventId(atlasPage);
  await atlasPage.page.keyboard.press('ArrowLeft');
  const moved = (await currentEventId(atlasPage)) !== before;
  if (moved) await atlasPage.page.keyboard.press('ArrowRight');
  await waitForMapIdle(atlasPage);
  return moved;
}

/**
 * How steps follow each other.
 * - `settled`: before each step the GPU finishes the previous frame (one pixel read back), as when a
 *   viewer presses a key on a map at rest. The step's own cost, and what the budget is about.
 * - `back-to-back`: each step starts as soon as the previous one reached `idle`, while the GPU may
 *   still be rasterising its frame: sustained scrubbing, which under software WebGL measures the
 *   raster throughput of whole frames more than the step.
 */
export type StepPacing = 'settled' | 'back-to-back';

/** One step, timed on the page's clock from the moment it starts. */
export interface StepSample {
  /** To the map's next `idle`: MapLibre has drawn the frame and has nothing left to do. */
  toIdle: number;
  /**
   * To the GPU having rasterised that frame (a pixel read back right after `idle`). Measured only
   * when settled: reading back stalls the page, which would pace back-to-back steps by itself.
   */
  toFrameDrawn: number;
  /** The camera moved during the step (the announcement's place was out of view): then it is not a pure restyle. */
  cameraMoved: boolean;
}

/** Blocks until the GPU has executed everything the page's map queued. */
export function drainGpu(stepping: SteppingPage): Promise<void> {
  return stepping.atlasPage.page.evaluate(() => globalThis.__benchDrainGpu());
}

/**
 * One announcement step, timed on the page's clock from the moment the step starts (the key event
 * reaches the page, or the store action is called) to the map's next `idle` (and, settled, to the
 * frame rasterised).
 */
export async function timeFeatureStateStep(
  stepping: SteppingPage,
  delta: 1 | -1,
  pacing: StepPacing = 'settled',
): Promise<StepSample> {
  const { page } = stepping.atlasPage;
  const settled = pacing === 'settled';
  if (settled) await drainGpu(stepping);
  if (stepping.driver === 'store') {
    return page.evaluate(
      ([direction, drawn]) => {
        const atlas = window.atlas;
        if (!atlas?.map) throw new Error('window.atlas.map is missing');
        const timing = globalThis.__benchTimeToIdle(drawn);
        atlas.store.getState().stepEvent(direction);
        // A step that changes no pixel must still end in an idle event.
        atlas.map.triggerRepaint();
        return timing;
      },
      [delta, settled] as const,
    );
  }
  await page.evaluate((drawn) => {
    const timing = new Promise<StepSample>((resolve) => {
      // Capture phase on window: runs before the slider's own handler, so the step is inside the timing.
      window.addEventListener(
        'keydown',
        () => {
          resolve(globalThis.__benchTimeToIdle(drawn));
          window.atlas?.map?.triggerRepaint();
        },
        { capture: true, once: true },
      );
    });
    Object.assign(window, { __benchStepTiming: timing });
  }, settled);
  await page.keyboard.press(delta > 0 ? 'ArrowRight' : 'ArrowLeft');
  return page.evaluate(
    () => (window as unknown as { __benchStepTiming: Promise<StepSample> }).__benchStepTiming,
  );
}

/**
 * Walks back and forth between the first and the last announcement, one step at a time, so any
 * number of steps can be taken whatever the data's size.
 */
export class Bouncer {
  private direction: 1 | -1 = -1;

  constructor(
    private readonly count: number,
    private position: number,
  ) {}

  /** The next step's direction; turns around at either end. */
  next(): 1 | -1 {
    const target = this.position + this.direction;
    if (target < 0 || target >= this.count) this.direction = this.direction === 1 ? -1 : 1;
    this.position += this.direction;
    return this.direction;
  }
}
