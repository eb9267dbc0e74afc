/**
 * Colour tokens for both themes. The CSS (as custom properties) and the map's paint properties both
 * read these, so the legend, the panels and the map can never drift apart.
 * Role colours are a colour-blind-safe set (blue / orange / grey) and are never the only channel:
 * troop commitment also changes the outline (see map/layers/countryLayers.ts and the legend).
 */
export interface ThemeTokens {
  background: string;
  surface: string;
  text: string;
  textMuted: string;
  border: string;
  focus: string;
  accent: string;
  sea: string;
  land: string;
  countryBorder: string;
  countryLabel: string;
  countryLabelHalo: string;
  ukraine: string;
  member: string;
  participant: string;
  notMember: string;
  selectedOutline: string;
  highlight: string;
  site: string;
  siteSpeculative: string;
  germany: string;
}

export const LIGHT_THEME: ThemeTokens = {
  background: '#ffffff',
  surface: '#f5f6f8',
  text: '#16181d',
  textMuted: '#4d5560',
  border: '#c4c9d0',
  focus: '#0b57d0',
  accent: '#0b57d0',
  sea: '#dfe9f3',
  land: '#f4f2ee',
  countryBorder: '#8c8f94',
  countryLabel: '#2a2d33',
  countryLabelHalo: '#ffffff',
  ukraine: '#f2c300',
  member: '#2f6db5',
  participant: '#e08a1e',
  notMember: '#c9c6c0',
  selectedOutline: '#111111',
  highlight: '#b3006b',
  site: '#b3261e',
  siteSpeculative: '#b3261e',
  germany: '#4d4d4d',
};

export const DARK_THEME: ThemeTokens = {
  background: '#121417',
  surface: '#1c1f24',
  text: '#eceff3',
  textMuted: '#aab2bd',
  border: '#444b55',
  focus: '#8ab4f8',
  accent: '#8ab4f8',
  sea: '#0e1a26',
  land: '#2a2c30',
  countryBorder: '#6b7078',
  countryLabel: '#e6e8eb',
  countryLabelHalo: '#121417',
  ukraine: '#d9b000',
  member: '#5b9be0',
  participant: '#f0a54a',
  notMember: '#4a4d52',
  selectedOutline: '#ffffff',
  highlight: '#ff6ec7',
  site: '#ff7a70',
  siteSpeculative: '#ff7a70',
  germany: '#c8c8c8',
};

/** Writes the tokens as CSS custom properties (`--color-sea` …) on an element. */
export function applyThemeToDocument(tokens: ThemeTokens, element: HTMLElement): void {
  for (const [name, value] of Object.entries(tokens)) {
    element.style.setProperty(
      `--color-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`,
      value,
    );
  }
}
