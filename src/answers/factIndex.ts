import MiniSearch from 'minisearch';
import { formatSource } from '../facts/formatSource.js';
import { standingFacts } from '../facts/standingFacts.js';
import type { Fact, Store } from '../facts/schema.js';
import { placesBeside, siblingsOf } from './sentenceMates.js';
import type { TextScorer } from './textScores.js';
import { createTextScorer } from './textScores.js';
import type { Thesaurus } from './synonyms.js';
import { DISPUTED_TOKEN, groupToken, groupsOf, isGroupToken, phraseTokens } from './synonyms.js';
import { isStopword, stem, words, wordsWithParts } from './vocabulary.js';

export interface FactIndex {
  /** The facts a question's tokens match, by BM25 over claim, source, details and quote. */
  textScores: TextScorer;
  facts: Map<string, Fact>;
  /** Stems the store states in its claims, sources and topics, and the group tokens its facts carry: what covers a question. */
  vocabulary: Set<string>;
  /** The same words unstemmed, to recognise a misspelling of one of them. */
  spellings: Set<string>;
  /** Per fact, the stems and synonym groups of who said it, to match "What did X say". */
  speakerStems: Map<string, Set<string>>;
  /** Per stem of a source's name, the facts whose source it names: who said anything is found without a scan. */
  factsBySpeakerStem: Map<string, string[]>;
  /** Per topic, the stems of its label and aliases, and its facts. */
  topics: TopicTerms[];
  /** Per fact, every token it is indexed by, to tell which of a question's terms it speaks of. */
  factTokens: Map<string, Set<string>>;
  /**
   * Per fact, the tokens only its speaker gives when what was said has another subject: in "Armenian Prime Minister
   * Nikol Pashinyan, chairman of the CSTO council, said the council approved sending … peacekeepers", the council sends
   * them, not Armenia. Empty when the speaker is the subject too ("the CSTO … said it would send…").
   */
  speakerOnlyTokens: Map<string, Set<string>>;
  /**
   * Per fact, what the facts cut from the same sentence by the same source say: "eight police officers … were killed
   * and more than 300 were injured" makes two facts, and the injured are the police of the first.
   */
  siblingTokens: Map<string, Set<string>>;
  /**
   * Per fact, the places named beside it in its sentence by a fact that shares a word with it: in "…the attack on
   * Almaty's airport, but the deputy mayor later said the airport was operating normally", the airport is Almaty's.
   */
  placeTokens: Map<string, Set<string>>;
  /** In how many facts each token occurs. */
  documentFrequency: Map<string, number>;
}

/**
 * Topics are matched apart from the text index: every fact of a broad topic would otherwise carry its label and
 * aliases, and a word such as "killed" would hit a third of a large store in the index on every question.
 */
/** Whether a fact's index tokens hold any of these: a name's group, an entity's, a kind's. */
export const carriesAny = (index: FactIndex, fact: Fact, tokens: readonly string[]): boolean =>
  tokens.some((token) => index.factTokens.get(fact.id)?.has(token) === true);

export interface TopicTerms {
  id: string;
  labelStems: Set<string>;
  aliasStems: Set<string>;
  factIds: string[];
}

interface IndexedFact {
  id: string;
  claim: string;
  source: string;
  details: string;
  quote: string;
}

const FIELD_BOOSTS = { claim: 3, source: 2, details: 1, quote: 1 };

function toIndexed(fact: Fact): IndexedFact {
  return {
    id: fact.id,
    claim: fact.claim,
    // The article's own voice is "printed" as its title, whose words ("Dozens killed…") say nothing about the source.
    source:
      fact.attribution.kind === 'article'
        ? formatSource(fact.attribution)
        : `${formatSource(fact.attribution)} ${fact.attribution.asPrinted}`,
    details: [...fact.quantities.map((quantity) => `${quantity.text} ${quantity.counted}`), fact.time ?? ''].join(' '),
    quote: fact.quote,
  };
}

/** What said-verbs' subjects are when the speaker is the subject of what was said too: "it would send", "to take". */
const SPEAKER_AS_SUBJECT = /^(?:it|he|she|they|we|to)\b/i;

/**
 * A claim as who said it and what they said, when what was said has a subject of its own: "Armenian Prime Minister
 * Nikol Pashinyan, chairman of the CSTO council, said the council approved…" is the council's approval, told by
 * Pashinyan. Undefined for the article's own voice, a claim not written as "<speaker> <verb> …", and a speaker who
 * is the subject of what they said.
 */
function splitAttribution(fact: Fact): { speaker: string; said: string } | undefined {
  if (fact.attribution.kind === 'article') return undefined;
  const verb = ` ${fact.attribution.verb} `;
  const at = fact.claim.indexOf(verb);
  const said = fact.claim.slice(at + verb.length);
  return at < 0 || SPEAKER_AS_SUBJECT.test(said) ? undefined : { speaker: fact.claim.slice(0, at), said };
}

const wordsOf = (text: string): string[] => wordsWithParts(text).filter((word) => !isStopword(word));
const termsOf = (text: string): string[] => wordsOf(text).map(stem);

/** Marks a part of a hyphenated word: "led" in "Russian-led" is found as itself, but stands for none of its synonyms. */
const PART = '~';

