import { isStopword, words } from '../answers/vocabulary.js';
import type { Store } from '../facts/schema.js';

/** Numbers and single letters name nothing WordNet can widen. */
export const isContentWord = (word: string): boolean => !isStopword(word) && word.length > 1 && !/^\d+(?:[.,]\d+)*$/.test(word);

/**
 * The words the store states, lower case and sorted: every fact's claim, quote and source, every topic's label and
 * aliases. A topic's multi-word alias ("tear gas") counts as one term too, since WordNet lists many such names.
 */
export function storeWords(store: Store): string[] {
  const terms = new Set<string>();
  const texts = [
    ...store.facts.flatMap(({ claim, quote, attribution }) => [
      claim,
      quote,
      attribution.name,
      attribution.role ?? '',
      attribution.asPrinted,
    ]),
    ...store.topics.flatMap(({ label, aliases }) => [label, ...aliases]),
  ];
  for (const text of texts) for (const word of words(text)) if (isContentWord(word)) terms.add(word);
  for (const { aliases } of store.topics) {
    for (const alias of aliases) {
      const aliasWords = words(alias);
      if (aliasWords.length > 1) terms.add(aliasWords.join(' '));
    }
  }
  return [...terms].sort();
}
