import type { WordNet } from './openWordNet.js';
import type { PartOfSpeech } from './partOfSpeech.js';
import type { Pointer, Synset } from './parseSynsetLine.js';

/**
 * Senses past the third are mostly noise for a question about the news: WordNet lists senses by how often they were
 * tagged, and "fire" only means "dismiss" at its fourth verb sense.
 */
export const SENSES_PER_PART_OF_SPEECH = 3;

/** A word with more senses than this (go, pass, run, take, make) means too many things to stand for one of them. */
export const MAX_SENSES_OF_A_RELATED_WORD = 12;

/** A sense with more direct hyponyms than this names a category (building, mineral), not something to paraphrase. */
export const MAX_HYPONYMS_PER_SENSE = 15;

export interface WordRelations {
  /** Words that may stand for the lemma: synonyms, derived forms, similar adjectives, a verb's causes and entailments. */
  related: Set<string>;
  /** Direct hyponyms, kinds of the lemma ("hijack" for seize): a question that uses one asks about something narrower. */
  narrower: Set<string>;
  antonyms: Set<string>;
}

/**
 * A hyponym WordNet prints with a capital is a name (Scotland Yard under police, the FDA under agency, Downing Street
 * under government): an instance in all but its pointer, and no paraphrase of the store's word.
 */
const isCommonNoun = (lemma: string): boolean => lemma === lemma.toLowerCase();

const sameLemma = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

const lemmasAt = (wordnet: WordNet, pointer: Pointer): string[] => wordnet.synset(pointer.pos, pointer.offset).lemmas;

/** Where a synset comes among its lemma's senses: 0 for what the word means when nothing says otherwise. */
const senseRank = (wordnet: WordNet, lemma: string, synset: Synset): number =>
  wordnet.senses(lemma.toLowerCase(), synset.pos).indexOf(synset.offset);

/**
 * The related, narrower and opposite words of one lemma in one part of speech, from its first senses. `isMeant` says
 * whether a sense past the first is one the store means; only those give related words, while every first sense
 * gives narrower ones, which only rank.
 */
export function wordRelations(
  wordnet: WordNet,
  lemma: string,
  pos: PartOfSpeech,
  isMeant: (sense: Synset) => boolean = () => true,
): WordRelations {
  // Each related word, and whether it plainly names the lemma's first sense, which keeps it however vague it is.
  const related = new Map<string, boolean>();
  const narrower = new Set<string>();
  const antonyms = new Set<string>();
  /**
   * A word stands for the lemma only in one of its own first senses too: a question that says "uprising" means a
   * revolt, not the sixth sense of "uprise", which is rise's first. It names the lemma plainly when the sense is the
   * first of both.
   */
  const relate = (word: string | undefined, synset: Synset, first: boolean): void => {
    if (word === undefined || sameLemma(word, lemma)) return;
    const rank = senseRank(wordnet, word, synset);
    if (rank < 0 || rank >= SENSES_PER_PART_OF_SPEECH) return;
    related.set(word, (first && rank === 0) || related.get(word) === true);
  };
  const senses = wordnet
    .senses(lemma, pos)
    .slice(0, SENSES_PER_PART_OF_SPEECH)
    .map((offset) => wordnet.synset(pos, offset));
  senses.forEach((sense, index) => {
    // "~" only: "~i" (instances) would list every country for "country" and every city for "city".
    const hyponyms = sense.pointers.filter(({ symbol }) => symbol === '~').flatMap((pointer) => lemmasAt(wordnet, pointer));
    const kinds = hyponyms.filter((word) => isCommonNoun(word) && !sameLemma(word, lemma));
    if (kinds.length <= MAX_HYPONYMS_PER_SENSE) for (const word of kinds) narrower.add(word);

    const first = index === 0;
    if (!first && !isMeant(sense)) return;
    for (const word of sense.lemmas) relate(word, sense, first);
    const wordNumber = sense.lemmas.findIndex((word) => sameLemma(word, lemma)) + 1;
    for (const pointer of sense.pointers) {
      const target = wordnet.synset(pointer.pos, pointer.offset);
      // "+" and "!" join single words: "resign" → "resignation" holds for "resign", not for its synonym "give up".
      const word = pointer.sourceWord === wordNumber ? target.lemmas[pointer.targetWord - 1] : undefined;
      if (pointer.symbol === '+') relate(word, target, first);
      else if (pointer.symbol === '!' && pos === 'a' && word !== undefined) antonyms.add(word);
      else if (pointer.symbol === '&' && pos === 'a') for (const similar of target.lemmas) relate(similar, target, first);
      else if ((pointer.symbol === '>' || pointer.symbol === '*') && pos === 'v') {
        // Only for the words it is the first sense of: kill causes die, whose synset holds "perish" and "pass away"
        // but also "go", "pass" and "exit", which mean dying only now and then.
        for (const effect of target.lemmas) if (senseRank(wordnet, effect, target) === 0) relate(effect, target, first);
      }
    }
  });
  const specific = (word: string): boolean => wordnet.senseCount(word) <= MAX_SENSES_OF_A_RELATED_WORD;
  return {
    related: new Set([...related].filter(([word, plain]) => plain || specific(word)).map(([word]) => word)),
    narrower: new Set([...narrower].filter(specific)),
    antonyms,
  };
}
