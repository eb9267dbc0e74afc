/**
 * Every catalog's Ukrainian, French and German text, as one chunk. Only `loadTranslations` imports this
 * module (dynamically): English viewers never download it.
 */
import { cardMessages } from '../ui/card/messages';
import { cardTranslations } from '../ui/card/translations';
import { errorMessages } from '../ui/errors/messages';
import { errorTranslations } from '../ui/errors/translations';
import { legendMessages } from '../ui/legend/messages';
import { legendTranslations } from '../ui/legend/translations';
import { describeMapMessages } from '../ui/map/describeMap';
import { describeMapTranslations } from '../ui/map/describeMapTranslations';
import { panelMessages } from '../ui/panel/messages';
import { panelTranslations } from '../ui/panel/translations';
import { settingsMessages } from '../ui/settings/messages';
import { settingsTranslations } from '../ui/settings/translations';
import { shareMessages } from '../ui/share/messages';
import { shareTranslations } from '../ui/share/translations';
import { timelineMessages } from '../ui/timeline/messages';
import { timelineTranslations } from '../ui/timeline/translations';
import { addTranslations } from './catalog';

/** Adds the translations to their catalogs. */
export function installTranslations(): void {
  addTranslations(cardMessages, cardTranslations);
  addTranslations(errorMessages, errorTranslations);
  addTranslations(legendMessages, legendTranslations);
  addTranslations(describeMapMessages, describeMapTranslations);
  addTranslations(panelMessages, panelTranslations);
  addTranslations(settingsMessages, settingsTranslations);
  addTranslations(shareMessages, shareTranslations);
  addTranslations(timelineMessages, timelineTranslations);
}
