/** Text of the announcement card. Counts use Intl plural categories (Ukrainian has four). */
import { defineCatalog } from '../../i18n/catalog';

export const cardMessages = defineCatalog({
  en: {
    cardLabel: 'Announcement',
    nothingYet: 'Pick a moment on the timeline to see what was announced.',
    live: 'Now showing: {title}',
    where: 'Where',
    who: 'Who',
    sources: 'Sources',
    opensInNewTab: '(opens in a new tab)',
    statementCountOne: '{count} statement quoted',
    statementCountFew: '{count} statements quoted',
    statementCountMany: '{count} statements quoted',
    statementCountOther: '{count} statements quoted',
    noStatements: 'No statements quoted',
    sourcesDisagree: 'Sources disagree: {topic}',
    note: 'Note',
    commitmentsHeading: 'What the declaration commits to',
    commitmentsHint: 'Choose a commitment to highlight on the map the countries that signed up to it.',
    commitmentButtonHint: 'Show on map',
    commitmentSignatories: 'Signatories: {count}',
    officialWording: 'Official wording',
    reportedWording: 'As reported',
    originalLanguage: 'Original in {language}',
    translation: 'Translation',
    source: 'Source',
  },
});
