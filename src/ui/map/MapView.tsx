import { useEffect, useRef, useState } from 'react';
import { reportMapToDebugHandle } from '../../app/debugHandle';
import type { BasemapResult } from '../../app/loadBasemap';
import { mapCreationFailureReason } from '../../app/webglSupport';
import { AtlasMap } from '../../map/AtlasMap';
import { watchContextRecovery } from '../../map/contextRecovery';
import { atlasStore } from '../../state/store';
import { LIGHT_THEME } from '../../theme/tokens';
import { ErrorBoundary } from '../errors/ErrorBoundary';
import { MapLegend } from '../legend/MapLegend';
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
        theme: LIGHT_THEME,
      });
    } catch (error) {
      // WebGL 2 can pass the start-up probe and still fail here (a GPU that gives up late): same fallback.
      atlasStore.getState().setMapUnavailable(mapCreationFailureReason(error));
      return;
    }
    reportMapToDebugHandle(atlasMap.map, atlasMap.ready);
    atlasMap.ready.catch((error: unknown) =>
      setFailure(error instanceof Error ? error.message : String(error)),
    );
    // A restored WebGL context loses feature state: rebuild the controller from the store.
    const stopRecovery = watchContextRecovery(atlasMap.map, () =>
      setMapGeneration((generation) => generation + 1),
    );
    return () => {
      stopRecovery();
      atlasMap.dispose();
    };
  }, [basemap, mapGeneration]);

  return (
    <div className="map-view">
      <section ref={containerRef} className="map-canvas" aria-label="Map of the coalition" />
      <ErrorBoundary area="legend">
        <MapLegend tokens={LIGHT_THEME} />
      </ErrorBoundary>
      {failure && (
        <p className="map-message" role="alert">
          The map could not be drawn: {failure}
        </p>
      )}
    </div>
  );
}
