import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { CountryCollection } from '../../geo';
import { fillTemplate, useMessages } from '../../i18n/catalog';
import { useAtlas } from '../../state/store';
import { ActorDetails } from './ActorDetails';
import { countryDisplayName } from './countryName';
import { panelMessages } from './messages';
import { COUNTRY_PICKER_INPUT_ID } from './pickerIds';
import './panel.css';

interface CountryPanelProps {
  /** The basemap, for the names of countries that are not in the data (e.g. Brazil). */
  basemap: CountryCollection | null;
  /**
   * Whether the country shown on mount came with the link rather than from the viewer's action. Defaults
   * to "a country is selected on mount", true when the panel mounts with the page; a panel mounted later
   * (lazyCountryPanel.tsx) is told.
   */
  openedByLink?: boolean;
}

/** Whether an Escape press is still free for the panel (a list or field did not already use it). */
function isUnclaimedEscape(event: KeyboardEvent): boolean {
  if (event.key !== 'Escape' || event.defaultPrevented) return false;
  const target = event.target;
  return !(
    target instanceof HTMLElement &&
    target.closest('[role="dialog"], [aria-expanded="true"][role="combobox"]')
  );
}

/**
 * The panel about the selected country or institution: a named region that opens when the store's
 * `countryId` is set (map click, list, link) and closes with its button or Escape.
 */
export function CountryPanel({ basemap, openedByLink }: CountryPanelProps) {
  const messages = useMessages(panelMessages);
  const countryId = useAtlas((state) => state.countryId);
  const dataset = useAtlas((state) => state.dataset);
  const language = useAtlas((state) => state.language);
  const embed = useAtlas((state) => state.embed);
  const selectCountry = useAtlas((state) => state.selectCountry);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const returnFocusTo = useRef<Element | null>(null);
  // A country that came with the link is not the viewer's action: focus stays where the page put it.
  const skipFirstFocus = useRef(openedByLink ?? countryId !== null);

  const basemapNames = useMemo(
    () =>
      new Map((basemap?.features ?? []).map((feature) => [feature.properties.iso3, feature.properties.name])),
    [basemap],
  );

  // Move focus to the panel when the viewer picks a country, so a screen reader reads what opened;
  // never for the link's own country and never in an embed, which must not steal the host's focus.
  // A layout effect, so focus moves in the same commit that shows the panel: when the panel's chunk
  // arrives after the click, a passive effect would leave a moment with the panel shown and focus behind.
  useLayoutEffect(() => {
    if (!countryId) return;
    if (skipFirstFocus.current || embed) {
      skipFirstFocus.current = false;
      return;
    }
    const heading = headingRef.current;
    const active = document.activeElement;
    if (heading && active && active !== document.body && !heading.closest('section')?.contains(active)) {
      returnFocusTo.current = active;
    }
    heading?.focus({ preventScroll: true });
    // Bring the whole panel, not just its heading, to the top of the side column.
    heading?.closest('section')?.scrollIntoView?.({ block: 'start' });
  }, [countryId, embed]);

  const close = () => {
    selectCountry(null);
    const target = returnFocusTo.current;
    returnFocusTo.current = null;
    const fallback = document.getElementById(COUNTRY_PICKER_INPUT_ID);
    const next = target instanceof HTMLElement && target.isConnected ? target : fallback;
    next?.focus();
  };

  useEffect(() => {
    if (!countryId) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isUnclaimedEscape(event)) return;
      event.preventDefault();
      close();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  });

  if (!countryId) return null;
  const actor = dataset?.actorsById.get(countryId);
  const name = countryDisplayName(countryId, language, messages, {
    actorName: actor?.name,
    basemapName: basemapNames.get(countryId),
  });

  return (
    <section className="country-panel" aria-labelledby="country-panel-title" data-country={countryId}>
      <header className="country-panel-header">
        <h2 id="country-panel-title" ref={headingRef} tabIndex={-1}>
          {name}
        </h2>
        <button
          type="button"
          className="country-panel-close"
          aria-label={fillTemplate(messages.closeLabel, { name })}
          onClick={close}
        >
          <span aria-hidden="true">×</span> {messages.close}
        </button>
      </header>
      {actor && dataset ? (
        <ActorDetails actor={actor} dataset={dataset} />
      ) : (
        dataset && (
          <div className="panel-block panel-unrecorded">
            <h3>{messages.notRecordedTitle}</h3>
            <p>{fillTemplate(messages.notRecorded, { name })}</p>
          </div>
        )
      )}
    </section>
  );
}
