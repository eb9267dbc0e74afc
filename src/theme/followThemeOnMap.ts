/**
 * Repaints the map when the theme in force changes. A subscription, not a React effect on every
 * render: the map is repainted once per change and never by a re-render.
 */
import { onThemeChange } from './themeSync';
import type { ThemeTokens } from './tokens';

/** The one method of the map controller this needs (AtlasMap.setTheme). */
export interface ThemedMap {
  setTheme(tokens: ThemeTokens): void;
}

/** Calls `map.setTheme` on every theme change; returns a function that stops. */
export function followThemeOnMap(map: ThemedMap): () => void {
  return onThemeChange((tokens) => map.setTheme(tokens));
}
