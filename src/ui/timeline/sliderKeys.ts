/**
 * The slider's keyboard contract (WAI-ARIA slider pattern, in announcements rather than values):
 * arrows step one announcement, Page Up/Down a handful, Home/End to the ends.
 */

/** How far Page Up / Page Down move, in announcements. */
export const PAGE_STEP = 5;

export type SliderMove = { kind: 'step'; delta: number } | { kind: 'first' } | { kind: 'last' };

/** The move a key asks for, or null when the key is not the slider's. */
export function sliderMoveForKey(key: string): SliderMove | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return { kind: 'step', delta: 1 };
    case 'ArrowLeft':
    case 'ArrowDown':
      return { kind: 'step', delta: -1 };
    case 'PageUp':
      return { kind: 'step', delta: PAGE_STEP };
    case 'PageDown':
      return { kind: 'step', delta: -PAGE_STEP };
    case 'Home':
      return { kind: 'first' };
    case 'End':
      return { kind: 'last' };
    default:
      return null;
  }
}
