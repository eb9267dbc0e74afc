/**
 * The one store of the app (zustand, vanilla so the map controller can subscribe outside React).
 * Slices keep each concern in its own file; selectors in `selectors.ts` answer "as of t" questions.
 */
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createDataSlice, type DataSlice } from './slices/dataSlice';
import { createSelectionSlice, type SelectionSlice } from './slices/selectionSlice';
import { createTimeSlice, type TimeSlice } from './slices/timeSlice';
import { createViewSlice, type ViewSlice } from './slices/viewSlice';

export type AtlasState = DataSlice & TimeSlice & SelectionSlice & ViewSlice;
export type AtlasStore = StoreApi<AtlasState>;

/** Creates a store; `initial` overrides defaults (from the URL, or in tests). */
export function createAtlasStore(initial: Partial<AtlasState> = {}): AtlasStore {
  const store = createStore<AtlasState>()((...parameters) => ({
    ...createDataSlice(...parameters),
    ...createTimeSlice(...parameters),
    ...createSelectionSlice(...parameters),
    ...createViewSlice(...parameters),
  }));
  store.setState(initial);
  return store;
}

/** The app's store, created once at start-up. */
export const atlasStore: AtlasStore = createAtlasStore();

/** React hook over the app store; pass a selector so components re-render only on what they read. */
export function useAtlas<Selected>(selector: (state: AtlasState) => Selected): Selected {
  return useStore(atlasStore, selector);
}
