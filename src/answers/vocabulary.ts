import { baseForm } from './baseForms.js';
import { stemmer } from 'stemmer';
import { eng as englishStopwords } from 'stopword';

const STOPWORDS = new Set(englishStopwords);

/**
 * Folds what people type into comparable words: compatibility forms (full-width letters), zero-width and control
 * characters, curly apostrophes, possessive "'s", and case.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .toLowerCase()
    .replace(/'s\b/g, '')
    .replace(/[\ud800-\udfff]/g, ' ');
}

/** Words, keeping hyphenated and apostrophe forms whole ("nur-sultan", "russian-led"). */
export function words(text: string): string[] {
  return normalizeText(text).match(/[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu) ?? [];
}

export const stem = (word: string): string => stemmer(baseForm(word.replaceAll("'", '')));

export const isStopword = (word: string): boolean => STOPWORDS.has(word);

/** Stems of a text's words, stopwords left out: what the search index stores. */
export function indexTerms(text: string): string[] {
  return words(text)
    .filter((word) => !isStopword(word))
    .map(stem);
}
