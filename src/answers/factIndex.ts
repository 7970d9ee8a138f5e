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
}

interface IndexedFact {
  id: string;
  claim: string;
  source: string;
  topicLabels: string;
  topicAliases: string;
  details: string;
  quote: string;
}

const FIELD_BOOSTS = { claim: 3, source: 2, topicLabels: 1.5, topicAliases: 1, details: 1, quote: 1 };

/** A topic's aliases widen a search ("crackdown" finds police tactics) but never count as a fact speaking of a word. */
export const WIDENING_FIELDS: ReadonlySet<string> = new Set(['topicAliases']);

function toIndexed(fact: Fact, store: Store): IndexedFact {
  const topics = fact.topics.flatMap((id) => store.topics.filter((candidate) => candidate.id === id));
  return {
    id: fact.id,
    claim: fact.claim,
    source: `${formatSource(fact.attribution)} ${fact.attribution.asPrinted}`,
    topicLabels: topics.map((topic) => topic.label).join(' '),
    topicAliases: topics.flatMap((topic) => topic.aliases).join(' '),
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
  const documents = store.facts.map((fact) => toIndexed(fact, store));
  search.addAll(documents);
  const spellings = new Set(
    documents.flatMap((document) => wordsOf(`${document.claim} ${document.source} ${document.topicLabels} ${document.details}`)),
  );
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
  };
}
