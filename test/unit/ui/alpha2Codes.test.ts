import isoCountries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import { alpha2Of } from '../../../src/ui/panel/alpha2Codes';

describe('alpha-3 → alpha-2 table', () => {
  it('is i18n-iso-countries’ table, code for code', () => {
    const alpha2ByAlpha3 = isoCountries.getAlpha3Codes();
    expect(Object.keys(alpha2ByAlpha3).length).toBeGreaterThan(240);
    for (const [alpha3, alpha2] of Object.entries(alpha2ByAlpha3)) {
      expect(alpha2Of(alpha3), alpha3).toBe(alpha2);
    }
  });

  it('knows no made-up or lower-case code', () => {
    expect(alpha2Of('XSO')).toBeUndefined();
    expect(alpha2Of('deu')).toBeUndefined();
    expect(alpha2Of('')).toBeUndefined();
  });
});
