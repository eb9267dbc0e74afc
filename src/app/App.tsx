import { Suspense, use, useEffect, useRef } from 'react';
import { useMessages } from '../i18n/catalog';
import { useAtlas } from '../state/store';
import { AnnouncementCard } from '../ui/card/AnnouncementCard';
import { ErrorBoundary } from '../ui/errors/ErrorBoundary';
import { MapUnavailable } from '../ui/errors/MapUnavailable';
import { AtlasHeading } from '../ui/layout/AtlasHeading';
import { DataProblems } from '../ui/layout/DataProblems';
import { publishHeight } from '../ui/layout/observeHeight';
import { DETAILS_REGION_ID, SkipLinks, TIMELINE_REGION_ID } from '../ui/layout/SkipLinks';
import { MapView } from '../ui/map/MapView';
import { CountryPicker } from '../ui/panel/CountryPicker';
import { LazyCountryPanel } from '../ui/panel/lazyCountryPanel';
import { settingsMessages } from '../ui/settings/messages';
import { SettingsBar } from '../ui/settings/SettingsBar';
import { EmbedBar } from '../ui/share/EmbedBar';
import { ShareTools } from '../ui/share/ShareTools';
import { LazyTableView } from '../ui/table/lazyTableView';
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
  const embed = useAtlas((state) => state.embed);
  const mapUnavailableReason = useAtlas((state) => state.mapUnavailableReason);
  const view = useAtlas((state) => state.view);
  const messages = useMessages(settingsMessages);
  const timelineRef = useRef<HTMLElement>(null);
  // The phone's bottom sheet sits above the pinned timeline, so scrubbing stays possible with it open.
  useEffect(() => {
    const timeline = timelineRef.current;
    return timeline ? publishHeight(timeline, '--timeline-height', document.documentElement) : undefined;
  }, []);

  return (
    <div className={embed ? 'atlas atlas-embed' : 'atlas'}>
      <SkipLinks />
      {embed ? (
        <EmbedBar />
      ) : (
        <header className="atlas-header">
          <AtlasHeading />
          <ShareTools basemap={basemapResult.ok ? basemapResult.countries : null} />
          <SettingsBar />
        </header>
      )}
      <main className="atlas-main">
        {dataStatus === 'error' ? (
          <DataProblems />
        ) : view === 'table' || mapUnavailableReason ? (
          <div className="atlas-table-column">
            {mapUnavailableReason ? <MapUnavailable /> : null}
            <ErrorBoundary area="table">
              <Suspense fallback={null}>
                <LazyTableView />
              </Suspense>
            </ErrorBoundary>
          </div>
        ) : basemapResult.ok ? (
          <ErrorBoundary area="map">
            <MapView basemap={basemapResult} />
          </ErrorBoundary>
        ) : (
          <p className="map-message" role="alert">
            {basemapResult.message}
          </p>
        )}
        <aside id={DETAILS_REGION_ID} className="atlas-side" aria-label={messages.detailsLabel}>
          <CountryPicker />
          <ErrorBoundary area="card">
            <AnnouncementCard />
          </ErrorBoundary>
          <ErrorBoundary area="panel">
            <LazyCountryPanel basemap={basemapResult.ok ? basemapResult.countries : null} />
          </ErrorBoundary>
        </aside>
      </main>
      <section
        ref={timelineRef}
        id={TIMELINE_REGION_ID}
        className="atlas-timeline"
        aria-label={messages.timelineLabel}
      >
        <ErrorBoundary area="timeline">
          <Timeline />
        </ErrorBoundary>
      </section>
    </div>
  );
}
