import { useEffect, useRef, useState } from 'react';
import type { BasemapResult } from '../../app/loadBasemap';
import { reportMapToDebugHandle } from '../../app/debugHandle';
import { AtlasMap } from '../../map/AtlasMap';
import { atlasStore } from '../../state/store';
import { LIGHT_THEME } from '../../theme/tokens';

interface MapViewProps {
  basemap: Extract<BasemapResult, { ok: true }>;
}

/** Creates the map controller once for its container and disposes it on unmount. */
export function MapView({ basemap }: MapViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const atlasMap = new AtlasMap({
      container,
      store: atlasStore,
      countries: basemap.countries,
      labelPoints: basemap.labelPoints,
      theme: LIGHT_THEME,
    });
    reportMapToDebugHandle(atlasMap.map, atlasMap.ready);
    atlasMap.ready.catch((error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));
    return () => atlasMap.dispose();
  }, [basemap]);

  return (
    <div className="map-view">
      <div ref={containerRef} className="map-canvas" role="region" aria-label="Map of the coalition" />
      {failure && (
        <p className="map-message" role="alert">
          The map could not be drawn: {failure}
        </p>
      )}
    </div>
  );
}
