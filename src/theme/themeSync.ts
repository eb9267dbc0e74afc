/**
 * Keeps the page's colours in step with the store's `theme` and the system's colour scheme: writes the
 * tokens as CSS custom properties on <html> (so every stylesheet's `var(--color-*)` follows) and tells
 * listeners such as the map. It runs outside React, so a theme change never re-renders the map.
 */
import type { AtlasStore } from '../state/store';
import { resolveThemeName, type ThemeName, tokensOf } from './resolveTheme';
import { applyThemeToDocument, LIGHT_THEME, type ThemeTokens } from './tokens';

export const DARK_SCHEME_QUERY = '(prefers-color-scheme: dark)';

type TokensListener = (tokens: ThemeTokens, theme: ThemeName) => void;

/** The media query list the sync listens to; tests pass a fake. */
export type ColorSchemeQuery = Pick<MediaQueryList, 'matches' | 'addEventListener' | 'removeEventListener'>;

let currentTheme: ThemeName = 'light';
let currentTokens: ThemeTokens = LIGHT_THEME;
const listeners = new Set<TokensListener>();

/** The tokens in force now (light until the sync starts). */
export function currentThemeTokens(): ThemeTokens {
  return currentTokens;
}

/** The theme in force now. */
export function currentThemeName(): ThemeName {
  return currentTheme;
}

/** Calls `listener` on every change of the theme in force; returns a function that stops it. */
export function onThemeChange(listener: TokensListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Writes a theme on an element: the tokens, the `color-scheme` for form controls, and a data attribute. */
export function applyThemeToElement(theme: ThemeName, element: HTMLElement): void {
  applyThemeToDocument(tokensOf(theme), element);
  element.style.colorScheme = theme;
  element.dataset.theme = theme;
}

/** Starts following the store and the system; returns a function that stops. */
export function startThemeSync(
  store: AtlasStore,
  root: HTMLElement,
  systemQuery: ColorSchemeQuery | null,
): () => void {
  const update = () => {
    const theme = resolveThemeName(store.getState().theme, systemQuery?.matches ?? false);
    if (theme === currentTheme && root.dataset.theme === theme) return;
    currentTheme = theme;
    currentTokens = tokensOf(theme);
    applyThemeToElement(theme, root);
    for (const listener of listeners) listener(currentTokens, theme);
  };
  update();
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.theme !== previous.theme) update();
  });
  systemQuery?.addEventListener('change', update);
  return () => {
    unsubscribe();
    systemQuery?.removeEventListener('change', update);
  };
}
