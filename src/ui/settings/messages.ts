/** Text of the header's settings (view, language, theme), the skip links and the map's text alternative. */
import { defineCatalog } from '../../i18n/catalog';

export const settingsMessages = defineCatalog({
  en: {
    mapRegionLabel: 'Map of the coalition',
    appTitle: 'Security guarantees for Ukraine',
    appDek: 'Who joined the Coalition of the Willing, and what was promised in Paris on 6 January 2026',
    detailsLabel: 'Announcement and country details',
    timelineLabel: 'Timeline',
    settingsLabel: 'Display settings',
    viewLabel: 'View',
    viewMap: 'Map',
    viewTable: 'Table',
    languageLabel: 'Language',
    themeLabel: 'Colours',
    themeSystem: 'System',
    themeLight: 'Light',
    themeDark: 'Dark',
    skipToTimeline: 'Skip to timeline',
    skipToDetails: 'Skip to details',
    mapLabel: 'Map of the coalition. Arrow keys pan, plus and minus zoom.',
  },
});

export type SettingsMessages = (typeof settingsMessages)['en'];

/** Each language's name in itself, so a reader finds their language whatever the page's language is. */
export const LANGUAGE_NAMES = {
  en: 'English',
  uk: 'Українська',
  fr: 'Français',
  de: 'Deutsch',
} as const;
