/** Text of the sharing tools and the embed bar, in every UI language. */
import { defineCatalog } from '../../i18n/catalog';

export const shareMessages = defineCatalog({
  en: {
    toolsLabel: 'Share and download',
    copyLink: 'Copy link',
    linkCopied: 'Link copied',
    copyFallbackLabel: 'Copy this link',
    copyFallbackHint:
      'Copying is not available here; the link is selected, copy it with your keyboard or menu.',
    downloadCsv: 'Download CSV',
    downloadGeoJson: 'Download GeoJSON',
    downloadCsvDescription: 'Every country and institution with its role and troops as of {date}',
    downloadGeoJsonDescription: 'The sites active on {date}, and the countries’ roles',
    downloaded: 'Downloaded {file}',
    openFullAtlas: 'Open the full atlas',
    embedTitle: 'Security guarantees for Ukraine',
  },
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
});
