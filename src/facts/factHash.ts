import { createHash } from 'node:crypto';
import { canonicalJson } from './canonicalJson.js';
import type { Fact, Store } from './schema.js';

const HASH_DIGITS = 12;

/** What names or places a fact rather than what it says; the hash itself is left out too. */
const NOT_CONTENT = new Set(['id', 'span', 'paragraph', 'topics', 'hash']);

const contentHash = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex').slice(0, HASH_DIGITS);

/**
 * What a fact says, hashed: its claim, quote, source, counts, time, disputes, corrections and status. Its id names it and
 * its span, paragraph and topics only place it, so moving a quote or filing it under another topic keeps the hash;
 * everything else is left in, so a field added to facts later counts as content without anyone remembering to add it.
 */
export function factHash(fact: Omit<Fact, 'hash'> & { hash?: string }): string {
  return contentHash(canonicalJson(Object.fromEntries(Object.entries(fact).filter(([key]) => !NOT_CONTENT.has(key)))));
}

/** The store's content in one hash: the article texts, the topics as the summary shows them, and every fact's id and hash. */
export function storeVersionHash(store: Pick<Store, 'articles' | 'topics' | 'facts'>): string {
  return contentHash(
    canonicalJson({
      articles: store.articles.map((article) => article.sha256),
      topics: store.topics.map(({ id, label, inSummary }) => ({ id, label, inSummary })),
      facts: store.facts.map(({ id, hash }) => ({ id, hash })),
    }),
  );
}
