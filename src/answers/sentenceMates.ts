import type { Fact } from '../facts/schema.js';
import { countsNothingItself } from './countsNothingItself.js';
import { isGroupToken } from './synonyms.js';

/** Facts cut from one sentence: same article and paragraph, the quotes a few characters apart. */
const SAME_SENTENCE_GAP = 8;
const MAX_FACTS_PER_SENTENCE = 4;

const inOneSentence = (fact: Fact, other: Fact): boolean =>
  other !== fact &&
  (Math.abs(other.span.start - fact.span.end) <= SAME_SENTENCE_GAP || Math.abs(fact.span.start - other.span.end) <= SAME_SENTENCE_GAP);

function groupedBy(facts: readonly Fact[], keyOf: (fact: Fact) => string): Fact[][] {
  const groups = new Map<string, Fact[]>();
  for (const fact of facts) {
    const key = keyOf(fact);
    groups.set(key, [...(groups.get(key) ?? []), fact]);
  }
  return [...groups.values()];
}

/**
 * Per fact whose count names nothing, what the facts cut from its sentence by the same source say: "eight police
 * officers … were killed and more than 300 were injured" makes two facts, and the injured are the police of the first.
 */
export function siblingsOf(facts: readonly Fact[], tokensByFact: ReadonlyMap<string, Set<string>>): Map<string, Set<string>> {
  const siblings = new Map<string, Set<string>>();
  for (const together of groupedBy(facts, (fact) => `${fact.articleId}|${fact.paragraph}|${fact.attribution.name}`)) {
    // Only a fact whose count names nothing draws on its sentence: the rest of the sentence says what it counts.
    for (const fact of together.filter(countsNothingItself)) {
      const adjacent = together.filter((other) => inOneSentence(fact, other));
      // A sentence holds a few facts; more that share a place and a source are copies of one phrasing, not a sentence.
      if (adjacent.length > MAX_FACTS_PER_SENTENCE) continue;
      siblings.set(fact.id, new Set(adjacent.flatMap((other) => [...(tokensByFact.get(other.id) ?? [])])));
    }
  }
  return siblings;
}

/** The places a fact's sentence names beside it, where the two facts share a word the place may qualify. */
export function placesBeside(
  facts: readonly Fact[],
  tokensByFact: ReadonlyMap<string, Set<string>>,
  places: ReadonlySet<string>,
): Map<string, Set<string>> {
  const beside = new Map<string, Set<string>>();
  if (places.size === 0) return beside;
  const sharesWord = (own: ReadonlySet<string>, theirs: ReadonlySet<string>): boolean => {
    for (const token of theirs) if (own.has(token) && !isGroupToken(token) && !places.has(token)) return true;
    return false;
  };
  for (const paragraph of groupedBy(facts, (fact) => `${fact.articleId}|${fact.paragraph}`)) {
    // In text order a fact's sentence-mates are its near neighbours: only those are compared, not the whole paragraph.
    const ordered = [...paragraph].sort((a, b) => a.span.start - b.span.start);
    ordered.forEach((fact, position) => {
      const own = tokensByFact.get(fact.id) ?? new Set<string>();
      const found = new Set<string>();
      const near = ordered.slice(Math.max(0, position - MAX_FACTS_PER_SENTENCE), position + MAX_FACTS_PER_SENTENCE + 1);
      for (const other of near) {
        const theirs = tokensByFact.get(other.id);
        if (!inOneSentence(fact, other) || theirs === undefined || !sharesWord(own, theirs)) continue;
        for (const token of theirs) if (places.has(token) && !own.has(token)) found.add(token);
      }
      if (found.size > 0) beside.set(fact.id, found);
    });
  }
  return beside;
}
