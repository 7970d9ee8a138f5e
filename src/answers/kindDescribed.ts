import type { Fact } from '../facts/schema.js';
import { isStopword, stem, wordsOfNormalized } from './vocabulary.js';

const KIND_OF = /\b(?:what|which) (?:kinds?|types?|sorts?) of ([\p{L}-]+)/u;
/** Words before a noun that pick out some of it without saying which kind: "other countries", "more buildings". */
const NOT_A_KIND = new Set(['other', 'more', 'many', 'several', 'some', 'all', 'unspecified', 'such', 'same', 'own', 'these', 'those']);

/**
 * For "what kind of buildings were targeted?", whether a fact says the kind: the asked noun with a word before it that
 * the question does not use ("government buildings", "six former Soviet countries"), not a verb's object ("to storm
 * buildings") nor a possessive ("the mayor's building" says whose, not what kind).
 */
export function describesKind(question: string): ((fact: Fact) => boolean) | undefined {
  const noun = KIND_OF.exec(question)?.[1];
  if (noun === undefined) return undefined;
  const nounStem = stem(noun);
  const asked = new Set(wordsOfNormalized(question).map(stem));
  return (fact) => {
    const claimWords = fact.claim.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];
    return claimWords.some((word, index) => {
      const before = claimWords[index - 1];
      if (stem(word) !== nounStem || before === undefined) return false;
      if (/['’]s?$/.test(before) || isStopword(before) || NOT_A_KIND.has(before) || asked.has(stem(before))) return false;
      return claimWords[index - 2] !== 'to';
    });
  };
}
