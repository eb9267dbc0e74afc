import { useMessages } from '../../i18n/catalog';
import type { ThemePreference } from '../../state/slices/viewSlice';
import { useAtlas } from '../../state/store';
import { type SettingsMessages, settingsMessages } from './messages';

const CHOICES: ReadonlyArray<[ThemePreference, keyof SettingsMessages]> = [
  ['system', 'themeSystem'],
  ['light', 'themeLight'],
  ['dark', 'themeDark'],
];

/** System / light / dark as three toggle buttons; exactly one is pressed. */
export function ThemeToggle() {
  const messages = useMessages(settingsMessages);
  const theme = useAtlas((state) => state.theme);
  const setTheme = useAtlas((state) => state.setTheme);
  return (
    <fieldset className="settings-group">
      <legend className="settings-legend">{messages.themeLabel}</legend>
      {CHOICES.map(([choice, label]) => (
        <button
          key={choice}
          type="button"
          className="header-control settings-toggle"
          aria-pressed={theme === choice}
          onClick={() => setTheme(choice)}
        >
          {messages[label]}
        </button>
      ))}
    </fieldset>
  );
}
