/**
 * The settings, skip links and map labels in Ukrainian, French and German. Not part of the first load:
 * the chunk of translations (src/i18n/translations.ts) adds them to the catalog when a viewer picks
 * one of these languages.
 */
import type { Translations } from '../../i18n/catalog';
import type { settingsMessages } from './messages';

export const settingsTranslations: Translations<(typeof settingsMessages)['en']> = {
  uk: {
    mapRegionLabel: 'Мапа коаліції',
    appTitle: 'Гарантії безпеки для України',
    appDek: 'Хто приєднався до Коаліції охочих і що пообіцяли в Парижі 6 січня 2026 року',
    detailsLabel: 'Подробиці оголошення та країни',
    timelineLabel: 'Шкала часу',
    settingsLabel: 'Налаштування показу',
    viewLabel: 'Вигляд',
    viewMap: 'Мапа',
    viewTable: 'Таблиця',
    languageLabel: 'Мова',
    themeLabel: 'Кольори',
    themeSystem: 'Системні',
    themeLight: 'Світлі',
    themeDark: 'Темні',
    skipToTimeline: 'Перейти до шкали часу',
    skipToDetails: 'Перейти до подробиць',
    mapLabel: 'Мапа коаліції. Стрілки зсувають мапу, плюс і мінус змінюють масштаб.',
  },
  fr: {
    mapRegionLabel: 'Carte de la coalition',
    appTitle: 'Garanties de sécurité pour l’Ukraine',
    appDek: 'Qui a rejoint la Coalition des volontaires, et ce qui a été promis à Paris le 6 janvier 2026',
    detailsLabel: 'Détails de l’annonce et du pays',
    timelineLabel: 'Frise chronologique',
    settingsLabel: 'Réglages d’affichage',
    viewLabel: 'Vue',
    viewMap: 'Carte',
    viewTable: 'Tableau',
    languageLabel: 'Langue',
    themeLabel: 'Couleurs',
    themeSystem: 'Système',
    themeLight: 'Clair',
    themeDark: 'Sombre',
    skipToTimeline: 'Aller à la frise chronologique',
    skipToDetails: 'Aller aux détails',
    mapLabel: 'Carte de la coalition. Les flèches déplacent la carte, plus et moins zooment.',
  },
  de: {
    mapRegionLabel: 'Karte der Koalition',
    appTitle: 'Sicherheitsgarantien für die Ukraine',
    appDek:
      'Wer der Koalition der Willigen beigetreten ist und was am 6. Januar 2026 in Paris zugesagt wurde',
    detailsLabel: 'Details zu Ankündigung und Land',
    timelineLabel: 'Zeitleiste',
    settingsLabel: 'Anzeigeeinstellungen',
    viewLabel: 'Ansicht',
    viewMap: 'Karte',
    viewTable: 'Tabelle',
    languageLabel: 'Sprache',
    themeLabel: 'Farben',
    themeSystem: 'System',
    themeLight: 'Hell',
    themeDark: 'Dunkel',
    skipToTimeline: 'Zur Zeitleiste springen',
    skipToDetails: 'Zu den Details springen',
    mapLabel: 'Karte der Koalition. Pfeiltasten verschieben, Plus und Minus zoomen.',
  },
};
