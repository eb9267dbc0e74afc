// Map labels are drawn with this shipped font (no glyph server); the UI uses the system's fonts.
import '@fontsource/noto-sans/400.css';
import 'maplibre-gl/dist/maplibre-gl.css';
import './ui/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startAtlas } from './app/startAtlas';
import { atlasStore } from './state/store';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');
const basemap = startAtlas(atlasStore, window.location);
createRoot(root).render(
  <StrictMode>
    <App basemap={basemap} />
  </StrictMode>,
);
