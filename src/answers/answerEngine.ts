import { numbersIn } from '../facts/extract/parseQuantity.js';
import { formatSource } from '../facts/formatSource.js';
import type { Fact, Store, Topic } from '../facts/schema.js';
import type { Subject } from './subject.js';
import { abstentions, notStated } from './abstention.js';
import type { AnalyzedQuestion, QueryTerm, QueryWords } from './analyzeQuestion.js';
import { analyzeQuestion, genericPhrasePattern } from './analyzeQuestion.js';
import type { Answer } from './answer.js';
import { MAX_CITATIONS } from './answer.js';
import { citationOf, composeExtractive } from './composeExtractive.js';
import type { CoveredTerm } from './coverage.js';
import { checkCoverage, statedIn } from './coverage.js';
import type { FactIndex } from './factIndex.js';
import { buildFactIndex, carriesAny } from './factIndex.js';
import type { SpeakerTerm } from './retrieve.js';
import { conceptCount, requiredTerms, retrieve, speaksFor } from './retrieve.js';
import { fitsIntent } from './answersIntent.js';
import { selectFacts } from './selectFacts.js';
import type { Entity } from './entities.js';
import { namesOf } from './entities.js';
import { mistakenIdentity } from './identityAsked.js';
import type { AnswerData } from './loadAnswerData.js';
import { createQuestionReader } from './question/createQuestionReader.js';
import { buildSpellingIndex } from './question/spellingIndex.js';
import type { ReadQuestion } from './question/readQuestion.js';
import type { Thesaurus } from './synonyms.js';
import { DISPUTED_TOKEN, buildThesaurus, groupToken } from './synonyms.js';
import { validateQuestion } from './validateQuestion.js';
import { leadFor } from './leadFor.js';
import { describesKind } from './kindDescribed.js';
import { kindsAsked, namesAnswerKind } from './namesAnswerKind.js';
import { neitherAlternative } from './alternatives.js';
import { namesAnotherThanSetAside } from './setAside.js';
import { statesOtherDetail } from './otherDetail.js';
import { escapeRegExp, normalizeText, stem, words as wordsOf } from './vocabulary.js';
import { premiseOf } from './question/premiseOf.js';
import { COUNTRY_NAMES } from './countryNames.js';
import { properCasing, storeNames } from './question/properCasing.js';

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
  const named = wordsOf(question).some((word) => subject.names.includes(word)) || queryWords.asksOverview.test(question);
  const fallback = analyzed.intents.has('where') ? subject.whereQuestion : named ? subject.overviewQuestion : undefined;
  return fallback === undefined ? analyzed : { ...analyzed, terms: analyzeQuestion(fallback, thesaurus, queryWords).terms };
}

/** The scene around a question ranks facts but never decides whether the store covers it. */
function withContext(analyzed: AnalyzedQuestion, context: AnalyzedQuestion | undefined): AnalyzedQuestion {
  if (context === undefined) return analyzed;
  const asked = new Set(analyzed.terms.map((term) => term.text));
  const scene = context.terms.filter((term) => !asked.has(term.text)).map((term) => ({ ...term, required: false }));
  return scene.length === 0 ? analyzed : { ...analyzed, terms: [...analyzed.terms, ...scene] };
}

/**
 * "Did Tokayev and the deputy mayor say the same?": each fact has one of several speakers, so their words are
 * alternatives, of which a fact must speak of one, not words every fact must hold.
 */
function withSpeakersApart(analyzed: AnalyzedQuestion): AnalyzedQuestion {
  if (analyzed.speakers.length < 2) return analyzed;
  const sideOf = new Map(analyzed.speakers.flatMap((words, at) => words.map((word) => [word, Math.min(at, 1) as 0 | 1] as const)));
  const side = (term: QueryTerm): 0 | 1 | undefined =>
    term.text
      .split(' ')
      .map((word) => sideOf.get(word))
      .find((found) => found !== undefined);
  return {
    ...analyzed,
    terms: analyzed.terms.map((term) => {
      const speaker = side(term);
      return speaker === undefined ? term : { ...term, required: false, alternative: { side: speaker, required: true } };
    }),
  };
}

