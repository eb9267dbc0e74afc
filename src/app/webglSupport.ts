/**
 * Decides before the map is created whether it can be drawn at all. MapLibre 6 renders only with
 * WebGL 2 (it throws a GPUInitializationError otherwise), so a browser with WebGL 1 alone gets the
 * table view too; asking for WebGL 1 only makes the reason more precise for whoever reads it.
 */

/**
 * Reasons the store keeps in `mapUnavailableReason`. The two known ones are codes the UI translates;
 * a failure of the map itself is kept as its technical message, shown as a detail.
 */
export const WEBGL_MISSING = 'webgl-missing';
export const WEBGL1_ONLY = 'webgl1-only';

/** Something that can hand out a canvas; tests pass a fake. */
export type CanvasFactory = () => Pick<HTMLCanvasElement, 'getContext'>;

const defaultCanvas: CanvasFactory = () => document.createElement('canvas');

/** Why the map cannot be drawn here, or null when WebGL 2 works. Never throws. */
export function webglUnavailableReason(createCanvas: CanvasFactory = defaultCanvas): string | null {
  try {
    const webgl2 = createCanvas().getContext('webgl2');
    if (webgl2) {
      // Browsers cap live WebGL contexts; give the probe's back now rather than at garbage collection.
      webgl2.getExtension('WEBGL_lose_context')?.loseContext();
      return null;
    }
    const webgl1 = createCanvas().getContext('webgl');
    if (webgl1) {
      webgl1.getExtension('WEBGL_lose_context')?.loseContext();
      return WEBGL1_ONLY;
    }
    return WEBGL_MISSING;
  } catch (error) {
    return `WebGL could not be started (${error instanceof Error ? error.message : String(error)})`;
  }
}

/** The reason to show when the map itself failed to start (e.g. MapLibre's GPUInitializationError). */
export function mapCreationFailureReason(error: unknown): string {
  return `the map could not start (${error instanceof Error ? error.name : 'error'}: ${
    error instanceof Error ? error.message : String(error)
  })`;
}
