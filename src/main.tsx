// Map labels are drawn with this shipped font (no glyph server); the UI uses the system's fonts. The
// build cuts it down to the labels' characters (scripts/build/labelFontPlugin.ts).
import 'virtual:label-font.css';
import './ui/global.css';
import './ui/layout/phone.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startAtlas } from './app/startAtlas';
import { hasTranslationsFor, loadTranslations, translationsSettled } from './i18n/loadTranslations';
import { atlasStore } from './state/store';
import { DARK_SCHEME_QUERY, startThemeSync } from './theme/themeSync';
import { startLanguageSync } from './ui/settings/languageSync';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');
const basemap = startAtlas(atlasStore, window.location);
// After the link is applied (in startAtlas) and before the first render, so no frame shows the wrong
// colours or language.
startLanguageSync(atlasStore, document.documentElement, storageOrNull(), window.location.search);
startThemeSync(atlasStore, document.documentElement, window.matchMedia?.(DARK_SCHEME_QUERY) ?? null);
// A language from the link is in the store already; a remembered one waits for its translations
// (setLanguage). Either way the first render waits for them, while the data and basemap download.
if (!hasTranslationsFor(atlasStore.getState().language)) loadTranslations().catch(() => undefined);
translationsSettled().then(() =>
  createRoot(root).render(
    <StrictMode>
      <App basemap={basemap} />
    </StrictMode>,
  ),
);

/** localStorage, or null where reading it throws (blocked cookies, sandboxed frames). */
function storageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
