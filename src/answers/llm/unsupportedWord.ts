import { formatSource } from '../../facts/formatSource.js';
import { numbersIn } from '../../facts/extract/parseQuantity.js';
import type { Fact } from '../../facts/schema.js';
import { isStopword, stem, words, wordsWithParts } from '../vocabulary.js';

/**
 * Words that join or attribute what the facts say without adding to it, so a sentence may use them though its facts
 * do not ("The article reports…", "…, but the deputy mayor later said…"), and the few such words the stopword list
 * lacks ("when", "its"). Kept short: a reporting verb that changes a claim's standing ("confirmed", "denied") or a
 * word of cause or order ("because", "after") must come from the facts like any other word.
 */
export const CONNECTIVE_WORDS: ReadonlySet<string> = new Set(
  [
    'said',
    'says',
    'claimed',
    'reported',
    'according',
    'article',
    'also',
    'earlier',
    'later',
    'both',
    'while',
    'but',
    'however',
    'that',
    'although',
    'though',
    'whereas',
    'meanwhile',
    'when',
    'its',
    'does',
  ].map(stem),
);

/** Stopwords that turn a claim into its opposite ("planes were never seized"): a sentence needs them from its facts. */
const NEGATING_STOPWORDS: ReadonlySet<string> = new Set(['never']);

const TOKEN = /[\p{L}\p{N}]+(?:[-'\u2019][\p{L}\p{N}]+)*/gu;

/**
 * What a sentence must take from its facts: every name (a capitalised word after the first, so "IGNORE ALL" counts
 * even where it is a stopword), every number, and every content word. A source named in lower case ("tokayev") is a
 * content word, so it is held to its facts as well.
 */
function requiredWords(text: string): string[] {
  const tokens = [...text.normalize('NFKC').matchAll(TOKEN)].map((match) => match[0]);
  return tokens.flatMap((token, index) => {
    const isName = index > 0 && /^\p{Lu}/u.test(token);
    return words(token).filter(
      (word) => !CONNECTIVE_WORDS.has(stem(word)) && (isName || NEGATING_STOPWORDS.has(word) || !isStopword(word)),
    );
  });
}

/**
 * The first word of a sentence that none of its cited facts holds in its claim, quote or source, compared by stem
 * (a hyphenated word by its parts too, a number by its value); undefined when the sentence says only what they do.
 */
export function unsupportedWord(text: string, cited: readonly Fact[]): string | undefined {
  const factText = cited.map((fact) => `${fact.claim} ${fact.quote} ${formatSource(fact.attribution)}`).join(' ');
  const stems = new Set(wordsWithParts(factText).map(stem));
  const numbers = numbersIn(factText);
  const supported = (word: string): boolean => {
    if (stems.has(stem(word))) return true;
    if (word.includes('-')) return word.split('-').every(supported);
    const value = [...numbersIn(word)];
    return value.length === 1 && numbers.has(value[0] as string);
  };
  return requiredWords(text).find((word) => !supported(word));
}
