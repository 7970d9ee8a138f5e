import type { WordNet } from './openWordNet.js';
import type { PartOfSpeech } from './partOfSpeech.js';
import type { Pointer } from './parseSynsetLine.js';

/**
 * Senses past the third are mostly noise for a question about the news: WordNet lists senses by how often they were
 * tagged, and "fire" only means "dismiss" at its fourth verb sense.
 */
export const SENSES_PER_PART_OF_SPEECH = 3;

/** Pointers that lead from a sense to words a question might use for it, whole synset to whole synset. */
const SEMANTIC: Record<PartOfSpeech, readonly string[]> = {
  // Direct hyponyms only: "~i" (instances) would list every country for "country" and every city for "city".
  n: ['~'],
  // Hyponyms ("murder" for kill), causes ("kill" causes "die") and entailments ("snore" entails "sleep").
  v: ['~', '>', '*'],
  // Similar adjectives: a head and its satellites ("dead" and "deceased").
  a: ['&'],
  r: [],
};

export interface WordRelations {
  /** Synonyms, derived forms, hyponyms, causes and entailments, similar adjectives: WordNet lemmas as printed. */
  related: Set<string>;
  antonyms: Set<string>;
}

/**
 * A hyponym WordNet prints with a capital is a name (Scotland Yard under police, the FDA under agency, Downing Street
 * under government): an instance in all but its pointer, and no paraphrase of the store's word.
 */
const isCommonNoun = (lemma: string): boolean => lemma === lemma.toLowerCase();

const sameLemma = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** The related words of one lemma in one part of speech, from its first senses. */
export function wordRelations(wordnet: WordNet, lemma: string, pos: PartOfSpeech): WordRelations {
  const related = new Set<string>();
  const antonyms = new Set<string>();
  const lemmasAt = (pointer: Pointer): string[] => wordnet.synset(pointer.pos, pointer.offset).lemmas;
  const add = (set: Set<string>, words: readonly (string | undefined)[]): void => {
    for (const word of words) if (word !== undefined && !sameLemma(word, lemma)) set.add(word);
  };
  for (const offset of wordnet.senses(lemma, pos).slice(0, SENSES_PER_PART_OF_SPEECH)) {
    const sense = wordnet.synset(pos, offset);
    const wordNumber = sense.lemmas.findIndex((word) => sameLemma(word, lemma)) + 1;
    add(related, sense.lemmas);
    for (const pointer of sense.pointers) {
      // "+" and "!" join single words: "resign" → "resignation" holds for "resign", not for its synonym "give up".
      const fromThisWord = pointer.sourceWord === wordNumber;
      if (pointer.symbol === '+' && fromThisWord) add(related, [lemmasAt(pointer)[pointer.targetWord - 1]]);
      else if (pointer.symbol === '!' && pos === 'a' && fromThisWord) add(antonyms, [lemmasAt(pointer)[pointer.targetWord - 1]]);
      else if (pointer.symbol === '~') add(related, lemmasAt(pointer).filter(isCommonNoun));
      else if (SEMANTIC[pos].includes(pointer.symbol)) add(related, lemmasAt(pointer));
    }
  }
  return { related, antonyms };
}
