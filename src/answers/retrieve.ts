import type { Fact } from '../facts/schema.js';
import type { AnalyzedQuestion, Intent } from './analyzeQuestion.js';
import type { CoveredTerm } from './coverage.js';
import type { FactIndex } from './factIndex.js';

export interface RankedFact {
  fact: Fact;
  score: number;
  /** How many of the question's required terms this fact matches. */
  matchedTerms: number;
}

const SYNONYM_WEIGHT = 0.5;
const SPEAKER_BOOST = 3;
const RERANK_LIMIT = 200;
const TOPIC_BOOST = 1.3;
const WIDEN_BELOW = 5;
const WIDEN_LIMIT = 50;

const INTENT_BOOSTS: Record<Intent, (fact: Fact) => number> = {
  quantity: (fact) => (fact.quantities.length > 0 ? 1.8 : 1),
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
  const topics = topicMatches(index, queryStems);
  const candidates = withTopicFacts(
    results.slice(0, RERANK_LIMIT).map((result) => ({ id: String(result.id), score: result.score, matched: new Set(Object.keys(result.match)) })),
    topics,
  );
  const intents = [...question.intents];
  // Intent, topic and speaker boosts re-rank the best text matches only: boosting inside the search would run for every
  // matching document and term, which dominates the cost on a large store.
  return candidates
    .flatMap(({ id, score, matched }) => {
      const fact = index.facts.get(id);
      if (fact === undefined) return [];
      // A topic's label speaks for its facts ("Security response"); its aliases only widen the search.
      for (const topic of topics) if (fact.topics.includes(topic.id)) topic.labelHits.forEach((stemmed) => matched.add(stemmed));
      const matchedTerms = new Set(
        required.filter((term) => term.searchStems.some((stemmed) => matched.has(stemmed))).map((term) => term.concept),
      ).size;
      let boost = intents.reduce((product, intent) => product * INTENT_BOOSTS[intent](fact), 1);
      if (topics.some((topic) => fact.topics.includes(topic.id))) boost *= TOPIC_BOOST;
      if (speaksFor(index, fact.id, speakerStems)) boost *= SPEAKER_BOOST;
      return [{ fact, score: score * boost, matchedTerms }];
    })
    .sort((a, b) => b.score - a.score);
}

interface TopicMatch {
  id: string;
  labelHits: string[];
  factIds: string[];
}

function topicMatches(index: FactIndex, queryStems: readonly string[]): TopicMatch[] {
  return index.topics.flatMap((topic) => {
    const labelHits = queryStems.filter((stemmed) => topic.labelStems.has(stemmed));
    const aliasHit = queryStems.some((stemmed) => topic.aliasStems.has(stemmed));
    return labelHits.length > 0 || aliasHit ? [{ id: topic.id, labelHits, factIds: topic.factIds }] : [];
  });
}

/**
 * When the words themselves find few facts, the facts of the topics they name join the candidates ("crackdown" names
 * the security response), below every text match.
 */
function withTopicFacts(
  found: { id: string; score: number; matched: Set<string> }[],
  topics: TopicMatch[],
): { id: string; score: number; matched: Set<string> }[] {
  if (found.length >= WIDEN_BELOW || topics.length === 0) return found;
  const present = new Set(found.map((candidate) => candidate.id));
  const floor = (found.at(-1)?.score ?? 1) * 0.5;
  const added = topics
    .flatMap((topic) => topic.factIds)
    .filter((id) => !present.has(id) && present.add(id))
    .slice(0, WIDEN_LIMIT)
    .map((id) => ({ id, score: floor, matched: new Set<string>() }));
  return [...found, ...added];
}

/** The terms a fact must match to answer the question; with only common words asked, those. */
export function requiredTerms(covered: CoveredTerm[]): CoveredTerm[] {
  const required = covered.filter((term) => term.term.required);
  return required.length > 0 ? required : covered;
}

/** How many distinct things the question asks about. */
export const conceptCount = (terms: CoveredTerm[]): number => new Set(terms.map((term) => term.concept)).size;
