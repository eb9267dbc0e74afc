import { useMessages } from '../../i18n/catalog';
import { LanguagePicker } from './LanguagePicker';
import { settingsMessages } from './messages';
import { ThemeToggle } from './ThemeToggle';
import { ViewSwitch } from './ViewSwitch';
import '../layout/headerControl.css';
import './settings.css';

/** The header's display settings: map or table, language, colours. */
export function SettingsBar() {
  const messages = useMessages(settingsMessages);
  return (
    <nav className="settings-bar" aria-label={messages.settingsLabel}>
      <ViewSwitch />
      <LanguagePicker />
      <ThemeToggle />
    </nav>
  );
}
