/**
 * The sharing tools and embed bar in Ukrainian, French and German. Not part of the first load: the
 * chunk of translations (src/i18n/translations.ts) adds them to the catalog when a viewer picks one of
 * these languages.
 */
import type { Translations } from '../../i18n/catalog';
import type { shareMessages } from './messages';

export const shareTranslations: Translations<(typeof shareMessages)['en']> = {
  uk: {
    toolsLabel: 'Поширити й завантажити',
    copyLink: 'Копіювати посилання',
    linkCopied: 'Посилання скопійовано',
    copyFallbackLabel: 'Скопіюйте це посилання',
    copyFallbackHint:
      'Копіювання тут недоступне; посилання виділено, скопіюйте його клавіатурою або через меню.',
    downloadCsv: 'Завантажити CSV',
    downloadGeoJson: 'Завантажити GeoJSON',
    downloadCsvDescription: 'Усі країни та інституції з їхньою роллю і військами станом на {date}',
    downloadGeoJsonDescription: 'Об’єкти, активні на {date}, і ролі країн',
    downloaded: 'Завантажено {file}',
    openFullAtlas: 'Відкрити повний атлас',
    embedTitle: 'Гарантії безпеки для України',
  },
  fr: {
    toolsLabel: 'Partager et télécharger',
    copyLink: 'Copier le lien',
    linkCopied: 'Lien copié',
    copyFallbackLabel: 'Copiez ce lien',
    copyFallbackHint:
      'La copie n’est pas disponible ici ; le lien est sélectionné, copiez-le au clavier ou par le menu.',
    downloadCsv: 'Télécharger le CSV',
    downloadGeoJson: 'Télécharger le GeoJSON',
    downloadCsvDescription: 'Chaque pays et institution avec son rôle et ses troupes au {date}',
    downloadGeoJsonDescription: 'Les sites actifs au {date}, et le rôle des pays',
    downloaded: '{file} téléchargé',
    openFullAtlas: 'Ouvrir l’atlas complet',
    embedTitle: 'Garanties de sécurité pour l’Ukraine',
  },
  de: {
    toolsLabel: 'Teilen und herunterladen',
    copyLink: 'Link kopieren',
    linkCopied: 'Link kopiert',
    copyFallbackLabel: 'Diesen Link kopieren',
    copyFallbackHint:
      'Kopieren ist hier nicht möglich; der Link ist markiert, kopieren Sie ihn per Tastatur oder Menü.',
    downloadCsv: 'CSV herunterladen',
    downloadGeoJson: 'GeoJSON herunterladen',
    downloadCsvDescription: 'Alle Länder und Institutionen mit Rolle und Truppen, Stand {date}',
    downloadGeoJsonDescription: 'Die am {date} aktiven Standorte und die Rollen der Länder',
    downloaded: '{file} heruntergeladen',
    openFullAtlas: 'Den vollständigen Atlas öffnen',
    embedTitle: 'Sicherheitsgarantien für die Ukraine',
  },
};
