/** What the URL sync tests share: a one-country basemap, a jsdom address and history helpers. */
import type { BasemapResult } from '../../../src/app/loadBasemap';
import type { UrlWriteScheduler } from '../../../src/app/urlWriteScheduler';
import { squareCountries } from '../../fixtures/squareCountries';

export const basemap: BasemapResult = {
  ok: true,
  countries: squareCountries({ iso3: 'BRA', name: 'Brazil' }),
  labelPoints: { type: 'FeatureCollection', features: [] },
};

/** Lets the start-up promise chain (data ready + basemap) settle. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

export function openAt(url: string): void {
  window.history.replaceState(null, '', url);
}

/** Goes back one history entry and waits for jsdom's asynchronous popstate. */
export function goBack(): Promise<void> {
  return new Promise((resolve) => {
    window.addEventListener('popstate', () => setTimeout(resolve, 0), { once: true });
    window.history.back();
  });
}

/** Writes in the event that changed the store, so a test reads the address right after an action. */
export const writeAtOnce: UrlWriteScheduler = (write) => write();

/** Holds writes until the test runs them, as the next frame would. */
export function heldWrites(): { schedule: UrlWriteScheduler; runAll: () => void; count: () => number } {
  const queued: Array<() => void> = [];
  return {
    schedule: (write) => {
      queued.push(write);
    },
    runAll: () => {
      for (const write of queued.splice(0)) write();
    },
    count: () => queued.length,
  };
}