/** "Only about…", "just because of…": whether one thing is the whole reason. */
const ONLY_REASON = /\b(?:only|just|solely|merely|purely) (?:about|because of|over|due to|a matter of)\b/;
/** "Is it only about fuel?": a bare yes would be wrong whenever the article reports more, so more is shown. */
const EXCLUSIVE = /\b(?:only|just|solely|merely|purely)\b|\bmore to it\b|\banything else\b|\bother reasons?\b/;
/**
 * For "is it only…": the next fact of the best fact's topic that the answer does not hold yet, the first that does
 * not say the same again if one is wanted ("only about gas prices?" is answered by the discontent, not more on prices).
 */
function whatElse(facts: readonly Fact[], index: FactIndex, saysTheSame: (fact: Fact) => boolean): Fact[] {
  const [first] = facts;
  const topic = index.topics.find((candidate) => first !== undefined && first.topics[0] === candidate.id);
  const others = (topic?.factIds ?? [])
    .map((id) => index.facts.get(id))
    .filter((fact): fact is Fact => fact !== undefined && !facts.some((chosen) => chosen.id === fact.id));
  const other = others.find((fact) => !saysTheSame(fact)) ?? others[0];
  return other === undefined || facts.length >= MAX_CITATIONS ? [] : [other];
}

const NEGATION = /\bnot\b|n't\b|\bnever\b|\bno longer\b/;
/** How many of the nearest facts may correct a detail the question has wrong. */
const CORRECTION_CANDIDATES = 3;
/** What will happen: a condition the article reports now says nothing of it. */
const FUTURE = /\b(?:will|going to|gonna|plan(?:s|ning)? to|expected to|about to)\b/;

/** The covered words a question asks about, as typed: "On Tokayev, the article reports…". */
const aboutWords = (required: readonly CoveredTerm[]): string[] => required.map((term) => term.term.text);

function quotedSources(index: FactIndex): string[] {
  return [
    ...new Set(
      [...index.facts.values()].filter((fact) => fact.attribution.kind !== 'article').map((fact) => formatSource(fact.attribution)),
    ),
  ];
}

/** The count a question states ("did 20 police die?") when no fact of the answer states it too. */
function unstatedFigure(figure: string | undefined, facts: readonly Fact[]): string | undefined {
  if (figure === undefined) return undefined;
  const [asked] = numbersIn(figure);
  return facts.some((fact) => numbersIn(`${fact.claim} ${fact.quote}`).has(asked ?? figure)) ? undefined : figure;
}

/** Whether a fact answers a term only by stating its opposite: a blackout, asked whether the internet was working. */
function statesOpposite(covered: readonly CoveredTerm[], tokens: ReadonlySet<string> | undefined): boolean {
  return covered.some(
    ({ oppositeTokens = [], searchTokens }) =>
      oppositeTokens.some((token) => tokens?.has(token) === true) &&
      !searchTokens.some((token) => !oppositeTokens.includes(token) && tokens?.has(token) === true),
  );
}

/** Whether a fact states each condition asked about that has an opposite, as itself rather than as its opposite. */
function statesConditions(covered: readonly CoveredTerm[], tokens: ReadonlySet<string> | undefined): boolean {
  return covered.every(
    ({ oppositeTokens, searchTokens }) =>
      oppositeTokens === undefined || searchTokens.some((token) => !oppositeTokens.includes(token) && tokens?.has(token) === true),
  );
}

