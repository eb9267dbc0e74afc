import { useId } from 'react';
import { useMessages } from '../../i18n/catalog';
import { LANGUAGES, type Language } from '../../state/slices/viewSlice';
import { useAtlas } from '../../state/store';
import { LANGUAGE_NAMES, settingsMessages } from './messages';

function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** A native select: keyboard, screen readers and phones all know how to use it. */
export function LanguagePicker() {
  const messages = useMessages(settingsMessages);
  const language = useAtlas((state) => state.language);
  const setLanguage = useAtlas((state) => state.setLanguage);
  const id = useId();
  return (
    <div className="settings-group">
      <label className="settings-legend" htmlFor={id}>
        {messages.languageLabel}
      </label>
      <select
        id={id}
        className="header-control settings-select"
        value={language}
        onChange={(event) => {
          if (isLanguage(event.target.value)) setLanguage(event.target.value);
        }}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
