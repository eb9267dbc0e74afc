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
  uk: {
    asOf: 'Станом на {date}: членів коаліції — {members}, інших учасників — {participants}.',
    troops:
      'Із них {count} зобов’язалися надати війська (розгорнуті, схвалені, заявлені або за умов): {names}.',
    noTroops: 'Ніхто з них ще не зобов’язався надати війська.',
    places: 'Місця на мапі: {places}.',
    undisclosed: '{label}: місце не розголошується',
    announcement: 'Показане оголошення: {title} ({place}).',
  },
  fr: {
    asOf: 'Au {date} : {members} membres de la coalition et {participants} autres participants.',
    troops:
      '{count} d’entre eux ont engagé des troupes (déployées, approuvées, annoncées ou sous conditions) : {names}.',
    noTroops: 'Aucun n’a encore engagé de troupes.',
    places: 'Lieux sur la carte : {places}.',
    undisclosed: '{label} : emplacement non divulgué',
    announcement: 'Annonce affichée : {title} ({place}).',
  },
  de: {
    asOf: 'Stand {date}: {members} Mitglieder der Koalition und {participants} weitere Teilnehmer.',
    troops:
      '{count} davon haben Truppen zugesagt (stationiert, genehmigt, erklärt oder unter Bedingungen): {names}.',
    noTroops: 'Noch keiner davon hat Truppen zugesagt.',
    places: 'Orte auf der Karte: {places}.',
    undisclosed: '{label}: Standort nicht bekannt gegeben',
    announcement: 'Gezeigte Ankündigung: {title} ({place}).',
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
