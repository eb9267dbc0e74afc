import type { MouseEvent } from 'react';
import { useMessages } from '../../i18n/catalog';
import { settingsMessages } from '../settings/messages';
import './layout.css';

/** Ids of the regions the skip links lead to (set on them in App.tsx). */
export const TIMELINE_REGION_ID = 'atlas-timeline';
export const DETAILS_REGION_ID = 'atlas-details';

/**
 * Moves focus into a region: its first focusable control (the slider, the country search), else the
 * region itself. Done in script because the URL's hash is the map's camera: a plain `#id` link would
 * move the map.
 */
export function focusRegion(regionId: string): void {
  const region = document.getElementById(regionId);
  if (!region) return;
  // The slider is what a reader skipping to the timeline wants, even though Play comes first.
  const first =
    region.querySelector<HTMLElement>('[role="slider"]') ??
    region.querySelector<HTMLElement>(
      'input:not([disabled]), button:not([disabled]), [href], select, [tabindex="0"]',
    );
  if (first) {
    first.focus();
    return;
  }
  region.tabIndex = -1;
  region.focus();
}

/** The first things Tab reaches: jump straight to the timeline or to the details column. */
export function SkipLinks() {
  const messages = useMessages(settingsMessages);
  const skip = (regionId: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    focusRegion(regionId);
  };
  return (
    <div className="skip-links">
      <a className="skip-link" href={`#${TIMELINE_REGION_ID}`} onClick={skip(TIMELINE_REGION_ID)}>
        {messages.skipToTimeline}
      </a>
      <a className="skip-link" href={`#${DETAILS_REGION_ID}`} onClick={skip(DETAILS_REGION_ID)}>
        {messages.skipToDetails}
      </a>
    </div>
  );
}
