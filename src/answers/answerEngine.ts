import { formatSource } from '../facts/formatSource.js';
import type { Fact, Store } from '../facts/schema.js';
import { abstentions } from './abstention.js';
import type { AnalyzedQuestion, Intent, QueryWords } from './analyzeQuestion.js';
import { analyzeQuestion, genericPhrasePattern } from './analyzeQuestion.js';
import type { Answer } from './answer.js';
import { citationOf, composeExtractive } from './composeExtractive.js';
import { checkCoverage } from './coverage.js';
import type { FactIndex } from './factIndex.js';
import { buildFactIndex } from './factIndex.js';
import { conceptCount, requiredTerms, retrieve, speaksFor } from './retrieve.js';
import { factsForIntent } from './answersIntent.js';
import { selectFacts } from './selectFacts.js';
import type { QueryWordsFile, SynonymsFile, Thesaurus } from './synonyms.js';
import { buildThesaurus } from './synonyms.js';
import { validateQuestion } from './validateQuestion.js';

/** What the extractive pass decided: the answer, and the facts a model may phrase a better one from. */
export interface Retrieval {
  answer: Answer;
  /** The answer's facts first, then the next best matches. */
  candidates: Fact[];
}

const MAX_CANDIDATES = 6;

/**
 * Whether the store covers the question. Every word it asks about must be covered, except that one stray word
 * ("is that true", "the riot police pic") is let through when a single fact matches three or more of the others: a
 * question about arrests in Almaty is not covered by facts that each mention only protesters, police or Almaty.
 */
const STRONG_MATCH = 3;
const coveredEnough = (uncovered: number, bestMatch: number): boolean => uncovered === 0 || (uncovered === 1 && bestMatch >= STRONG_MATCH);

/**
 * The best fact must speak to what was asked: every required term of a short question, all but one of a longer one.
 * A count must fit the whole question: eight officers killed do not answer how many were captured.
 */
const minimumMatches = (required: number, intents: ReadonlySet<Intent>): number =>
  required <= 2 || intents.has('quantity') || intents.has('value') ? required : required - 1;

export interface AnswerOptions {
  /**
   * Looking up what a message relates to, rather than answering a question: words the store does not cover are
   * passed over, and facts matching any of the rest are given.
   */
  related?: boolean;
}

export interface AnswerEngine {
  store: Store;
  /** Always local and synchronous: the answer straight from the store. */
  answerExtractive(question: string, options?: AnswerOptions): Retrieval;
}

/** Words a question uses for the whole subject; with nothing else asked, they ask for an overview. */
const OVERVIEW_QUESTION = 'killed unrest protests';
const WHERE_QUESTION = 'borders north east';

function withFallbackTerms(analyzed: AnalyzedQuestion, thesaurus: Thesaurus, queryWords: QueryWords, question: string): AnalyzedQuestion {
  if (analyzed.terms.length > 0) return analyzed;
  const fallback = analyzed.intents.has('where')
    ? WHERE_QUESTION
    : /\b(?:kazakh|kazakhstan|almaty)\b/i.test(question)
      ? OVERVIEW_QUESTION
      : undefined;
  return fallback === undefined ? analyzed : { ...analyzed, terms: analyzeQuestion(fallback, thesaurus, queryWords).terms };
}

function quotedSources(index: FactIndex): string[] {
  return [
    ...new Set(
      [...index.facts.values()].filter((fact) => fact.attribution.kind !== 'article').map((fact) => formatSource(fact.attribution)),
    ),
  ];
}

export function createAnswerEngine(store: Store, synonyms: SynonymsFile, queryWords: QueryWordsFile): AnswerEngine {
  const thesaurus = buildThesaurus(synonyms);
  const index = buildFactIndex(store, thesaurus);
  const words: QueryWords = {
    generic: new Set(queryWords.generic),
    genericPhrases: genericPhrasePattern(queryWords.genericPhrases),
    subject: new Set(queryWords.subject),
    restrictive: new Set(queryWords.restrictive),
    demonyms: queryWords.demonyms,
  };

  function answerExtractive(rawQuestion: string, { related = false }: AnswerOptions = {}): Retrieval {
    const question = validateQuestion(rawQuestion);
    const abstain = (answer: string): Retrieval => ({
      answer: { question, answered: false, answer, citations: [], mode: 'extractive' },
      candidates: [],
    });
    const analyzed = withFallbackTerms(analyzeQuestion(question, thesaurus, words), thesaurus, words, question);
    if (analyzed.terms.length === 0) return abstain(abstentions.nothingAsked(store.topics));
    const speakerStems = analyzeQuestion(analyzed.speaker.join(' '), thesaurus, words).terms.flatMap((term) => term.stems);
    if (analyzed.speaker.length > 0 && !store.facts.some((fact) => speaksFor(index, fact.id, speakerStems))) {
      return abstain(abstentions.unknownSpeaker(analyzed.speaker, quotedSources(index)));
    }
    const { covered, uncovered } = checkCoverage(analyzed.terms, index.vocabulary, index.spellings, thesaurus);
    if (covered.length === 0 && uncovered.length === 0) return abstain(abstentions.nothingAsked(store.topics));
    const ranked = retrieve(index, analyzed, covered, speakerStems);
    if (!(related ? covered.length > 0 : coveredEnough(uncovered.length, ranked[0]?.matchedTerms ?? 0))) {
      return abstain(
        abstentions.uncovered(
          uncovered.map((term) => term.text),
          store.topics,
        ),
      );
    }
    const selected = selectFacts(ranked, index.facts, related ? 1 : minimumMatches(conceptCount(requiredTerms(covered)), analyzed.intents));
    if (selected.length === 0) return abstain(abstentions.noDirectAnswer(store.topics));
    const facts = factsForIntent(selected, analyzed, covered, words.demonyms);
    if (facts.length === 0) return abstain(abstentions.unfitting(analyzed.intents, store.topics));
    return {
      answer: { question, answered: true, answer: composeExtractive(facts), citations: facts.map(citationOf), mode: 'extractive' },
      candidates: [...new Set([...facts, ...ranked.map((candidate) => candidate.fact)])].slice(0, Math.max(MAX_CANDIDATES, facts.length)),
    };
  }

  return { store, answerExtractive };
}
