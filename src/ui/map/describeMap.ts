/**
 * The map's text alternative: what it shows as of the chosen moment, in a few sentences a screen
 * reader can read in one go. Computed from the same selectors as the map, so both always agree.
 * Pure: the dataset, the moment and the wording go in, a string comes out.
 */
import type { IndexedDataset } from '../../data/derive';
import type { TroopCommitment } from '../../data/schema';
import { defineCatalog, fillTemplate } from '../../i18n/catalog';
import { formatMoment, localeOf } from '../../i18n/formatDate';
import { currentEvent, isSiteActiveAt, standingAsOf } from '../../state/selectors';
import type { Language } from '../../state/slices/viewSlice';

export const describeMapMessages = defineCatalog({
  en: {
    asOf: 'As of {date}: {members} coalition members and {participants} other participants.',
    troops: '{count} of them have committed troops (deployed, approved, declared or conditional): {names}.',
    noTroops: 'None of them has committed troops yet.',
    places: 'Places on the map: {places}.',
    undisclosed: '{label}: location undisclosed',
    announcement: 'Announcement shown: {title} ({place}).',
  },
});

/** Troop levels that count as a commitment: anything short of "ruled out" or "unclear". */
export const COMMITTED_TROOP_LEVELS: ReadonlySet<TroopCommitment> = new Set([
  'deployed',
  'approved',
  'declared',
  'conditional',
]);

export interface MapDescriptionInput {
  dataset: IndexedDataset;
  time: number;
  eventId: string | null;
  language: Language;
  /** An actor's name in the UI language. */
  nameOf: (id: string) => string;
}

/** Describes the map as of `time`: counts by role, who committed troops, the places drawn, the announcement. */
export function describeMap({ dataset, time, eventId, language, nameOf }: MapDescriptionInput): string {
  const messages = { ...describeMapMessages.en, ...describeMapMessages[language] };
  const list = new Intl.ListFormat(localeOf(language), { type: 'conjunction' });
  const collator = new Intl.Collator(localeOf(language));
  const event = currentEvent(dataset, time, eventId);
  // The moment reads at the announcement's own precision when the map sits exactly on it.
  const precision = event && event.startTime === time ? event.precision : 'day';

  let members = 0;
  let participants = 0;
  const withTroops: string[] = [];
  for (const actor of dataset.actors) {
    const standing = standingAsOf(actor, time);
    if (standing.role === 'member') members += 1;
    else if (standing.role === 'participant') participants += 1;
    else continue;
    if (COMMITTED_TROOP_LEVELS.has(standing.troops)) withTroops.push(nameOf(actor.id));
  }
  withTroops.sort(collator.compare);

  const sentences = [
    fillTemplate(messages.asOf, { date: formatMoment(time, precision, language), members, participants }),
    withTroops.length > 0
      ? fillTemplate(messages.troops, { count: withTroops.length, names: list.format(withTroops) })
      : messages.noTroops,
  ];
  const places = dataset.sites
    .filter((site) => isSiteActiveAt(site, time))
    .map((site) =>
      site.properties.precision === 'undisclosed'
        ? fillTemplate(messages.undisclosed, { label: site.properties.label })
        : site.properties.label,
    );
  if (places.length > 0) sentences.push(fillTemplate(messages.places, { places: places.join('; ') }));
  if (event) {
    sentences.push(fillTemplate(messages.announcement, { title: event.title, place: event.place.name }));
  }
  return sentences.join(' ');
}
