import { formatSource } from '../facts/formatSource.js';
import type { Fact, Store, Topic } from '../facts/schema.js';
import type { Subject } from './subject.js';
import { abstentions } from './abstention.js';
import type { AnalyzedQuestion, QueryWords } from './analyzeQuestion.js';
import { analyzeQuestion, genericPhrasePattern } from './analyzeQuestion.js';
import type { Answer } from './answer.js';
import { citationOf, composeExtractive } from './composeExtractive.js';
import type { CoveredTerm } from './coverage.js';
import { checkCoverage } from './coverage.js';
import type { FactIndex } from './factIndex.js';
import { buildFactIndex } from './factIndex.js';
import { conceptCount, requiredTerms, retrieve, speaksFor } from './retrieve.js';
import { factsForIntent } from './answersIntent.js';
import { selectFacts } from './selectFacts.js';
import type { AnswerData } from './loadAnswerData.js';
import { createQuestionReader } from './question/createQuestionReader.js';
import type { Thesaurus } from './synonyms.js';
import { buildThesaurus } from './synonyms.js';
import { validateQuestion } from './validateQuestion.js';
import { words as wordsOf } from './vocabulary.js';
import { premiseOf } from './question/premiseOf.js';

/** What the extractive pass decided: the answer, and the facts a model may phrase a better one from. */
export interface Retrieval {
  answer: Answer;
  /** The answer's facts first, then the next best matches. */
  candidates: Fact[];
}

const MAX_CANDIDATES = 6;

export interface AnswerOptions {
  /**
   * Looking up what a message relates to, rather than answering a question: words the store does not cover are
   * passed over, and facts matching any of the rest are given.
   */
  related?: boolean;
}

export interface AnswerEngine {
  store: Store;
  subject: Subject;
  /** The topics the bot names when it says what it covers. */
  listedTopics: Topic[];
  /** Always local and synchronous: the answer straight from the store. */
  answerExtractive(question: string, options?: AnswerOptions): Retrieval;
}

/**
 * The answer must speak to everything the question asks about: "was the mayor killed?" is not answered by facts on the
 * mayor's building and on people killed. A question about four things or more may have one the facts put otherwise.
 */
const minimumMatches = (concepts: number): number => (concepts >= 4 ? concepts - 1 : concepts);

/** A question that names only the whole story asks for an overview; one that asks only "where", for the geography. */
function withFallbackTerms(
  analyzed: AnalyzedQuestion,
  thesaurus: Thesaurus,
  queryWords: QueryWords,
  subject: Subject,
  question: string,
): AnalyzedQuestion {
  if (analyzed.terms.length > 0) return analyzed;
  const named = wordsOf(question).some((word) => subject.names.includes(word));
  const fallback = analyzed.intents.has('where') ? subject.whereQuestion : named ? subject.overviewQuestion : undefined;
  return fallback === undefined ? analyzed : { ...analyzed, terms: analyzeQuestion(fallback, thesaurus, queryWords).terms };
}

/** The scene around a question ranks facts but never decides whether the store covers it. */
function withContext(analyzed: AnalyzedQuestion, context: AnalyzedQuestion): AnalyzedQuestion {
  const asked = new Set(analyzed.terms.map((term) => term.text));
  const scene = context.terms.filter((term) => !asked.has(term.text)).map((term) => ({ ...term, required: false }));
  return scene.length === 0 ? analyzed : { ...analyzed, terms: [...analyzed.terms, ...scene] };
}

/** The covered words a question asks about, as typed: "On Tokayev, the article reports…". */
const aboutWords = (required: readonly CoveredTerm[]): string[] => required.map((term) => term.term.text);

function quotedSources(index: FactIndex): string[] {
  return [
    ...new Set(
      [...index.facts.values()].filter((fact) => fact.attribution.kind !== 'article').map((fact) => formatSource(fact.attribution)),
    ),
  ];
}

export function createAnswerEngine(store: Store, data: AnswerData): AnswerEngine {
  const { synonyms, queryWords, subject } = data;
  const listedTopics = store.topics.filter((topic) => !subject.topicRoles.unlisted.includes(topic.id));
  const thesaurus = buildThesaurus(synonyms);
  const index = buildFactIndex(store, thesaurus);
  const words: QueryWords = {
    generic: new Set(queryWords.generic),
    genericPhrases: genericPhrasePattern(queryWords.genericPhrases),
    subject: new Set(queryWords.subject),
    restrictive: new Set(queryWords.restrictive),
    broad: new Set(queryWords.broad),
    demonyms: queryWords.demonyms,
  };
  const reader = createQuestionReader(data, index);

  function answerExtractive(rawQuestion: string, { related = false }: AnswerOptions = {}): Retrieval {
    const question = validateQuestion(rawQuestion, subject.name);
    const abstain = (answer: string): Retrieval => ({
      answer: { question, answered: false, answer, citations: [], mode: 'extractive' },
      candidates: [],
    });
    const read = reader.read(question);
    const analyzed = withContext(
      withFallbackTerms(analyzeQuestion(read.text, thesaurus, words), thesaurus, words, subject, read.text),
      analyzeQuestion(read.context, thesaurus, words),
    );
    if (analyzed.terms.length === 0) return abstain(abstentions.nothingAsked(subject.name, listedTopics));
    const speakerStems = analyzeQuestion(analyzed.speaker.join(' '), thesaurus, words).terms.flatMap((term) => term.stems);
    if (analyzed.speaker.length > 0 && !store.facts.some((fact) => speaksFor(index, fact.id, speakerStems))) {
      return abstain(abstentions.unknownSpeaker(analyzed.speaker, quotedSources(index)));
    }
    const { covered, uncovered } = checkCoverage(analyzed.terms, index.vocabulary, index.spellings, thesaurus);
    if (covered.length === 0 && uncovered.length === 0) return abstain(abstentions.nothingAsked(subject.name, listedTopics));
    const ranked = retrieve(index, analyzed, covered, speakerStems, subject.topicRoles);
    const required = requiredTerms(covered);
    const nearest = ranked[0] === undefined ? [] : selectFacts([ranked[0]], index.facts, 0);
    if (related ? covered.length === 0 : uncovered.length > 0) {
      const missing = uncovered.map((term) => term.text);
      return abstain(abstentions.notMentioned(missing, premiseOf(read, missing, question), aboutWords(required), nearest, listedTopics));
    }
    const selected = selectFacts(ranked, index.facts, related ? 1 : minimumMatches(conceptCount(required)));
    if (selected.length === 0) {
      const asked = required.map((term) => term.term.text);
      return abstain(abstentions.notLinked(asked, premiseOf(read, asked, question), nearest, listedTopics));
    }
    const facts = factsForIntent(selected, analyzed, covered, words.demonyms, subject.countries);
    if (facts.length === 0) return abstain(abstentions.unfitting(analyzed.intents, aboutWords(required), nearest, listedTopics));
    return {
      answer: { question, answered: true, answer: composeExtractive(facts), citations: facts.map(citationOf), mode: 'extractive' },
      candidates: [...new Set([...facts, ...ranked.map((candidate) => candidate.fact)])].slice(0, Math.max(MAX_CANDIDATES, facts.length)),
    };
  }

  return { store, subject, listedTopics, answerExtractive };
}
