import { use } from 'react';
import { useAtlas } from '../state/store';
import { AnnouncementCard } from '../ui/card/AnnouncementCard';
import { ErrorBoundary } from '../ui/errors/ErrorBoundary';
import { DataProblems } from '../ui/layout/DataProblems';
import { MapView } from '../ui/map/MapView';
import { CountryPanel } from '../ui/panel/CountryPanel';
import { CountryPicker } from '../ui/panel/CountryPicker';
import { Timeline } from '../ui/timeline/Timeline';
import { EmbedBar } from '../ui/share/EmbedBar';
import { ShareTools } from '../ui/share/ShareTools';
import type { BasemapResult } from './loadBasemap';

interface AppProps {
  /** The basemap load started before React, so the first render never waits on it twice. */
  basemap: Promise<BasemapResult>;
}

/** The page: header, map, side panel and timeline. Each area is its own component. */
export function App({ basemap }: AppProps) {
  const basemapResult = use(basemap);
  const dataStatus = useAtlas((state) => state.dataStatus);
  const embed = useAtlas((state) => state.embed);

  return (
    <div className={embed ? 'atlas atlas-embed' : 'atlas'}>
      {embed ? (
        <EmbedBar />
      ) : (
        <header className="atlas-header">
          <h1>Security guarantees for Ukraine</h1>
          <p className="atlas-dek">
            Who joined the Coalition of the Willing, and what was promised in Paris on 6 January 2026
          </p>
          <ShareTools basemap={basemapResult.ok ? basemapResult.countries : null} />
        </header>
      )}
      <main className="atlas-main">
        {dataStatus === 'error' ? (
          <DataProblems />
        ) : basemapResult.ok ? (
          <MapView basemap={basemapResult} />
        ) : (
          <p className="map-message" role="alert">
            {basemapResult.message}
          </p>
        )}
        <aside className="atlas-side" aria-label="Announcement and country details">
          <CountryPicker />
          <ErrorBoundary area="card">
            <AnnouncementCard />
          </ErrorBoundary>
          <CountryPanel basemap={basemapResult.ok ? basemapResult.countries : null} />
        </aside>
      </main>
      <footer className="atlas-timeline" aria-label="Timeline">
        <ErrorBoundary area="timeline">
          <Timeline />
        </ErrorBoundary>
      </footer>
    </div>
  );
}
