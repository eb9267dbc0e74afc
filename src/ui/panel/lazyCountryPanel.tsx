/**
 * The country panel is not part of the first view: its code (and panel.css) is a chunk of its own,
 * fetched the first time a country is selected (map, list or link), or earlier once the viewer starts
 * interacting with the page, so that a click rarely waits for it.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import type { CountryCollection } from '../../geo';
import { useAtlas } from '../../state/store';

type CountryPanelModule = typeof import('./CountryPanel');

let panelModule: Promise<CountryPanelModule> | undefined;

/** Fetches the panel's chunk once; a failed fetch may be retried by the next call. */
export function preloadCountryPanel(): Promise<CountryPanelModule> {
  panelModule ??= import('./CountryPanel').catch((error: unknown) => {
    panelModule = undefined;
    throw error;
  });
  return panelModule;
}

const CountryPanel = lazy(() => preloadCountryPanel().then((module) => ({ default: module.CountryPanel })));

/** Events that show the viewer is using the page: a country click or list choice usually follows. */
const INTENT_EVENTS = ['pointermove', 'pointerdown', 'keydown'] as const;

interface LazyCountryPanelProps {
  basemap: CountryCollection | null;
}

/**
 * Mounts the country panel from the first selection on and keeps it mounted, so its focus handling
 * behaves as if it had been there from the start.
 */
export function LazyCountryPanel({ basemap }: LazyCountryPanelProps) {
  const countryId = useAtlas((state) => state.countryId);
  // Fixed at start-up: a country in the link opens the panel without taking focus.
  const [openedByLink] = useState(countryId !== null);
  const [needed, setNeeded] = useState(countryId !== null);
  if (countryId !== null && !needed) setNeeded(true);

  useEffect(() => {
    if (needed) return;
    const preload = () => {
      stop();
      preloadCountryPanel().catch(() => undefined);
    };
    const stop = () => {
      for (const type of INTENT_EVENTS) window.removeEventListener(type, preload);
    };
    for (const type of INTENT_EVENTS) window.addEventListener(type, preload, { passive: true });
    return stop;
  }, [needed]);

  if (!needed) return null;
  return (
    <Suspense fallback={null}>
      <CountryPanel basemap={basemap} openedByLink={openedByLink} />
    </Suspense>
  );
}