export function createAnswerEngine(store: Store, data: AnswerData): AnswerEngine {
  const { synonyms, queryWords, subject } = data;
  const listedTopics = store.topics.filter((topic) => !subject.topicRoles.unlisted.includes(topic.id));
  // An entity's names are one more synonym group: a fact about "the country's president" speaks of Tokayev.
  const named = data.entities.entities.map((entity) => ({ entity, names: namesOf(entity) })).filter(({ names }) => names.length > 1);
  // A country and its people's adjective are one more: "Armenia" is found in "Armenian Prime Minister".
  const groups = [...synonyms.groups, ...named.map(({ names }) => names), ...Object.entries(queryWords.demonyms)];
  const thesaurus = buildThesaurus({ groups, opposites: synonyms.opposites });
  const entityGroups = named.map(({ entity }, offset) => ({ entity, group: synonyms.groups.length + offset }));
  const places = entityGroups.filter(({ entity }) => entity.kind === 'place' || entity.kind === 'country');
  const placeGroups = new Set(places.map(({ group }) => group));
  const namedPersonTokens = entityGroups
    .filter(({ entity }) => entity.kind === 'person' && entity.named)
    .map(({ group }) => groupToken(group));
  const index = buildFactIndex(store, thesaurus, new Set(places.map(({ group }) => groupToken(group))));
  // Every group past the curated synonyms names someone or somewhere: an entity, or a country and its people.
  const nameTokens = new Set(groups.slice(synonyms.groups.length).map((_, offset) => groupToken(synonyms.groups.length + offset)));
  const words: QueryWords = {
    generic: new Set(queryWords.generic),
    genericPhrases: genericPhrasePattern(queryWords.genericPhrases),
    subject: new Set(queryWords.subject),
    restrictive: new Set(queryWords.restrictive),
    broad: new Set(queryWords.broad),
    asksOverview: genericPhrasePattern(queryWords.overview, ''),
    dispute: new Set(queryWords.dispute),
    answerKinds: new Set(queryWords.answerKinds),
    demonyms: queryWords.demonyms,
  };
  // A curated country the list of today's countries lacks counts as a country named, by its aliases: "the USSR".
  const countryWords: Readonly<Record<string, string>> = {
    ...queryWords.demonyms,
    ...Object.fromEntries(
      data.entities.entities
        .filter((entity) => entity.kind === 'country' && !COUNTRY_NAMES.includes(normalizeText(entity.name).replace(/^the /, '')))
        .flatMap((entity) => entity.aliases.map((alias) => [alias, entity.name.toLowerCase()] as const)),
    ),
  };
  const reader = createQuestionReader(data, index);
  const storeSpelling = buildSpellingIndex(index.spellings, () => true);
  const names = storeNames(store.facts.flatMap((fact) => [fact.claim, fact.quote]));

  /** A speaker's words as the source's words or synonym groups they must match; a dispute word names no one. */
  const speakerTerms = (named: readonly string[]): SpeakerTerm[] =>
    analyzeQuestion(named.join(' '), thesaurus, words)
      .terms.filter((term) => term.stems.length > 0 || term.groups.length > 0)
      .map((term) => ({ stems: term.stems, groups: term.groups.map(groupToken) }));

  /** Whether the store quotes the speaker at all: the facts filed under its first word's stem or groups are checked. */
  function isQuoted(speaker: readonly SpeakerTerm[]): boolean {
    const [first] = speaker;
    return [...(first?.stems.slice(0, 1) ?? []), ...(first?.groups ?? [])]
      .flatMap((key) => index.factsBySpeakerStem.get(key) ?? [])
      .some((id) => speaksFor(index, id, speaker));
  }

  function answerExtractive(rawQuestion: string, options: AnswerOptions = {}): Retrieval {
    const question = validateQuestion(rawQuestion, subject.name);
    return answerRead(question, reader.read(question), options);
  }

  /**
   * The answer to a question as read. `presumed`: the statement the question is checked as, when it is what another
   * question took for granted; an abstention then says the article does not say it.
   */
  function answerRead(question: string, read: ReadQuestion, options: AnswerOptions, presumed?: string, respelt = false): Retrieval {
    const { related = false } = options;
    const abstain = (answer: string): Retrieval => ({
      answer: { question, answered: false, answer, citations: [], mode: 'extractive' },
      candidates: [],
    });
    /** The facts that correct what the question has wrong, after the sentence saying what the article does not say. */
    const correctedBy = (facts: Fact[], notSaid: string): Retrieval => ({
      answer: {
        question,
        answered: true,
        answer: `${notSaid} ${composeExtractive(facts)}`,
        citations: facts.map(citationOf),
        mode: 'extractive',
      },
      candidates: facts,
    });
    // Only an abstention writes the question's words back; their casing is worked out then, once.
    let casing: ((text: string) => string) | undefined;
    const cased = (text: string): string => (casing ??= properCasing(question, names))(text);
    // "Since Tokayev resigned, who runs the country?": what the article does not support is corrected, not built on.
    if (read.presumed !== undefined && presumed === undefined && !related) {
      const check = answerRead(question, reader.read(read.presumed), {}, cased(read.presumed));
      if (!check.answer.answered) return check;
    }
    const asked = analyzeQuestion(read.text, thesaurus, words);
    const overview = asked.terms.length === 0 && !asked.intents.has('where');
    const exclusive = EXCLUSIVE.test(read.text);
    const analyzed = withSpeakersApart(
      withContext(
        withFallbackTerms(asked, thesaurus, words, subject, read.text),
        read.context === '' ? undefined : analyzeQuestion(read.context, thesaurus, words),
      ),
    );
    if (analyzed.terms.length === 0) return abstain(abstentions.nothingAsked(subject.name, listedTopics));
    const speakers = analyzed.speakers.map((named) => speakerTerms(named));
    const unquoted = analyzed.speakers.find((named, at) => !isQuoted(speakers[at] as SpeakerTerm[]));
    if (unquoted !== undefined) return abstain(abstentions.unknownSpeaker(unquoted, quotedSources(index)));
    const { covered, uncovered } = checkCoverage(analyzed.terms, index.vocabulary, thesaurus, data.lexicon, !FUTURE.test(read.text));
    // Of two alternatives offered ("day or night?"), the store must speak of at least one.
    const unoffered = related ? [] : neitherAlternative(analyzed.terms, covered);
    if (covered.length === 0 && uncovered.length === 0 && unoffered.length === 0) {
      return abstain(abstentions.nothingAsked(subject.name, listedTopics));
    }
    // "What's China's reaction to the CSTO sending troops?": of four things asked, the one left out may not be a name.
    const matches = retrieve(index, analyzed, covered, speakers, subject.topicRoles, nameTokens);
    // Whether two sources agree is answered by a fact naming one and the fact disputing it, which names the other.
    const asksDispute = analyzed.terms.some((term) => term.tokens?.includes(DISPUTED_TOKEN) === true);
    const ranked = related || asksDispute ? matches : matches.filter((candidate) => candidate.matchesNames);
    const required = requiredTerms(covered);
    const nearest = matches[0] === undefined ? [] : selectFacts([matches[0]], index.facts, 0);
    if (uncovered.length === 0 && unoffered.length > 0) {
      const side = (which: 0 | 1): string[] => unoffered.filter((term) => term.alternative?.side === which).map((term) => term.text);
      return abstain(abstentions.neitherMentioned([side(0), side(1)], aboutWords(required).map(cased), nearest, listedTopics));
    }
    const speaksOf = (fact: Fact) => (term: CoveredTerm) => statedIn(index.factTokens.get(fact.id), term);
    /** "Kazakhstan is the 5th biggest country?": the nearest fact, saying "ninth", corrects the one detail it has otherwise. */
    const corrected = (word: string, others: readonly CoveredTerm[], premise: string | undefined): Retrieval | undefined => {
      if (!read.yesNo) return undefined;
      // Of the nearest few facts, the first that speaks of the rest of the question and states the detail otherwise.
      const correcting = matches
        .slice(0, CORRECTION_CANDIDATES)
        .find(({ fact }) => others.every(speaksOf(fact)) && statesOtherDetail(word, fact, queryWords.demonyms, read.text));
      if (correcting === undefined) return undefined;
      return correctedBy(selectFacts([correcting], index.facts, 0), notStated([word], premise));
    };
    // "The fast spred of the protests", "what country's prime minster": a real word one letter from a word of the store,
    // and nowhere in it, is read as that word, once, when that answers; otherwise the abstention keeps the asker's words.
    const storeWords =
      respelt || related ? [] : uncovered.map((term) => (term.text.length >= 5 ? storeSpelling.correct(term.text) : undefined));
    // Read again only when some fact states every respelt word beside the rest of what was asked.
    const respeltStated =
      storeWords.length > 0 &&
      storeWords.every((word) => word !== undefined) &&
      matches.some(({ fact }) => {
        const tokens = index.factTokens.get(fact.id);
        return storeWords.every((word) => tokens?.has(stem(word as string)) === true) && required.every(speaksOf(fact));
      });
    if (respeltStated) {
      const text = uncovered.reduce(
        (respelling, term, at) => respelling.replace(new RegExp(`\\b${escapeRegExp(term.text)}\\b`), storeWords[at] as string),
        read.text,
      );
      const respeltAnswer = answerRead(question, { ...read, text }, options, presumed, true);
      if (respeltAnswer.answer.answered) return respeltAnswer;
    }
    if (related ? covered.length === 0 : uncovered.length > 0) {
      const missing = uncovered.map((term) => term.text);
      const [only] = missing;
      const correction =
        missing.length === 1 && only !== undefined && !related
          ? corrected(only, required, presumed ?? premiseOf(read, missing, cased))
          : undefined;
      if (correction !== undefined) return correction;
      return abstain(
        abstentions.notMentioned(
          missing,
          presumed ?? premiseOf(read, missing, cased),
          aboutWords(required).map(cased),
          nearest,
          listedTopics,
        ),
      );
    }
    const minimum = related ? 1 : minimumMatches(conceptCount(required));
    // A place asked by a description ("the capital"), whose name may be asked; "Almaty's mayor" names its place already.
    const placeAsked = analyzed.terms
      .filter((term) => !names.has(term.text))
      .flatMap((term) => term.groups)
      .find((group) => placeGroups.has(group));
    // Facts of the form asked for ("when" wants a time) are chosen first, so a time further down is not cut off.
    const fitsForm = fitsIntent(analyzed, covered, {
      demonyms: countryWords,
      subjectCountries: subject.countries,
      whyTopic: subject.topicRoles.why,
      best: ranked[0]?.fact,
      sentenceOf: (fact) => index.siblingTokens.get(fact.id) ?? new Set(),
      namesPlaceAsked: placeAsked !== undefined,
      namesPerson: (fact) => carriesAny(index, fact, namedPersonTokens),
      tokensOf: (fact) => index.factTokens.get(fact.id) ?? new Set(),
      factsById: index.facts,
    });
    const namesAnother = namesAnotherThanSetAside(analyzed, entityGroups, index, data.queryWords.entityKinds);
    // "What did the city official say?" is answered by what the deputy mayor said, not by a police official's words.
    const fits = (fact: Fact): boolean =>
      fitsForm(fact) &&
      (speakers.length === 0 || speakers.some((speaker) => speaksFor(index, fact.id, speaker))) &&
      (namesAnother === undefined || namesAnother(fact));
    // "Which alliance did the president turn to?": a fact naming an alliance the question does not name answers first.
    // "What kind of buildings were targeted?": a fact saying the kind ("government buildings") answers first.
    const naming = namesAnswerKind(analyzed, entityGroups, index, data.queryWords.entityKinds) ?? describesKind(read.text);
    const preferred =
      naming === undefined ? [] : selectFacts(ranked, index.facts, minimum, overview || exclusive, (fact) => fits(fact) && naming(fact));
    const facts = preferred.length > 0 ? preferred : selectFacts(ranked, index.facts, minimum, overview || exclusive, fits);
    // "Is it only about gas prices?" asks whether there is more to it than prices: something else answers it.
    const onlyReason = ONLY_REASON.test(read.text);
    if (exclusive) facts.push(...whatElse(facts, index, (fact) => onlyReason && required.every(speaksOf(fact))));
    if (facts.length === 0) {
      const about = aboutWords(required);
      if (selectFacts(ranked, index.facts, minimum).length > 0) {
        const { agent, followsEvent } = analyzed;
        const unsaid = agent?.clause ?? followsEvent?.clause;
        return abstain(
          unsaid === undefined
            ? abstentions.unfitting(
                // "Which parts of the country…", answered only by "some parts": the article names none.
                analyzed.whichNoun === undefined || analyzed.intents.size > 0 ? analyzed.intents : new Set(['name' as const]),
                about.map(cased),
                nearest,
                listedTopics,
              )
            : abstentions.notSaid(unsaid.split(' ').map(cased).join(' '), about.map(cased), nearest, listedTopics),
        );
      }
      const premise = presumed ?? premiseOf(read, about, cased);
      const [best] = nearest;
      const unlinked = best === undefined ? [] : required.filter((term) => !speaksOf(best)(term));
      const [only] = unlinked;
      const correction =
        unlinked.length === 1 && only !== undefined
          ? corrected(
              only.term.text,
              required.filter((term) => term !== only),
              premise,
            )
          : undefined;
      if (correction !== undefined) return correction;
      return abstain(abstentions.notLinked(about.map(cased), premise, nearest, listedTopics));
    }
    // "Is Almaty the capital?": the article names another place the capital, so the fact naming both corrects it.
    const mistaken = read.yesNo ? mistakenIdentity(read.text, data.entities.entities) : undefined;
    if (mistaken !== undefined) {
      const tokensOf = (entity: Entity): string[] =>
        entityGroups.filter((candidate) => candidate.entity.id === entity.id).map(({ group }) => groupToken(group));
      const both = [mistaken.asked, mistaken.named].map(tokensOf);
      const naming = matches.find(({ fact }) => both.every((tokens) => carriesAny(index, fact, tokens)));
      return correctedBy(naming === undefined ? facts : selectFacts([naming], index.facts, 0), notStated([], cased(mistaken.statement)));
    }
    return {
      answer: {
        question,
        answered: true,
        answer: composeExtractive(facts, {
          lead: leadFor(analyzed, facts, entityGroups, index, placeAsked, kindsAsked(analyzed, data.queryWords.entityKinds)),
          // "Did they stay small or escalate?" asks which, not whether.
          yesNo:
            read.yesNo &&
            !analyzed.terms.some((term) => term.alternative !== undefined) &&
            // "Was the internet working?" is not answered yes by a blackout: the facts speak for themselves.
            !facts.some((fact) => statesOpposite(covered, index.factTokens.get(fact.id))) &&
            // "Did the CSTO turn down Tokayev's request?": a condition with an opposite is what the yes turns on, and a
            // fact on the request alone says nothing of turning it down.
            statesConditions(covered, facts[0] === undefined ? undefined : index.factTokens.get(facts[0].id)),
          negated: NEGATION.test(read.text) || exclusive,
          // "Was the Almaty mayor killed when his building burned?": the fire alone is no yes.
          partly: facts[0] !== undefined && !required.every(speaksOf(facts[0])),
          unstatedFigure: unstatedFigure(analyzed.statedFigure, facts),
        }),
        citations: facts.map(citationOf),
        mode: 'extractive',
      },
      candidates: [...new Set([...facts, ...matches.map((candidate) => candidate.fact)])].slice(0, Math.max(MAX_CANDIDATES, facts.length)),
    };
  }

  return { store, subject, listedTopics, answerExtractive };
}
