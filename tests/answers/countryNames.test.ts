import { describe, expect, it } from 'vitest';
import { namesOtherCountries } from '../../src/answers/countryNames.js';

const DEMONYMS = { russian: 'russia', kazakh: 'kazakhstan' };
const count = (text: string) => namesOtherCountries(text, ['kazakhstan'], DEMONYMS);

describe('namesOtherCountries', () => {
  it('finds a country by its common English name, whatever the case', () => {
    expect(count('Troops arrived from Russia and Belarus.')).toBe(2);
    expect(count('the UNITED STATES called for restraint')).toBe(1);
    expect(count('Flights to Ivory Coast were cancelled')).toBe(1);
  });

  it('finds a country by an adjective of nationality, hyphenated or not, and counts it once when named both ways', () => {
    expect(count('a Russian-led alliance')).toBe(1);
    expect(count('a Russian-led alliance based in Russia')).toBe(1);
  });

  it('does not count the countries it is told to leave out, nor their adjectives', () => {
    expect(count('Protests spread across Kazakhstan')).toBe(0);
    expect(count('Kazakh security forces')).toBe(0);
  });

  it('matches whole words only', () => {
    expect(count('A woman was hurt in Almaty')).toBe(0); // "Oman"
    expect(count('Prices in the region have been chaotic')).toBe(0); // "Chad" is not in "chaotic"
  });

  it('gives the same count however often it is asked (the pattern keeps no position between texts)', () => {
    expect([count('Russia and China'), count('Russia and China')]).toEqual([2, 2]);
  });
});
