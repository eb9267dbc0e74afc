import { type KeyboardEvent, useId, useMemo, useState } from 'react';
import { fillTemplate, useMessages } from '../../i18n/catalog';
import { useAtlas } from '../../state/store';
import { countryOptionsOf, filterCountryOptions } from './countryOptions';
import { panelMessages } from './messages';
import { COUNTRY_PICKER_INPUT_ID } from './pickerIds';
import './picker.css';

/**
 * A searchable list of every country and institution in the record (the ARIA 1.2 combobox pattern):
 * type to filter, ArrowUp/ArrowDown to move, Enter to open the panel, Escape to close the list.
 */
export function CountryPicker() {
  const messages = useMessages(panelMessages);
  const dataset = useAtlas((state) => state.dataset);
  const language = useAtlas((state) => state.language);
  const selectCountry = useAtlas((state) => state.selectCountry);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);
  const listId = useId();

  const options = useMemo(
    () => (dataset ? countryOptionsOf(dataset, language, messages) : []),
    [dataset, language, messages],
  );
  const matches = useMemo(() => filterCountryOptions(options, query), [options, query]);
  const active = open ? matches[activeIndex] : undefined;
  const optionId = (id: string) => `${listId}-option-${id}`;

  const choose = (id: string) => {
    selectCountry(id);
    setQuery('');
    setOpen(false);
    setActiveIndex(-1);
  };
  const move = (delta: number) => {
    if (matches.length === 0) return;
    setOpen(true);
    setActiveIndex((index) =>
      index < 0 && delta < 0 ? matches.length - 1 : (index + delta + matches.length) % matches.length,
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      const chosen = active ?? (open && query.trim() ? matches[0] : undefined);
      if (chosen) {
        event.preventDefault();
        choose(chosen.id);
      }
    } else if (event.key === 'Escape') {
      // Claim Escape only when there is something to close or clear; otherwise the panel may close.
      if (open || query) {
        event.preventDefault();
        if (open) setOpen(false);
        else setQuery('');
        setActiveIndex(-1);
      }
    }
  };

  if (!dataset) return null;
  return (
    <div className="country-picker">
      <label htmlFor={COUNTRY_PICKER_INPUT_ID}>{messages.pickerLabel}</label>
      <input
        id={COUNTRY_PICKER_INPUT_ID}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={messages.pickerPlaceholder}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={active ? optionId(active.id) : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActiveIndex(-1);
        }}
        onKeyDown={onKeyDown}
        onClick={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      <div
        id={listId}
        role="listbox"
        aria-label={messages.pickerLabel}
        className="country-picker-list"
        hidden={!open}
      >
        {matches.map((option, index) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard drives the list from the combobox input (aria-activedescendant)
          <div
            key={option.id}
            id={optionId(option.id)}
            role="option"
            tabIndex={-1}
            aria-selected={index === activeIndex}
            // Keep focus in the input so the list does not close before the click lands.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(option.id)}
          >
            {option.name} <span className="country-picker-id">{option.id}</span>
          </div>
        ))}
        {matches.length === 0 && <p className="country-picker-empty">{messages.pickerNoMatch}</p>}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {open && query ? fillTemplate(messages.pickerCount, { count: matches.length }) : ''}
      </p>
    </div>
  );
}
