import type { Fact } from '../facts/schema.js';
import type { AnalyzedQuestion, Intent } from './analyzeQuestion.js';
import type { CoveredTerm } from './coverage.js';
import type { FactIndex } from './factIndex.js';
import type { Subject } from './subject.js';

export interface RankedFact {
  fact: Fact;
  score: number;
  /** How many of the question's required terms this fact matches. */
  matchedTerms: number;
  /** Whether it matches every person, body, place or country the question names, which no leniency may leave out. */
  matchesNames: boolean;
}

const SYNONYM_WEIGHT = 0.5;
const SPEAKER_BOOST = 3;
const RERANK_LIMIT = 200;
/** On a large store, a token in more than this share of facts (and more than COMMON_FLOOR of them) ranks nothing. */
const COMMON_SHARE = 0.03;
const COMMON_FLOOR = 300;
const TOPIC_BOOST = 1.3;
const WIDEN_BELOW = 5;
const WIDEN_LIMIT = 50;

type TopicRoles = Subject['topicRoles'];

const inTopic = (fact: Fact, topic: string | undefined): boolean => topic !== undefined && fact.topics.includes(topic);

const INTENT_BOOSTS: Record<Intent, (fact: Fact, roles: TopicRoles) => number> = {
  quantity: (fact) => (fact.quantities.length > 0 ? 1.8 : 1),
  who: (fact) => (fact.attribution.kind === 'article' ? 1 : 1.4),
  why: (fact, roles) => (inTopic(fact, roles.why) ? 2 : 1),
  when: (fact) => (fact.time === undefined ? 1 : 1.5),
  where: (fact, roles) => (inTopic(fact, roles.where) ? 1.5 : 1),
  define: (fact, roles) => (inTopic(fact, roles.define) ? 1.6 : 1),
  duration: () => 1,
  countries: () => 1,
  age: () => 1,
  source: (fact) => (fact.attribution.kind === 'article' ? 1 : 1.3),
  value: (fact) => (fact.quantities.some((quantity) => quantity.value !== undefined) ? 1.5 : 1),
  name: (fact) => (fact.attribution.kind === 'article' ? 1 : 1.3),
};

/** One word or known phrase of the speaker a question names: its stems, and the synonym groups it is in. */
export interface SpeakerTerm {
  stems: readonly string[];
  groups: readonly string[];
}

/**
 * Whether a fact is attributed to the speaker a question names: every word of the speaker must fit the source, by
 * its stems or by a synonym group the source is in too ("the city official" → the deputy mayor).
 */
export function speaksFor(index: FactIndex, factId: string, speaker: readonly SpeakerTerm[]): boolean {
  const stems = index.speakerStems.get(factId);
  return (
    stems !== undefined &&
    speaker.length > 0 &&
    speaker.every(
      (term) =>
        term.groups.some((group) => stems.has(group)) || (term.stems.length > 0 && term.stems.every((stemmed) => stems.has(stemmed))),
    )
  );
}

