import type { QuantityQualifier } from '../schema.js';

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  thousand: 1000,
  million: 1_000_000,
  billion: 1_000_000_000,
};

const QUALIFIERS: [RegExp, QuantityQualifier][] = [
  [/\bat least\b/i, 'at least'],
  [/\b(?:more than|over)\b/i, 'more than'],
  [/\b(?:nearly|almost)\b/i, 'nearly'],
  [/\b(?:about|around|some|roughly)\b/i, 'about'],
  [/\bdozens\b/i, 'dozens'],
  [/\bhundreds\b/i, 'hundreds'],
  [/\bunspecified\b/i, 'unspecified'],
];

/** Reads "at least eight", "more than 300", "dozens", "two-week" into a value and the qualifier printed with it. */
export function parseQuantity(text: string): { value?: number; qualifier: QuantityQualifier } {
  const qualifier = QUALIFIERS.find(([pattern]) => pattern.test(text))?.[1] ?? 'exact';
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(text);
  if (digits !== null) return { value: Number(digits[0].replaceAll(',', '')), qualifier };
  const word = text
    .toLowerCase()
    .split(/[^a-z]+/)
    .find((part) => part in NUMBER_WORDS);
  return word === undefined ? { qualifier } : { value: NUMBER_WORDS[word] as number, qualifier };
}

/**
 * Every number a text states, as comparable keys: "8" and "eight" are both "8"; "dozens" is "dozens".
 * Years and other digits count too, so nothing numeric slips past a comparison.
 */
export function numbersIn(rawText: string): Set<string> {
  // Full-width and other compatibility digits ("５００") count as the digits they stand for.
  const text = rawText.normalize('NFKC');
  const found = new Set<string>();
  for (const match of text.matchAll(/\p{Nd}[\p{Nd},]*(?:\.\p{Nd}+)?/gu)) found.add(String(Number(match[0].replaceAll(',', ''))));
  for (const word of text.toLowerCase().split(/[^a-z]+/)) {
    if (word in NUMBER_WORDS) found.add(String(NUMBER_WORDS[word]));
    else if (/^(?:dozens?|hundreds|thousands)$/.test(word)) found.add(word.replace(/s$/, '') + 's');
  }
  return found;
}
