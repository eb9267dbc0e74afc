/** The country list's input, where focus returns when the panel closes and nothing else can take it. */
export const COUNTRY_PICKER_INPUT_ID = 'country-picker-input';
