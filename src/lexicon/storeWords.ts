import { isStopword, words } from '../answers/vocabulary.js';
import type { Store } from '../facts/schema.js';
import type { PartOfSpeech } from './partOfSpeech.js';
import { partsOfSpeechInText } from './partsOfSpeechInText.js';

/** Numbers and single letters name nothing WordNet can widen. */
export const isContentWord = (word: string): boolean => !isStopword(word) && word.length > 1 && !/^\d+(?:[.,]\d+)*$/.test(word);

export interface StoreWord {
  /** Lower case, as `words` writes it; a topic's multi-word alias ("tear gas") keeps its spaces. */
  term: string;
  /** The parts of speech the store uses it in: "rising" in "rising fuel prices" is a verb or adjective, never a noun. */
  partsOfSpeech: ReadonlySet<PartOfSpeech>;
}

function storeTexts(store: Store): string[] {
  return [
    ...store.facts.flatMap(({ claim, quote, attribution }) => [
      claim,
      quote,
      attribution.name,
      attribution.role ?? '',
      attribution.asPrinted,
    ]),
    ...store.topics.flatMap(({ label, aliases }) => [label, ...aliases]),
  ];
}

/**
 * The words the store states, sorted: every fact's claim, quote and source, every topic's label and aliases, each
 * with the parts of speech it has where it stands. A topic's multi-word alias counts as one term too, since WordNet
 * lists many such names, with the part of speech of its last word, the head of an English compound.
 */
export function storeWords(store: Store): StoreWord[] {
  const found = new Map<string, Set<PartOfSpeech>>();
  const add = (term: string, parts: Iterable<PartOfSpeech>): void => {
    const known = found.get(term) ?? new Set();
    for (const part of parts) known.add(part);
    found.set(term, known);
  };
  for (const text of storeTexts(store)) {
    const inText = partsOfSpeechInText(text);
    for (const word of words(text)) if (isContentWord(word)) add(word, inText.get(word) ?? []);
  }
  for (const { aliases } of store.topics) {
    for (const alias of aliases) {
      const aliasWords = words(alias);
      if (aliasWords.length > 1) add(aliasWords.join(' '), partsOfSpeechInText(alias).get(aliasWords.at(-1) as string) ?? []);
    }
  }
  return [...found.keys()].sort().map((term) => ({ term, partsOfSpeech: found.get(term) as Set<PartOfSpeech> }));
}
