import type { StateCreator } from 'zustand/vanilla';
import type { AtlasState } from '../store';

export interface SelectionSlice {
  /** The country or institution whose panel is open (actor id), or null. */
  countryId: string | null;
  /** The feature under the pointer or keyboard focus on the map, for tooltips. */
  hoveredCountryId: string | null;
  /** A Paris Declaration commitment whose signatories are highlighted on the map. */
  commitmentId: string | null;
  selectCountry: (countryId: string | null) => void;
  setHoveredCountry: (countryId: string | null) => void;
  selectCommitment: (commitmentId: string | null) => void;
}

export const createSelectionSlice: StateCreator<AtlasState, [], [], SelectionSlice> = (set) => ({
  countryId: null,
  hoveredCountryId: null,
  commitmentId: null,
  selectCountry: (countryId) => set({ countryId }),
  setHoveredCountry: (hoveredCountryId) => set({ hoveredCountryId }),
  selectCommitment: (commitmentId) => set({ commitmentId }),
});
