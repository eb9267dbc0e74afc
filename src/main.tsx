import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
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