/** The words of a text as the index takes them: each hyphenated word whole, then its parts, marked. */
function indexedWords(text: string, thesaurus: Thesaurus): string[] {
  const marked = words(text).flatMap((word) => (word.includes('-') ? [word, ...word.split('-').map((part) => `${PART}${part}`)] : [word]));
  return [...marked, ...phraseTokens(thesaurus, wordsWithParts(text))];
}

function indexTokensOf(term: string, thesaurus: Thesaurus): string[] | null {
  if (isGroupToken(term)) return [term];
  const part = term.startsWith(PART);
  const word = part ? term.slice(PART.length) : term;
  if (isStopword(word)) return null;
  const stemmed = stem(word);
  // A word a synonym group lists reads in that group alone, as in a question: "officers" is no "offices".
  return part ? [stemmed] : [stemmed, ...groupsOf(thesaurus, word).map(groupToken)];
}

/** Every token a text is indexed by, as the search index sees it. */
function tokensOf(text: string, thesaurus: Thesaurus): string[] {
  return indexedWords(text, thesaurus).flatMap((term) => indexTokensOf(term, thesaurus) ?? []);
}

function invert(stemsByFact: ReadonlyMap<string, ReadonlySet<string>>): Map<string, string[]> {
  const factsByStem = new Map<string, string[]>();
  for (const [id, stems] of stemsByFact) for (const stemmed of stems) factsByStem.set(stemmed, [...(factsByStem.get(stemmed) ?? []), id]);
  return factsByStem;
}

/**
 * The search index over a store, built once at start with MiniSearch.
 * Retracted facts are left out of everything here, so no answer, candidate for the model, or dispute partner is one.
 * `places`: the index tokens that name a place (an entity's synonym group), which a sentence's other facts lend.
 */
export function buildFactIndex(store: Store, thesaurus: Thesaurus, places: ReadonlySet<string> = new Set()): FactIndex {
  const facts = standingFacts(store);
  const search = new MiniSearch<IndexedFact>({
    fields: Object.keys(FIELD_BOOSTS),
    // Each word is indexed by its stem and by the synonym groups it belongs to, and each known phrase by its group, so
    // a question searches one posting list per group instead of one per synonym.
    tokenize: (text) => indexedWords(text, thesaurus),
    processTerm: (term) => indexTokensOf(term, thesaurus),
    searchOptions: { boost: FIELD_BOOSTS },
  });
  const documents = facts.map(toIndexed);
  search.addAll(documents);
  const factTokens = new Map(
    documents.map((document) => [
      document.id,
      new Set(tokensOf(`${document.claim} ${document.source} ${document.details} ${document.quote}`, thesaurus)),
    ]),
  );
  const speakerOnlyTokens = new Map(
    facts.map((fact, at) => {
      const document = documents[at] as IndexedFact;
      const parts = splitAttribution(fact);
      if (parts === undefined) return [fact.id, new Set<string>()];
      // The quote prints the speaker too ("…, said Armenian Prime Minister Nikol Pashinyan"); what else it says was said.
      const quoted = document.quote.replace(fact.attribution.asPrinted, ' ');
      const saidTokens = new Set(tokensOf(`${parts.said} ${document.details} ${quoted}`, thesaurus));
      const speakerTokens = tokensOf(`${document.source} ${parts.speaker}`, thesaurus);
      return [fact.id, new Set(speakerTokens.filter((token) => !saidTokens.has(token)))];
    }),
  );
  const disputed = new Set(
    facts.filter((fact) => fact.disputedBy.some((id) => facts.some((other) => other.id === id))).map((fact) => fact.id),
  );
  for (const id of disputed) factTokens.get(id)?.add(DISPUTED_TOKEN);
  const documentFrequency = new Map<string, number>();
  for (const tokens of factTokens.values())
    for (const token of tokens) documentFrequency.set(token, (documentFrequency.get(token) ?? 0) + 1);
  // The quote's words count too: a claim may leave out what the article printed ("in cold weather").
  const spellings = new Set([
    ...documents.flatMap((document) => wordsOf(`${document.claim} ${document.source} ${document.details} ${document.quote}`)),
    ...store.topics.flatMap((topic) => wordsOf(topic.label)),
  ]);
  // A source's synonym groups count as its words: "the city official" is the deputy mayor.
  const speakerStems = new Map(
    facts.map((fact) => {
      if (fact.attribution.kind === 'article') return [fact.id, new Set<string>()];
      const printed = `${formatSource(fact.attribution)} ${fact.attribution.asPrinted}`;
      return [fact.id, new Set([...termsOf(printed), ...tokensOf(printed, thesaurus).filter(isGroupToken)])];
    }),
  );
  return {
    textScores: createTextScorer(search, documentFrequency),
    facts: new Map(facts.map((fact) => [fact.id, fact])),
    // The synonym groups the facts speak of count too, so a phrase is known to be stated as a phrase.
    vocabulary: new Set([...[...spellings].map(stem), ...[...documentFrequency.keys()].filter(isGroupToken)]),
    spellings,
    speakerStems,
    factsBySpeakerStem: invert(speakerStems),
    siblingTokens: siblingsOf(facts, factTokens),
    placeTokens: placesBeside(facts, factTokens, places),
    factTokens,
    speakerOnlyTokens,
    documentFrequency,
    topics: store.topics.map((topic) => ({
      id: topic.id,
      labelStems: new Set(termsOf(topic.label)),
      aliasStems: new Set(termsOf(topic.aliases.join(' '))),
      factIds: facts.filter((fact) => fact.topics.includes(topic.id)).map((fact) => fact.id),
    })),
  };
}
