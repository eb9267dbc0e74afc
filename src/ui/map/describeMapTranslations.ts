/**
 * The map’s text alternative in Ukrainian, French and German. Not part of the first load: the chunk of
 * translations (src/i18n/translations.ts) adds them to the catalog when a viewer picks one of these
 * languages.
 */
import type { Translations } from '../../i18n/catalog';
import type { describeMapMessages } from './describeMap';

export const describeMapTranslations: Translations<(typeof describeMapMessages)['en']> = {
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
};
