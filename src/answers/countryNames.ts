import { escapeRegExp, normalizeText } from './vocabulary.js';

/** Country and region names in English, from the runtime's own ICU data: every two-letter region code it can name. */
function buildCountryNames(): string[] {
  const display = new Intl.DisplayNames(['en'], { type: 'region' });
  const names = new Set<string>();
  for (let first = 65; first <= 90; first += 1) {
    for (let second = 65; second <= 90; second += 1) {
      const code = String.fromCharCode(first, second);
      try {
        const name = display.of(code);
        if (name !== undefined && name !== code) names.add(normalizeText(name));
      } catch {
        // Not a region code the runtime knows.
      }
    }
  }
  return [...names];
}

const COUNTRY_NAMES = buildCountryNames();

/**
 * Whether a text names a country other than the ones given, by name ("Russia", "China") or by an adjective of
 * nationality ("Russian-led").
 */
export function namesOtherCountry(text: string, except: readonly string[], demonyms: Readonly<Record<string, string>>): boolean {
  const normalized = normalizeText(text);
  const mentions = (word: string): boolean => new RegExp(`\\b${escapeRegExp(word)}\\b`).test(normalized);
  return (
    COUNTRY_NAMES.some((name) => !except.includes(name) && mentions(name)) ||
    Object.entries(demonyms).some(([demonym, country]) => !except.includes(country) && mentions(demonym))
  );
}
