import { createRequire } from 'node:module';
import { stemmer } from 'stemmer';
import { eng as englishStopwords } from 'stopword';
import { baseForm } from './baseForms.js';
import { memoizeWord } from './memoizeWord.js';

const require = createRequire(import.meta.url);
const broadStopwords = require('stopwords-en') as string[];

/** Function words that never carry meaning ("the", "of", "did"): dropped everywhere. */
const STOPWORDS = new Set(englishStopwords);
/** A much broader list of common words ("among", "first", "made"): searched when the store has them, but never the reason to abstain. */
const COMMON_WORDS = new Set(broadStopwords);

/** The broad list of common words itself, for telling a misspelling from a word the engine knows. */
export const commonWords: readonly string[] = broadStopwords;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * Folds what people type into comparable words: compatibility forms (full-width letters), invisible and control
 * characters, lone surrogates, curly apostrophes, possessive "'s", and case.
 */
export function normalizeText(text: string): string {
  // Plain printable ASCII, the usual case, has no compatibility forms, invisible characters or curly apostrophes.
  const folded = PRINTABLE_ASCII.test(text)
    ? text
    : text
        .normalize('NFKC')
        .replace(/[\p{Cc}\p{Cf}\p{Cs}]/gu, ' ')
        .replace(/[\u2018\u2019\u02bc]/g, "'");
  return (
    folded
      // Discord's mention, channel, command, emoji and timestamp syntax names no subject of the article.
      .replace(/<(?:[@#][!&]?\d+|\/[\w -]+:\d+|t:\d+(?::\w)?|a?:\w+:\d+)>/g, ' ')
      // Upper-case "US" is the country, not the pronoun that folding to lower case would make it.
      .replace(/\bU\.?S\.?A?\b\.?/g, 'usa')
      // "A us-led alliance": before "-led" the pronoun reading is impossible, whatever the case.
      .replace(/\bu\.?s\.?a?-(led|backed|based)\b/gi, 'american-$1')
      .toLowerCase()
      .replace(/'s\b/g, '')
  );
}

/** The words of text already normalized (a question as read, a claim in lower case), without normalizing it again. */
export const wordsOfNormalized = (text: string): string[] => text.match(/[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu) ?? [];

/** Words, keeping hyphenated and apostrophe forms whole ("nur-sultan", "russian-led"). */
export function words(text: string): string[] {
  return wordsOfNormalized(normalizeText(text));
}

/** Words with the parts of each hyphenated one as well, so "Moscow-based" is found by "based". */
export function wordsWithParts(text: string): string[] {
  return words(text).flatMap((word) => (word.includes('-') ? [word, ...word.split('-')] : [word]));
}

export const stem: (word: string) => string = memoizeWord((word) => stemmer(baseForm(word.replaceAll("'", ''))));

export const isStopword = (word: string): boolean => STOPWORDS.has(word);

/** Common words and "-ly" adverbs: they may sharpen a search but do not decide what a question is about. */
export const isCommonWord = (word: string): boolean => COMMON_WORDS.has(word) || (word.length > 4 && word.endsWith('ly'));

/** Text made safe to embed in a regular expression. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
