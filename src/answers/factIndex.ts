import MiniSearch from 'minisearch';
import { formatSource } from '../facts/formatSource.js';
import type { Fact, Store } from '../facts/schema.js';
import { isStopword, stem, wordsWithParts } from './vocabulary.js';

export interface FactIndex {
  search: MiniSearch<IndexedFact>;
  facts: Map<string, Fact>;
  /** Stems the store states in its claims, sources and topics; the words a question may be covered by. */
  vocabulary: Set<string>;
  /** The same words unstemmed, to recognise a misspelling of one of them. */
  spellings: Set<string>;
  /** Per fact, the stems of who said it, to match "What did X say". */
  speakerStems: Map<string, Set<string>>;
  /** Per topic, the stems of its label and aliases, and its facts. */
  topics: TopicTerms[];
}

/**
 * Topics are matched apart from the text index: every fact of a broad topic would otherwise carry its label and
 * aliases, and a word such as "killed" would hit a third of a large store in the index on every question.
 */
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
    source: fact.attribution.kind === 'article' ? formatSource(fact.attribution) : `${formatSource(fact.attribution)} ${fact.attribution.asPrinted}`,
    details: [...fact.quantities.map((quantity) => `${quantity.text} ${quantity.counted}`), fact.time ?? ''].join(' '),
    quote: fact.quote,
  };
}

const wordsOf = (text: string): string[] => wordsWithParts(text).filter((word) => !isStopword(word));
const termsOf = (text: string): string[] => wordsOf(text).map(stem);

/** The search index over a store, built once at start with MiniSearch; the quote ranks results but does not widen coverage. */
export function buildFactIndex(store: Store): FactIndex {
  const search = new MiniSearch<IndexedFact>({
    fields: Object.keys(FIELD_BOOSTS),
    tokenize: (text) => wordsWithParts(text),
    processTerm: (term) => (isStopword(term) ? null : stem(term)),
    searchOptions: { boost: FIELD_BOOSTS },
  });
  const documents = store.facts.map(toIndexed);
  search.addAll(documents);
  const spellings = new Set([
    ...documents.flatMap((document) => wordsOf(`${document.claim} ${document.source} ${document.details}`)),
    ...store.topics.flatMap((topic) => wordsOf(topic.label)),
  ]);
  const speakerStems = new Map(
    store.facts.map((fact) => [
      fact.id,
      new Set(fact.attribution.kind === 'article' ? [] : termsOf(`${formatSource(fact.attribution)} ${fact.attribution.asPrinted}`)),
    ]),
  );
  return {
    search,
    facts: new Map(store.facts.map((fact) => [fact.id, fact])),
    vocabulary: new Set([...spellings].map(stem)),
    spellings,
    speakerStems,
    topics: store.topics.map((topic) => ({
      id: topic.id,
      labelStems: new Set(termsOf(topic.label)),
      aliasStems: new Set(termsOf(topic.aliases.join(' '))),
      factIds: store.facts.filter((fact) => fact.topics.includes(topic.id)).map((fact) => fact.id),
    })),
  };
}
