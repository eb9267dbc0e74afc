import { useSyncExternalStore } from 'react';
import { currentThemeTokens, onThemeChange } from './themeSync';
import type { ThemeTokens } from './tokens';

/** React hook: the colour tokens in force, for components that draw with them (legend swatches). */
export function useThemeTokens(): ThemeTokens {
  return useSyncExternalStore(onThemeChange, currentThemeTokens, currentThemeTokens);
}
