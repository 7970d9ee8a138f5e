import { createRequire } from 'node:module';
import { escapeRegExp, normalizeText } from './vocabulary.js';

const require = createRequire(import.meta.url);
/**
 * Countries and territories by their common English names ("Russia", "Ivory Coast"), from countries-list. The
 * runtime's ICU would name them too, but reading its region names maps several megabytes of ICU data into every
 * process for a check that runs only on "which countries" questions, and it also names "European Union" and "United
 * Nations".
 */
export const COUNTRY_NAMES: readonly string[] = Object.values(
  require('countries-list/minimal/countries.en.min.json') as Record<string, string>,
).map(normalizeText);

/** The pattern last built: every question checks its facts against the same exceptions and demonyms until a reload. */
let remembered: { except: readonly string[]; demonyms: Readonly<Record<string, string>>; pattern: RegExp } | undefined;

function otherNamesPattern(except: readonly string[], demonyms: Readonly<Record<string, string>>): RegExp {
  if (remembered?.except !== except || remembered.demonyms !== demonyms) {
    const names = [
      ...COUNTRY_NAMES.filter((name) => !except.includes(name)),
      ...Object.entries(demonyms)
        .filter(([, country]) => !except.includes(country))
        .map(([demonym]) => demonym),
    ];
    remembered = { except, demonyms, pattern: new RegExp(`\\b(?:${names.map(escapeRegExp).join('|')})\\b`, 'g') };
  }
  return remembered.pattern;
}

/**
 * How many countries other than the ones given a text names, by name ("Russia", "China") or by an adjective of
 * nationality ("Russian-led"); a country named both ways counts once.
 */
export function namesOtherCountries(text: string, except: readonly string[], demonyms: Readonly<Record<string, string>>): number {
  const found = normalizeText(text).match(otherNamesPattern(except, demonyms)) ?? [];
  return new Set(found.map((name) => demonyms[name] ?? name)).size;
}
