import type { StateCreator } from 'zustand/vanilla';
import { hasTranslationsFor, loadTranslations } from '../../i18n/loadTranslations';
import type { AtlasState } from '../store';

/** Map layers the viewer can toggle; also the values of the URL's `layers` list. */
export const LAYER_IDS = ['coalition', 'hubs', 'german-deployments', 'announcement'] as const;
export type LayerId = (typeof LAYER_IDS)[number];

export const LANGUAGES = ['en', 'uk', 'fr', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

export type ThemePreference = 'system' | 'light' | 'dark';

export interface ViewSlice {
  visibleLayers: LayerId[];
  view: 'map' | 'table';
  embed: boolean;
  language: Language;
  theme: ThemePreference;
  /** Why the map cannot be shown (no WebGL), or null when it can. */
  mapUnavailableReason: string | null;
  setLayerVisible: (layer: LayerId, visible: boolean) => void;
  setView: (view: 'map' | 'table') => void;
  /**
   * Switches the UI language; a language whose translations are not loaded yet takes effect once they
   * are (a failed load switches anyway: the text then falls back to English).
   */
  setLanguage: (language: Language) => void;
  setTheme: (theme: ThemePreference) => void;
  setMapUnavailable: (reason: string) => void;
}

export const createViewSlice: StateCreator<AtlasState, [], [], ViewSlice> = (set, get) => ({
  visibleLayers: [...LAYER_IDS],
  view: 'map',
  embed: false,
  language: 'en',
  theme: 'system',
  mapUnavailableReason: null,
  setLayerVisible: (layer, visible) => {
    const others = get().visibleLayers.filter((id) => id !== layer);
    // Keep the canonical order so URLs and legends stay stable.
    const next = visible ? LAYER_IDS.filter((id) => id === layer || others.includes(id)) : others;
    set({ visibleLayers: next });
  },
  setView: (view) => set({ view }),
  setLanguage: (language) => {
    if (hasTranslationsFor(language)) {
      set({ language });
      return;
    }
    const switchLanguage = () => set({ language });
    loadTranslations().then(switchLanguage, switchLanguage);
  },
  setTheme: (theme) => set({ theme }),
  setMapUnavailable: (mapUnavailableReason) => set({ mapUnavailableReason, view: 'table' }),
});
