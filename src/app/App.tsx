import { use } from 'react';
import { useAtlas } from '../state/store';
import { AnnouncementCard } from '../ui/card/AnnouncementCard';
import { ErrorBoundary } from '../ui/errors/ErrorBoundary';
import { MapUnavailable } from '../ui/errors/MapUnavailable';
import { DataProblems } from '../ui/layout/DataProblems';
import { MapView } from '../ui/map/MapView';
import { CountryPanel } from '../ui/panel/CountryPanel';
import { CountryPicker } from '../ui/panel/CountryPicker';
import { Timeline } from '../ui/timeline/Timeline';
import type { BasemapResult } from './loadBasemap';

interface AppProps {
  /** The basemap load started before React, so the first render never waits on it twice. */
  basemap: Promise<BasemapResult>;
}

/** The page: header, map, side panel and timeline. Each area is its own component. */
export function App({ basemap }: AppProps) {
  const basemapResult = use(basemap);
  const dataStatus = useAtlas((state) => state.dataStatus);
  const mapUnavailableReason = useAtlas((state) => state.mapUnavailableReason);

  return (
    <div className="atlas">
      <header className="atlas-header">
        <h1>Security guarantees for Ukraine</h1>
        <p className="atlas-dek">
          Who joined the Coalition of the Willing, and what was promised in Paris on 6 January 2026
        </p>
      </header>
      <main className="atlas-main">
        {dataStatus === 'error' ? (
          <DataProblems />
        ) : mapUnavailableReason ? (
          <MapUnavailable />
        ) : basemapResult.ok ? (
          <ErrorBoundary area="map">
            <MapView basemap={basemapResult} />
          </ErrorBoundary>
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
          <ErrorBoundary area="panel">
            <CountryPanel basemap={basemapResult.ok ? basemapResult.countries : null} />
          </ErrorBoundary>
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
