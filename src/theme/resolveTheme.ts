/**
 * Which colour tokens a viewer gets: their explicit choice, else what their system asks for.
 * Pure, so the rule is tested without a browser.
 */
import type { ThemePreference } from '../state/slices/viewSlice';
import { DARK_THEME, LIGHT_THEME, type ThemeTokens } from './tokens';

export type ThemeName = 'light' | 'dark';

/** The theme in force: a chosen light/dark wins; `system` follows the system's colour scheme. */
export function resolveThemeName(preference: ThemePreference, systemPrefersDark: boolean): ThemeName {
  if (preference === 'light' || preference === 'dark') return preference;
  return systemPrefersDark ? 'dark' : 'light';
}

/** The tokens of a theme. */
export function tokensOf(theme: ThemeName): ThemeTokens {
  return theme === 'dark' ? DARK_THEME : LIGHT_THEME;
}

/** The CSS custom property a token is written as, e.g. `textMuted` → `--color-text-muted`. */
export function cssVariableOf(tokenName: string): string {
  return `--color-${tokenName.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}
