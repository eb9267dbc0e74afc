import { useEffect, useId, useRef, useState } from 'react';
import { reportMapToDebugHandle } from '../../app/debugHandle';
import type { BasemapResult } from '../../app/loadBasemap';
import { mapCreationFailureReason } from '../../app/webglSupport';
import { useMessages } from '../../i18n/catalog';
import { AtlasMap } from '../../map/AtlasMap';
import { watchContextRecovery } from '../../map/contextRecovery';
import { atlasStore } from '../../state/store';
import { followThemeOnMap } from '../../theme/followThemeOnMap';
import { currentThemeTokens } from '../../theme/themeSync';
import { useThemeTokens } from '../../theme/useThemeTokens';
import { ErrorBoundary } from '../errors/ErrorBoundary';
import { MapLegend } from '../legend/MapLegend';
import { followLanguageOnMap } from '../settings/followLanguageOnMap';
import { settingsMessages } from '../settings/messages';
import { MapDescription } from './MapDescription';
import './mapLibreElements.css';
import './mapView.css';

interface MapViewProps {
  basemap: Extract<BasemapResult, { ok: true }>;
}

/** Creates the map controller once for its container and disposes it on unmount. */
export function MapView({ basemap }: MapViewProps) {
  const containerRef = useRef<HTMLElement>(null);
  const [failure, setFailure] = useState<string | null>(null);
  /** Bumped to rebuild the map after a lost WebGL context comes back. */
  const [mapGeneration, setMapGeneration] = useState(0);
  const descriptionId = useId();
  const tokens = useThemeTokens();
  const settingsText = useMessages(settingsMessages);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new mapGeneration is what rebuilds the map.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let atlasMap: AtlasMap;
    try {
      atlasMap = new AtlasMap({
        container,
        store: atlasStore,
        countries: basemap.countries,
        labelPoints: basemap.labelPoints,
        theme: currentThemeTokens(),
        // An embed leaves the address alone: the host page chose the iframe's URL, camera included.
        hash: !atlasStore.getState().embed,
      });
    } catch (error) {
      // WebGL 2 can pass the start-up probe and still fail here (a GPU that gives up late): same fallback.
      atlasStore.getState().setMapUnavailable(mapCreationFailureReason(error));
      return;
    }
    reportMapToDebugHandle(atlasMap.map, atlasMap.ready);
    // Theme and language reach the map through subscriptions, never through this component's renders.
    const stopTheme = followThemeOnMap(atlasMap);
    const stopLanguage = followLanguageOnMap({
      map: atlasMap.map,
      ready: atlasMap.ready,
      store: atlasStore,
      labelledCountries: basemap.labelPoints.features.map((feature) => feature.properties.iso3),
      descriptionId,
    });
    atlasMap.ready.catch((error: unknown) =>
      setFailure(error instanceof Error ? error.message : String(error)),
    );
    // A restored WebGL context loses feature state: rebuild the controller from the store.
    const stopRecovery = watchContextRecovery(atlasMap.map, () =>
      setMapGeneration((generation) => generation + 1),
    );
    return () => {
      stopRecovery();
      stopTheme();
      stopLanguage();
      atlasMap.dispose();
    };
  }, [basemap, mapGeneration, descriptionId]);

  return (
    <div className="map-view">
      <section
        ref={containerRef}
        className="map-canvas"
        aria-label={settingsText.mapRegionLabel}
        aria-describedby={descriptionId}
      />
      <MapDescription id={descriptionId} />
      <ErrorBoundary area="legend">
        <MapLegend tokens={tokens} />
      </ErrorBoundary>
      {failure && (
        <p className="map-message" role="alert">
          The map could not be drawn: {failure}
        </p>
      )}
    </div>
  );
}
