import { words } from '../answers/vocabulary.js';
import { analyze } from '../facts/extract/tokens.js';
import type { PartOfSpeech } from './partOfSpeech.js';

/** wink-nlp's universal tags that WordNet has senses for; a name is a noun to WordNet ("Almaty"). */
const WORDNET_PARTS: Readonly<Record<string, PartOfSpeech>> = { NOUN: 'n', PROPN: 'n', VERB: 'v', ADJ: 'a', ADV: 'r' };

/**
 * A participle is a verb doing an adjective's work, and taggers split on it ("rising fuel prices" is VERB to wink-nlp
 * and an adjective to a grammar book), so it keeps both; what it never becomes is a noun ("rising" the uprising).
 */
const isParticiple = (word: string): boolean => /(?:ed|ing)$/.test(word);

/** A word as the text writes it, hyphens and apostrophes included ("Russian-led", "Kazakhstan’s"). */
const WRITTEN_WORD = /[\p{L}\p{N}]+(?:[-'\u2018\u2019\u02bc][\p{L}\p{N}]+)*/gu;

function partsOfSpeech(word: string, tags: readonly string[]): PartOfSpeech[] {
  const parts = tags.flatMap((tag) => WORDNET_PARTS[tag] ?? []);
  if (isParticiple(word) && parts.some((part) => part === 'v' || part === 'a')) parts.push('v', 'a');
  return parts;
}

/**
 * Each word of a text (as `words` writes it) with the WordNet parts of speech it has there, by wink-nlp's tagger: a
 * word takes the tags of the tokens it spans, so a hyphenated word the tagger splits has its parts' tags.
 */
export function partsOfSpeechInText(text: string): Map<string, Set<PartOfSpeech>> {
  const { tokens } = analyze(text);
  const found = new Map<string, Set<PartOfSpeech>>();
  for (const match of text.matchAll(WRITTEN_WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    const tags = tokens.filter((token) => token.start < end && token.end > start).map((token) => token.pos);
    for (const word of words(match[0])) {
      const parts = found.get(word) ?? new Set();
      for (const part of partsOfSpeech(word, tags)) parts.add(part);
      found.set(word, parts);
    }
  }
  return found;
}
