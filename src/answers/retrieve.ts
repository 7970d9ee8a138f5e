import type { Fact } from '../facts/schema.js';
import type { AnalyzedQuestion, Intent } from './analyzeQuestion.js';
import type { CoveredTerm } from './coverage.js';
import type { FactIndex } from './factIndex.js';
import { WIDENING_FIELDS } from './factIndex.js';

export interface RankedFact {
  fact: Fact;
  score: number;
  /** How many of the question's required terms this fact matches. */
  matchedTerms: number;
}

const SYNONYM_WEIGHT = 0.5;
const SPEAKER_BOOST = 3;
const RERANK_LIMIT = 200;

const INTENT_BOOSTS: Record<Intent, (fact: Fact) => number> = {
  quantity: (fact) => (fact.quantities.some((quantity) => quantity.value !== undefined || quantity.qualifier !== 'unspecified') ? 1.8 : 1),
  who: (fact) => (fact.attribution.kind === 'article' ? 1 : 1.4),
  why: (fact) => (fact.topics.includes('causes') ? 2 : 1),
  when: (fact) => (fact.time === undefined ? 1 : 1.5),
  where: (fact) => (fact.topics.includes('background') ? 1.5 : 1),
  define: (fact) => (fact.topics.includes('background') ? 1.6 : 1),
  duration: () => 1,
  countries: () => 1,
  value: (fact) => (fact.quantities.some((quantity) => quantity.value !== undefined) ? 1.5 : 1),
  name: (fact) => (fact.attribution.kind === 'article' ? 1 : 1.3),
};

/** Whether a fact is attributed to the speaker a question names: every word of the speaker must fit the source. */
export function speaksFor(index: FactIndex, factId: string, speaker: readonly string[]): boolean {
  const stems = index.speakerStems.get(factId);
  return stems !== undefined && speaker.length > 0 && speaker.every((word) => stems.has(word));
}

/** Facts ranked by MiniSearch over the covered terms, weighted by what kind of answer the question wants. */
export function retrieve(index: FactIndex, question: AnalyzedQuestion, covered: CoveredTerm[], speakerStems: string[]): RankedFact[] {
  const primary = new Set(covered.flatMap((term) => term.primaryStems));
  const required = requiredTerms(covered);
  const queryStems = [...new Set(covered.flatMap((term) => term.searchStems))];
  if (queryStems.length === 0) return [];
  const results = index.search.search(queryStems.join(' '), {
    tokenize: (query) => query.split(' '),
    processTerm: (term) => term,
    boostTerm: (term) => (primary.has(term) ? 1 : SYNONYM_WEIGHT),
  });
  const intents = [...question.intents];
  // Intent and speaker boosts re-rank the best text matches only: boosting inside the search would run for every
  // matching document and term, which dominates the cost on a large store.
  return results
    .slice(0, RERANK_LIMIT)
    .flatMap((result) => {
      const fact = index.facts.get(result.id as string);
      if (fact === undefined) return [];
      const matched = new Set(
        Object.entries(result.match).flatMap(([term, fields]) => (fields.some((field) => !WIDENING_FIELDS.has(field)) ? [term] : [])),
      );
      const matchedTerms = new Set(
        required.filter((term) => term.searchStems.some((stemmed) => matched.has(stemmed))).map((term) => term.concept),
      ).size;
      let boost = intents.reduce((product, intent) => product * INTENT_BOOSTS[intent](fact), 1);
      if (speaksFor(index, fact.id, speakerStems)) boost *= SPEAKER_BOOST;
      return [{ fact, score: result.score * boost, matchedTerms }];
    })
    .sort((a, b) => b.score - a.score);
}

/** The terms a fact must match to answer the question; with only common words asked, those. */
export function requiredTerms(covered: CoveredTerm[]): CoveredTerm[] {
  const required = covered.filter((term) => term.term.required);
  return required.length > 0 ? required : covered;
}

/** How many distinct things the question asks about. */
export const conceptCount = (terms: CoveredTerm[]): number => new Set(terms.map((term) => term.concept)).size;
