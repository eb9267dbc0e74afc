/**
 * What a map tooltip says, as plain strings: pure, so it is unit-tested and rendered as text only.
 * Everything is "as of" the chosen moment, like the rest of the map.
 */
import type { IndexedDataset, IndexedSite } from '../data/derive';
import type { Role, SiteKind, SitePrecision, SiteStatus, TroopCommitment } from '../data/schema';
import { fillTemplate } from '../i18n/catalog';
import { formatShortDate } from '../i18n/formatDate';
import { standingAsOf } from '../state/selectors';
import type { Language } from '../state/slices/viewSlice';
import type { LegendMessages } from '../ui/legend/messages';

export interface TooltipContent {
  title: string;
  lines: string[];
  /** Further things at the same spot (an area site over a country), shown below the first. */
  extra?: TooltipContent[];
}

/** Longest quote a tooltip shows before cutting at a word; the panel has the full text. */
const QUOTE_LIMIT = 180;

export const ROLE_MESSAGE: Record<Role, keyof LegendMessages> = {
  member: 'roleMember',
  participant: 'roleParticipant',
  not_member: 'roleNotMember',
};
export const TROOPS_MESSAGE: Record<TroopCommitment, keyof LegendMessages> = {
  deployed: 'troopsDeployed',
  approved: 'troopsApproved',
  conditional: 'troopsConditional',
  declared: 'troopsDeclared',
  ruled_out: 'troopsRuledOut',
  unclear: 'troopsUnclear',
};
const KIND_MESSAGE: Record<SiteKind, keyof LegendMessages> = {
  hub: 'kindHub',
  headquarters: 'kindHeadquarters',
  coordination: 'kindCoordination',
  deployment_candidate: 'kindDeploymentCandidate',
  existing_deployment: 'kindExistingDeployment',
  monitoring: 'kindMonitoring',
};
const STATUS_MESSAGE: Record<SiteStatus, keyof LegendMessages> = {
  announced: 'statusAnnounced',
  reported: 'statusReported',
  speculative: 'statusSpeculative',
};
const PRECISION_MESSAGE: Record<SitePrecision, keyof LegendMessages> = {
  site: 'precisionSite',
  city: 'precisionCity',
  region: 'precisionRegion',
  country: 'precisionCountry',
  undisclosed: 'precisionUndisclosed',
};

/** Cuts long text at a word boundary with an ellipsis. */
export function shorten(text: string, limit = QUOTE_LIMIT): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  const lastSpace = cut.lastIndexOf(' ');
  return `${cut.slice(0, lastSpace > limit / 2 ? lastSpace : limit).trimEnd()}…`;
}

/** Country name, then its role and troop commitment as of `time` (and since when). */
export function countryTooltip(
  dataset: IndexedDataset,
  iso3: string,
  /** The country's name in the viewer's language (the basemap's English name for English). */
  displayName: string,
  time: number,
  messages: LegendMessages,
  language: Language,
): TooltipContent {
  const actor = dataset.actorsById.get(iso3);
  if (!actor) return { title: displayName, lines: [] };
  const standing = standingAsOf(actor, time);
  const lines = [
    fillTemplate(messages.tooltipRoleTroops, {
      role: messages[ROLE_MESSAGE[standing.role]],
      troops: messages[TROOPS_MESSAGE[standing.troops]],
    }),
  ];
  if (standing.entry)
    lines.push(
      fillTemplate(messages.tooltipSince, { from: formatShortDate(standing.entry.fromTime, language) }),
    );
  // In English the record's own name wins (it follows current usage, e.g. Türkiye); other languages
  // take the localised name the caller gives, as the labels and the panel do.
  return { title: language === 'en' ? actor.name : displayName, lines };
}

/** The statement of the announcing event by the site's first nation, else the event's first statement. */
function candidacyStatement(dataset: IndexedDataset, site: IndexedSite): string | undefined {
  const event = dataset.eventsById.get(site.properties.announcedIn);
  if (!event) return undefined;
  const [sender] = site.properties.nations;
  const statement = event.statements.find((candidate) => candidate.actor === sender) ?? event.statements[0];
  if (!statement) return undefined;
  const words = statement.translation ?? statement.text;
  return `${statement.speaker}: “${shorten(words)}”`;
}

/** Site label, what it is (kind · status · precision), its dates, and for candidates why. */
export function siteTooltip(
  dataset: IndexedDataset,
  site: IndexedSite,
  messages: LegendMessages,
  language: Language,
): TooltipContent {
  const { properties } = site;
  const lines = [
    [
      messages[KIND_MESSAGE[properties.kind]],
      messages[STATUS_MESSAGE[properties.status]],
      messages[PRECISION_MESSAGE[properties.precision]],
    ].join(' · '),
  ];
  const from = formatShortDate(site.fromTime, language);
  lines.push(
    Number.isFinite(site.toTime)
      ? fillTemplate(messages.tooltipBetween, { from, to: formatShortDate(site.toTime, language) })
      : fillTemplate(messages.tooltipSince, { from }),
  );
  if (properties.kind === 'deployment_candidate') {
    const statement = candidacyStatement(dataset, site);
    if (statement) lines.push(fillTemplate(messages.tooltipCandidateBecause, { statement }));
  }
  return { title: properties.label, lines };
}

/** The place of an announcement and its title. */
export function announcementTooltip(
  dataset: IndexedDataset,
  eventId: string,
  messages: LegendMessages,
): TooltipContent | undefined {
  const event = dataset.eventsById.get(eventId);
  if (!event) return undefined;
  return {
    title: event.place.name,
    lines: [fillTemplate(messages.tooltipAnnouncement, { title: event.title })],
  };
}
