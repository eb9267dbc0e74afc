/**
 * Layer toggles and the legend, over the bottom-left of the map. Every visual channel of the map has
 * an entry here (role colours, troop patterns, site precision, reported vs speculative, the
 * undisclosed area, the candidate hatch, the announcement marker, the commitment highlight), drawn
 * with the same tokens and pattern pixels as the map.
 */
import { type KeyboardEvent, type ReactNode, useMemo } from 'react';
import { useMessages } from '../../i18n/catalog';
import { drawCandidateHatch, drawTroopPattern, PATTERNED_TROOP_LEVELS } from '../../map/patterns';
import { TROOPS_MESSAGE } from '../../map/tooltipContent';
import type { LayerId } from '../../state/slices/viewSlice';
import { LAYER_IDS } from '../../state/slices/viewSlice';
import { useAtlas } from '../../state/store';
import type { ThemeTokens } from '../../theme/tokens';
import { type LegendMessages, legendMessages } from './messages';
import { AreaSwatch, LineSwatch, MarkerSwatch, PatternSwatch, PointSwatch } from './Swatch';
import './legend.css';

const LAYER_LABEL: Record<LayerId, keyof LegendMessages> = {
  coalition: 'layerCoalition',
  hubs: 'layerHubs',
  'german-deployments': 'layerGermanDeployments',
  announcement: 'layerAnnouncement',
};

/**
 * The legend starts open only where it leaves most of the map visible; on laptops and phones it starts
 * folded (one line) so it does not hide the countries around Ukraine on first view.
 */
const ROOMY_SCREEN_QUERY = '(min-width: 1200px) and (min-height: 900px)';

function Entry({ swatch, children }: { swatch: ReactNode; children: ReactNode }) {
  return (
    <li className="legend-entry">
      {swatch}
      <span>{children}</span>
    </li>
  );
}

/**
 * Escape folds the open legend from anywhere inside it and leaves focus on its summary, as users of
 * disclosure widgets expect. The press is claimed (default prevented) so the country panel, which closes
 * on any unclaimed Escape, stays open: the innermost thing with focus closes first.
 */
function foldOnEscape(event: KeyboardEvent<HTMLDetailsElement>): void {
  const details = event.currentTarget;
  if (event.key !== 'Escape' || event.defaultPrevented || !details.open) return;
  event.preventDefault();
  details.open = false;
  details.querySelector('summary')?.focus();
}

interface MapLegendProps {
  tokens: ThemeTokens;
}

export function MapLegend({ tokens }: MapLegendProps) {
  const messages = useMessages(legendMessages);
  const visibleLayers = useAtlas((state) => state.visibleLayers);
  const setLayerVisible = useAtlas((state) => state.setLayerVisible);
  const startsOpen = useMemo(
    () => typeof window === 'undefined' || window.matchMedia?.(ROOMY_SCREEN_QUERY).matches === true,
    [],
  );
  const troopPatterns = useMemo(
    () =>
      PATTERNED_TROOP_LEVELS.map((level) => ({
        level,
        pattern: drawTroopPattern(level, tokens.countryLabel),
      })),
    [tokens],
  );
  const candidateHatch = useMemo(() => drawCandidateHatch(tokens.germany), [tokens]);
  const halo = tokens.countryLabelHalo;
  // Area sites lie over Ukraine as a pale veil; speculative ones are fainter, and dashed like undisclosed.
  const siteArea = (fillOpacity: number, dashed: boolean) => (
    <AreaSwatch
      base={tokens.ukraine}
      fill={tokens.background}
      fillOpacity={fillOpacity}
      stroke={tokens.site}
      dashed={dashed}
    />
  );

  return (
    <details className="map-legend" open={startsOpen} onKeyDown={foldOnEscape}>
      <summary>{messages.legendTitle}</summary>
      <fieldset className="legend-toggles">
        <legend>{messages.layersHeading}</legend>
        {LAYER_IDS.map((layer) => (
          <label key={layer} className="legend-toggle">
            <input
              type="checkbox"
              name="layer"
              value={layer}
              checked={visibleLayers.includes(layer)}
              onChange={(event) => setLayerVisible(layer, event.currentTarget.checked)}
            />
            {messages[LAYER_LABEL[layer]]}
          </label>
        ))}
      </fieldset>

      <section className="legend-section" aria-label={messages.rolesHeading}>
        <h3>{messages.rolesHeading}</h3>
        <ul>
          <Entry swatch={<AreaSwatch fill={tokens.ukraine} />}>{messages.roleUkraine}</Entry>
          <Entry swatch={<AreaSwatch fill={tokens.member} />}>{messages.roleMember}</Entry>
          <Entry swatch={<AreaSwatch fill={tokens.participant} />}>{messages.roleParticipant}</Entry>
          <Entry swatch={<AreaSwatch fill={tokens.notMember} />}>{messages.roleNotMember}</Entry>
          <Entry swatch={<LineSwatch colour={tokens.highlight} background={tokens.member} />}>
            {messages.commitmentHighlight}
          </Entry>
        </ul>
      </section>

      <section className="legend-section" aria-label={messages.troopsHeading}>
        <h3>{messages.troopsHeading}</h3>
        <ul>
          {troopPatterns.map(({ level, pattern }) => (
            <Entry key={level} swatch={<PatternSwatch pattern={pattern} background={tokens.member} />}>
              {messages[TROOPS_MESSAGE[level]]}
            </Entry>
          ))}
          <Entry swatch={<AreaSwatch fill={tokens.member} />}>{messages.troopsUnclear}</Entry>
        </ul>
      </section>

      <section className="legend-section" aria-label={messages.sitesHeading}>
        <h3>{messages.sitesHeading}</h3>
        <ul>
          <Entry swatch={<PointSwatch colour={tokens.site} halo={halo} />}>
            {messages.sitePoint} · {messages.siteReported}
          </Entry>
          <Entry swatch={<PointSwatch colour={tokens.site} halo={halo} hollow />}>
            {messages.sitePoint} · {messages.siteSpeculative}
          </Entry>
          <Entry swatch={<PointSwatch colour={tokens.site} halo={halo} ring />}>{messages.siteCity}</Entry>
          <Entry swatch={siteArea(0.4, false)}>
            {messages.siteArea} · {messages.siteReported}
          </Entry>
          <Entry swatch={siteArea(0.25, true)}>
            {messages.siteArea} · {messages.siteSpeculative}
          </Entry>
          <Entry swatch={siteArea(0.4, true)}>{messages.siteUndisclosed}</Entry>
          <Entry swatch={<PointSwatch colour={tokens.germany} halo={halo} />}>{messages.siteGerman}</Entry>
          <Entry swatch={<PatternSwatch pattern={candidateHatch} background={tokens.land} />}>
            {messages.siteCandidate}
          </Entry>
          <Entry swatch={<MarkerSwatch ink={tokens.text} paper={tokens.background} />}>
            {messages.announcementPlace}
          </Entry>
        </ul>
      </section>
    </details>
  );
}