/** Facts ranked by BM25 over the covered terms, weighted by what kind of answer the question wants. */
export function retrieve(
  index: FactIndex,
  question: AnalyzedQuestion,
  covered: CoveredTerm[],
  speakers: readonly (readonly SpeakerTerm[])[],
  roles: TopicRoles,
  nameTokens: ReadonlySet<string> = new Set(),
): RankedFact[] {
  const primary = new Set(covered.flatMap((term) => term.primaryStems));
  const required = requiredTerms(covered);
  const queryStems = [...new Set(covered.flatMap((term) => term.searchStems))];
  const queryTokens = [...new Set(covered.flatMap((term) => term.searchTokens))];
  if (queryTokens.length === 0) return [];
  const results = index.textScores(searchableTokens(index, queryTokens), (token) => (primary.has(token) ? 1 : SYNONYM_WEIGHT));
  const topics = topicMatches(index, queryStems);
  const candidates = withTopicFacts(results.slice(0, RERANK_LIMIT), topics);
  const intents = [...question.intents];
  const statedTerms = new Set(required.filter((term) => stated(index, term)));
  const named = required.filter((term) => term.searchTokens.some((token) => nameTokens.has(token)));
  const askedConcepts = Math.max(1, conceptCount(covered));
  // Intent, topic and speaker boosts re-rank the best text matches only: boosting inside the search would run for every
  // matching document and term, which dominates the cost on a large store.
  return candidates
    .flatMap(({ id, score }) => {
      const fact = index.facts.get(id);
      if (fact === undefined) return [];
      const tokens = index.factTokens.get(id) ?? new Set<string>();
      const sentence = index.siblingTokens.get(id) ?? new Set<string>();
      // A topic's label speaks for its facts ("Security response"); its aliases only widen the search.
      const labelled = new Set(topics.filter((topic) => fact.topics.includes(topic.id)).flatMap((topic) => topic.labelHits));
      // The label speaks only for a word no fact states: "tokayev" does not make every government fact about him.
      const places = index.placeTokens.get(id);
      // Unless the question asks who said what, the words only the fact's speaker gives are not what the fact says.
      const bySpeaker = question.asksAboutSources ? undefined : index.speakerOnlyTokens.get(id);
      const speaksOf = (term: CoveredTerm, ownWords = false): boolean =>
        term.searchTokens.some(
          (token) => (tokens.has(token) && (!ownWords || bySpeaker?.has(token) !== true)) || places?.has(token) === true,
        ) ||
        (!statedTerms.has(term) && term.searchStems.some((stemmed) => labelled.has(stemmed)));
      const own = aboutWhatWasSaid(
        required.filter((term) => speaksOf(term)),
        (term) => speaksOf(term, true),
      );
      // What the rest of its sentence says counts once the fact itself speaks to the question.
      const fromSentence = own.length === 0 ? [] : required.filter((term) => term.searchTokens.some((token) => sentence.has(token)));
      const matched = new Set([...own, ...fromSentence].map((term) => term.concept));
      let boost = intents.reduce((product, intent) => product * INTENT_BOOSTS[intent](fact, roles), 1);
      if (topics.some((topic) => fact.topics.includes(topic.id))) boost *= TOPIC_BOOST;
      if (speakers.some((speaker) => speaksFor(index, fact.id, speaker))) boost *= SPEAKER_BOOST;
      // Of two facts as good for the words, the one that speaks of more of what was asked comes first: "who did Tokayev
      // ask for help" is about asking as well as Tokayev and help.
      boost *= new Set(covered.filter((term) => speaksOf(term)).map((term) => term.concept)).size / askedConcepts;
      return [{ fact, score: score * boost, matchedTerms: matched.size, matchesNames: named.every((term) => matched.has(term.concept)) }];
    })
    .sort((a, b) => b.score - a.score);
}

/**
 * Of the terms a fact speaks of, those only its speaker gives count only when nothing else does: "is Armenia involved"
 * is answered by what the Armenian prime minister said, "is Armenia sending soldiers" not by his report of the
 * council's approval.
 */
function aboutWhatWasSaid(own: CoveredTerm[], saysItself: (term: CoveredTerm) => boolean): CoveredTerm[] {
  const said = own.filter(saysItself);
  return said.length === 0 ? own : said;
}

const stated = (index: FactIndex, term: CoveredTerm): boolean => term.searchTokens.some((token) => index.documentFrequency.has(token));

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
function withTopicFacts(found: { id: string; score: number }[], topics: TopicMatch[]): { id: string; score: number }[] {
  if (found.length >= WIDEN_BELOW || topics.length === 0) return found;
  const present = new Set(found.map((candidate) => candidate.id));
  const floor = (found.at(-1)?.score ?? 1) * 0.5;
  const added = topics
    .flatMap((topic) => topic.factIds)
    .filter((id) => !present.has(id) && present.add(id))
    .slice(0, WIDEN_LIMIT)
    .map((id) => ({ id, score: floor }));
  return [...found, ...added];
}

/** The terms a fact must match to answer the question; with only common words asked, those. */
export function requiredTerms(covered: CoveredTerm[]): CoveredTerm[] {
  // Two alternatives offered ("day or night") are one thing asked: a fact that speaks of either matches it.
  const required = covered
    .filter((term) => term.term.required || term.term.alternative?.required === true)
    .map((term) => (term.term.alternative === undefined ? term : { ...term, concept: ALTERNATIVES_CONCEPT }));
  return required.length > 0 ? required : covered;
}

const ALTERNATIVES_CONCEPT = '(either alternative)';

/** How many distinct things the question asks about. */
export const conceptCount = (terms: CoveredTerm[]): number => new Set(terms.map((term) => term.concept)).size;

/**
 * The tokens worth searching: on a large store, a token that occurs in a large share of all facts says little about
 * which fact answers (its BM25 weight is near zero) yet dominates the search's cost, so it is only checked per
 * candidate, never searched. When every token is that common, the rarest one is searched.
 */
function searchableTokens(index: FactIndex, tokens: readonly string[]): string[] {
  const limit = Math.max(COMMON_FLOOR, index.facts.size * COMMON_SHARE);
  const frequency = (token: string): number => index.documentFrequency.get(token) ?? 0;
  const searchable = tokens.filter((token) => frequency(token) <= limit);
  if (searchable.length > 0) return searchable;
  return [[...tokens].sort((a, b) => frequency(a) - frequency(b))[0] as string];
}
