import type { StateCreator } from 'zustand/vanilla';
import type { IndexedDataset } from '../../data/derive';
import type { AtlasState } from '../store';

/** A problem in a data file, as the checker and the app report it. */
export interface DataProblem {
  file: string;
  path: string;
  reason: string;
}

export interface DataSlice {
  dataStatus: 'loading' | 'ready' | 'error';
  dataset: IndexedDataset | null;
  dataProblems: DataProblem[];
  /** Installs validated data; the timeline starts at the latest announcement unless a moment was chosen. */
  setDataset: (dataset: IndexedDataset) => void;
  /** Shows what is wrong instead of half-valid data. */
  setDataProblems: (problems: DataProblem[]) => void;
}

export const createDataSlice: StateCreator<AtlasState, [], [], DataSlice> = (set, get) => ({
  dataStatus: 'loading',
  dataset: null,
  dataProblems: [],
  setDataset: (dataset) => {
    const lastEvent = dataset.events.at(-1);
    const { time } = get();
    set({
      dataset,
      dataStatus: 'ready',
      dataProblems: [],
      time: time ?? lastEvent?.startTime ?? Date.now(),
    });
  },
  setDataProblems: (dataProblems) => set({ dataProblems, dataStatus: 'error', dataset: null }),
});
