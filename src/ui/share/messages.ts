/** Text of the sharing tools and the embed bar (English; the other languages are in translations.ts). */
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
});
