import { describe, expect, it, vi } from 'vitest';
import {
  type CanvasFactory,
  mapCreationFailureReason,
  WEBGL_MISSING,
  WEBGL1_ONLY,
  webglUnavailableReason,
} from '../../../src/app/webglSupport';

/** A canvas whose `getContext` answers only for the given kinds; records lost contexts. */
function fakeCanvases(available: ReadonlyArray<'webgl2' | 'webgl'>): {
  factory: CanvasFactory;
  lost: string[];
} {
  const lost: string[] = [];
  const factory: CanvasFactory = () => ({
    getContext: ((kind: string) =>
      available.includes(kind as 'webgl2' | 'webgl')
        ? { getExtension: () => ({ loseContext: () => lost.push(kind) }) }
        : null) as HTMLCanvasElement['getContext'],
  });
  return { factory, lost };
}

describe('webglUnavailableReason', () => {
  it('finds nothing wrong when WebGL 2 works, and gives the probe context back', () => {
    const { factory, lost } = fakeCanvases(['webgl2', 'webgl']);
    expect(webglUnavailableReason(factory)).toBeNull();
    expect(lost).toEqual(['webgl2']);
  });

  it('says WebGL 1 is not enough (MapLibre 6 draws with WebGL 2 only)', () => {
    expect(webglUnavailableReason(fakeCanvases(['webgl']).factory)).toBe(WEBGL1_ONLY);
  });

  it('says WebGL is missing when no context can be had', () => {
    expect(webglUnavailableReason(fakeCanvases([]).factory)).toBe(WEBGL_MISSING);
  });

  it('turns a throwing canvas into a reason instead of an exception', () => {
    const throwing: CanvasFactory = () => ({
      getContext: vi.fn(() => {
        throw new Error('GPU process crashed');
      }) as unknown as HTMLCanvasElement['getContext'],
    });
    expect(webglUnavailableReason(throwing)).toContain('GPU process crashed');
  });
});

describe('mapCreationFailureReason', () => {
  it('names the error and its message', () => {
    const error = new Error('WebGL2 is required');
    error.name = 'GPUInitializationError';
    expect(mapCreationFailureReason(error)).toContain('GPUInitializationError: WebGL2 is required');
  });

  it('copes with something that is not an Error', () => {
    expect(mapCreationFailureReason('lost')).toContain('lost');
  });
});
