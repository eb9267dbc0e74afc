/**
 * Unit and component tests run as a page that has loaded the translations: in the app they arrive as
 * their own chunk before any non-English text is shown (src/i18n/loadTranslations.ts), which
 * test/unit/i18n/loadTranslations.test.ts checks on fresh modules.
 */
import { loadTranslations } from '../../src/i18n/loadTranslations';

await loadTranslations();
