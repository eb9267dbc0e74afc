/**
 * Draws the map as soon as the event that restyled it is over (a timeline step), instead of waiting
 * for the next animation frame. The feature-state writes are known and few, and waiting for the frame
 * only delayed them: a step sat idle for up to one display refresh (16.7 ms) before MapLibre drew,
 * and under software WebGL the GPU could not start rasterising the frame until then.
 *
 * The draw runs in a microtask, after the event's handlers and React's render of it, so the frame
 * shows the step whole. At most one immediate draw per animation frame: a dragged thumb or a held
 * key restyles the map more often than the display refreshes, and those extra changes wait for
 * MapLibre's own frame as before. A moving camera is left to MapLibre's frames too.
 */

/** The parts of MapLibre's map the redraw uses. */
export interface RedrawableMap {
  isMoving(): boolean;
  redraw(): unknown;
}

/** The browser hooks it uses; tests pass fakes. */
export interface RedrawScheduling {
  queueMicrotask: (run: () => void) => void;
  requestAnimationFrame: (run: () => void) => unknown;
}

const browserScheduling: RedrawScheduling = {
  queueMicrotask: (run) => queueMicrotask(run),
  requestAnimationFrame: (run) => requestAnimationFrame(run),
};

export class ImmediateRedraw {
  private queued = false;
  private drawnThisFrame = false;

  constructor(
    private readonly map: RedrawableMap,
    private readonly scheduling: RedrawScheduling = browserScheduling,
  ) {}

  /** Asks for a draw once the current event is over; several asks in one event make one draw. */
  request(): void {
    if (this.queued || this.drawnThisFrame) return;
    this.queued = true;
    this.scheduling.queueMicrotask(() => {
      this.queued = false;
      if (this.drawnThisFrame || this.map.isMoving()) return;
      this.drawnThisFrame = true;
      this.scheduling.requestAnimationFrame(() => {
        this.drawnThisFrame = false;
      });
      this.map.redraw();
    });
  }
}
