import { describe, expect, it } from 'vitest';
import { namesOtherCountry } from '../../src/answers/countryNames.js';

const DEMONYMS = { russian: 'russia', kazakh: 'kazakhstan' };
const names = (text: string) => namesOtherCountry(text, ['kazakhstan'], DEMONYMS);

describe('namesOtherCountry', () => {
  it('finds a country by its common English name, whatever the case', () => {
    expect(names('Troops arrived from Russia and Belarus.')).toBe(true);
    expect(names('the UNITED STATES called for restraint')).toBe(true);
    expect(names('Flights to Ivory Coast were cancelled')).toBe(true);
  });

  it('finds a country by an adjective of nationality, hyphenated or not', () => {
    expect(names('a Russian-led alliance')).toBe(true);
  });

  it('does not count the countries it is told to leave out, nor their adjectives', () => {
    expect(names('Protests spread across Kazakhstan')).toBe(false);
    expect(names('Kazakh security forces')).toBe(false);
  });

  it('matches whole words only', () => {
    expect(names('A woman was hurt in Almaty')).toBe(false); // "Oman"
    expect(names('Prices in the region have been chaotic')).toBe(false); // "Chad" is not in "chaotic"
  });
});
