// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAtlasStore } from '../../../src/state/store';
import { cssVariableOf, resolveThemeName } from '../../../src/theme/resolveTheme';
import {
  type ColorSchemeQuery,
  currentThemeName,
  onThemeChange,
  startThemeSync,
} from '../../../src/theme/themeSync';
import { DARK_THEME, LIGHT_THEME } from '../../../src/theme/tokens';

/** A stand-in for matchMedia('(prefers-color-scheme: dark)') whose answer the test flips. */
function fakeSystemQuery(prefersDark: boolean) {
  const listeners = new Set<() => void>();
  const query = {
    matches: prefersDark,
    addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
  };
  const flip = (next: boolean) => {
    query.matches = next;
    for (const listener of listeners) listener();
  };
  return { query: query as unknown as ColorSchemeQuery, flip, listeners };
}

describe('choosing the theme', () => {
  it('uses the explicit choice, else follows the system', () => {
    expect(resolveThemeName('light', true)).toBe('light');
    expect(resolveThemeName('dark', false)).toBe('dark');
    expect(resolveThemeName('system', true)).toBe('dark');
    expect(resolveThemeName('system', false)).toBe('light');
  });
});

describe('applying the theme to the page', () => {
  let stop: (() => void) | undefined;
  afterEach(() => {
    stop?.();
    stop = undefined;
  });

  it('writes every token as a CSS custom property on <html>, with color-scheme', () => {
    const store = createAtlasStore({ theme: 'dark' });
    const root = document.createElement('html');
    stop = startThemeSync(store, root, fakeSystemQuery(false).query);
    expect(root.style.getPropertyValue('--color-background')).toBe(DARK_THEME.background);
    expect(root.style.getPropertyValue('--color-text-muted')).toBe(DARK_THEME.textMuted);
    expect(root.style.colorScheme).toBe('dark');
    expect(root.dataset.theme).toBe('dark');
  });

  it('follows the store and the system, and tells listeners (the map) once per change', () => {
    const store = createAtlasStore({ theme: 'system' });
    const root = document.createElement('html');
    const system = fakeSystemQuery(false);
    const heard = vi.fn();
    const stopListening = onThemeChange(heard);
    stop = startThemeSync(store, root, system.query);
    expect(currentThemeName()).toBe('light');
    heard.mockClear();
    system.flip(true);
    expect(root.style.getPropertyValue('--color-sea')).toBe(DARK_THEME.sea);
    store.getState().setTheme('light');
    expect(root.style.getPropertyValue('--color-sea')).toBe(LIGHT_THEME.sea);
    store.getState().setLanguage('fr');
    expect(heard.mock.calls.map(([, theme]) => theme)).toEqual(['dark', 'light']);
    stopListening();
    stop();
    expect(system.listeners.size).toBe(0);
  });

  it('emits every --color-* property the stylesheets use', () => {
    const emitted = new Set(Object.keys(LIGHT_THEME).map(cssVariableOf));
    const used = new Set<string>();
    const cssFiles = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('.css'),
    );
    for (const file of cssFiles.map((name) => join('src', name))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/var\((--color-[a-z-]+)/g)) {
        if (match[1]) used.add(match[1]);
      }
    }
    expect(used.size).toBeGreaterThan(0);
    expect([...used].filter((name) => !emitted.has(name))).toEqual([]);
  });
});
