/**
 * Scripts the benchmark installs in the page. They are plain strings on purpose: tsx compiles
 * functions with esbuild's `keepNames`, which wraps named inner functions in a `__name` helper that does
 * not exist in the page, so a function passed to `page.evaluate` must not declare named helpers.
 */

/**
 * Gives the page the no-op `__name` helper, so the benchmark's `page.evaluate` callbacks may declare
 * inner functions (see above) without failing with "__name is not defined".
 */
export const NAME_HELPER_SCRIPT = 'globalThis.__name = globalThis.__name || ((target) => target);';

/**
 * Gives the page `__benchDrainGpu()`: reads one pixel back from the map's WebGL context, which blocks
 * until the GPU process has executed every command queued so far (under SwiftShader, until the last
 * frame is rasterised). `getContext` returns the map's existing context; nothing new is created.
 */
export const DRAIN_GPU_SCRIPT = `
globalThis.__benchDrainGpu = () => {
  const canvas = window.atlas && window.atlas.map && window.atlas.map.getCanvas();
  const context = canvas && (canvas.getContext('webgl2') || canvas.getContext('webgl'));
  if (!context) throw new Error('the map has no WebGL context to drain');
  context.readPixels(0, 0, 1, 1, context.RGBA, context.UNSIGNED_BYTE, new Uint8Array(4));
};
`;

/**
 * Gives the page `__benchTimeToIdle(drawn)`, called as a step starts: resolves at the map's next `idle`
 * with the step's `StepSample` (steppingPage.ts), after draining the GPU when `drawn` is set. One timer
 * for every kind of step, so the feature-state and the naive sides measure alike.
 */
export const STEP_TIMER_SCRIPT = `
globalThis.__benchTimeToIdle = (drawn) => {
  const map = window.atlas && window.atlas.map;
  if (!map) throw new Error('window.atlas.map is missing');
  const start = performance.now();
  const cameraBefore = String(map.getCenter()) + map.getZoom();
  return new Promise((resolve) => {
    map.once('idle', () => {
      const toIdle = performance.now() - start;
      if (drawn) globalThis.__benchDrainGpu();
      resolve({
        toIdle,
        toFrameDrawn: drawn ? performance.now() - start : Number.NaN,
        cameraMoved: String(map.getCenter()) + map.getZoom() !== cameraBefore,
      });
    });
  });
};
`;

declare global {
  var __benchDrainGpu: () => void;
  var __benchTimeToIdle: (drawn: boolean) => Promise<{
    toIdle: number;
    toFrameDrawn: number;
    cameraMoved: boolean;
  }>;
}

/**
 * Records, on the page's own clock (ms since navigation start), when the data reached the store and
 * when `window.atlas.ready` resolved. Installed before any app script runs: it catches the moment the
 * app assigns `window.atlas`, so the times do not include the benchmark's polling.
 */
export const READY_TIMESTAMP_SCRIPT = `
(() => {
  let handle;
  const marks = { dataReadyAt: null, readyAt: null, readyFailed: null };
  Object.defineProperty(window, '__benchMarks', { value: marks });
  Object.defineProperty(window, 'atlas', {
    configurable: true,
    get: () => handle,
    set: (value) => {
      handle = value;
      const stop = value.store.subscribe((state) => {
        if (state.dataStatus !== 'loading' && marks.dataReadyAt === null) {
          marks.dataReadyAt = performance.now();
          stop();
        }
      });
      value.ready.then(
        () => { marks.readyAt = performance.now(); },
        (error) => { marks.readyFailed = String(error); },
      );
    },
  });
})();
`;

/** What READY_TIMESTAMP_SCRIPT recorded. */
export interface ReadyMarks {
  dataReadyAt: number | null;
  readyAt: number | null;
  readyFailed: string | null;
}

declare global {
  interface Window {
    __benchMarks?: ReadyMarks;
  }
}
