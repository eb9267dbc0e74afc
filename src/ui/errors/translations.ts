/**
 * The error messages in Ukrainian, French and German. Not part of the first load: the chunk of
 * translations (src/i18n/translations.ts) adds them to the catalog when a viewer picks one of these
 * languages.
 */
import type { Translations } from '../../i18n/catalog';
import type { errorMessages } from './messages';

export const errorTranslations: Translations<(typeof errorMessages)['en']> = {
  uk: {
    failedMap: 'Карта перестала працювати через помилку.',
    failedCard: 'Картка події перестала працювати через помилку.',
    failedPanel: 'Панель країни перестала працювати через помилку.',
    failedTimeline: 'Хронологія перестала працювати через помилку.',
    failedLegend: 'Легенда перестала працювати через помилку.',
    failedTable: 'Таблиця перестала працювати через помилку.',
    failedHint: 'Решта сторінки працює. Спробуйте ще раз або перезавантажте сторінку.',
    errorDetail: 'Помилка: {message}',
    tryAgain: 'Спробувати ще раз',
    reload: 'Перезавантажити',
    mapNeedsWebgl:
      'Для карти потрібен WebGL 2, якого цей браузер або пристрій не підтримує, тому дані показано в таблицях. Хронологія та події працюють.',
    mapUnavailableDetail: 'Причина: {reason}',
    reasonWebglMissing: 'WebGL вимкнено або він тут не підтримується.',
    reasonWebgl1Only: 'Цей браузер підтримує лише старішу версію WebGL 1.',
  },
  fr: {
    failedMap: 'La carte a cessé de fonctionner à cause d’une erreur.',
    failedCard: 'La fiche de l’annonce a cessé de fonctionner à cause d’une erreur.',
    failedPanel: 'Le panneau du pays a cessé de fonctionner à cause d’une erreur.',
    failedTimeline: 'La frise chronologique a cessé de fonctionner à cause d’une erreur.',
    failedLegend: 'La légende a cessé de fonctionner à cause d’une erreur.',
    failedTable: 'Le tableau a cessé de fonctionner à cause d’une erreur.',
    failedHint: 'Le reste de la page fonctionne toujours. Réessayez ou rechargez la page.',
    errorDetail: 'Erreur : {message}',
    tryAgain: 'Réessayer',
    reload: 'Recharger',
    mapNeedsWebgl:
      'La carte nécessite WebGL 2, que ce navigateur ou cet appareil ne fournit pas ; les données sont donc présentées sous forme de tableaux. La frise chronologique et les annonces fonctionnent toujours.',
    mapUnavailableDetail: 'Raison : {reason}',
    reasonWebglMissing: 'WebGL est désactivé ou n’est pas pris en charge ici.',
    reasonWebgl1Only: 'Ce navigateur ne propose que l’ancien WebGL 1.',
  },
  de: {
    failedMap: 'Die Karte funktioniert wegen eines Fehlers nicht mehr.',
    failedCard: 'Die Ankündigungskarte funktioniert wegen eines Fehlers nicht mehr.',
    failedPanel: 'Das Länderfeld funktioniert wegen eines Fehlers nicht mehr.',
    failedTimeline: 'Die Zeitleiste funktioniert wegen eines Fehlers nicht mehr.',
    failedLegend: 'Die Legende funktioniert wegen eines Fehlers nicht mehr.',
    failedTable: 'Die Tabelle funktioniert wegen eines Fehlers nicht mehr.',
    failedHint:
      'Der Rest der Seite funktioniert weiterhin. Versuchen Sie es erneut oder laden Sie die Seite neu.',
    errorDetail: 'Fehler: {message}',
    tryAgain: 'Erneut versuchen',
    reload: 'Neu laden',
    mapNeedsWebgl:
      'Die Karte benötigt WebGL 2, das dieser Browser oder dieses Gerät nicht bietet; die Angaben werden deshalb als Tabellen gezeigt. Die Zeitleiste und die Ankündigungen funktionieren weiterhin.',
    mapUnavailableDetail: 'Grund: {reason}',
    reasonWebglMissing: 'WebGL ist hier ausgeschaltet oder wird nicht unterstützt.',
    reasonWebgl1Only: 'Dieser Browser bietet nur das ältere WebGL 1.',
  },
};
