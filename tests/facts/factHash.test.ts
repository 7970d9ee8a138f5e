import { describe, expect, test } from 'vitest';
import { factHash, storeVersionHash } from '../../src/facts/factHash.js';
import type { Fact } from '../../src/facts/schema.js';
import { fixtureFact, fixtureStore } from '../support/fixtureStore.js';

const base = fixtureFact({
  id: 'government.resigned',
  claim: 'The article reports that the government resigned.',
  topics: ['government'],
  disputedBy: [],
});

describe('factHash', () => {
  test('GIVEN a fact THEN its hash is 12 lower-case hex digits, the same every time', () => {
    expect(factHash(base)).toMatch(/^[0-9a-f]{12}$/);
    expect(factHash({ ...base })).toBe(factHash(base));
  });

  test.each<[string, Partial<Fact>]>([
    ['the claim', { claim: 'The article reports that the whole government resigned.' }],
    ['the quote', { quote: 'The government resigned.' }],
    ['the source', { attribution: { ...base.attribution, name: 'Someone else' } }],
    ['the status, to corrected', { status: { state: 'corrected', on: '2026-11-26', changed: 'claim', reason: 'overstated' } }],
    ['the status, to retracted', { status: { state: 'retracted', on: '2026-11-26', reason: 'withdrawn' } }],
    ['a dispute', { disputedBy: ['government.stayed'] }],
    ['the time', { time: 'on Wednesday' }],
  ])('GIVEN %s changed THEN the hash changes', (_, change) => {
    expect(factHash({ ...base, ...change })).not.toBe(factHash(base));
  });

  test.each<[string, Partial<Fact>]>([
    ['the topics', { topics: ['government', 'background'] }],
    ['the span', { span: { start: 100, end: 150 } }],
    ['the paragraph', { paragraph: 9 }],
    ['the id', { id: 'government.quit' }],
    ['the stored hash', { hash: 'ffffffffffff' }],
  ])('GIVEN only %s changed THEN the hash stays', (_, change) => {
    expect(factHash({ ...base, ...change })).toBe(factHash(base));
  });

  test('GIVEN the same fact with its keys in another order THEN the hash is the same', () => {
    const reordered = Object.fromEntries(Object.entries(base).reverse()) as Fact;
    expect(factHash(reordered)).toBe(factHash(base));
  });
});

describe('storeVersionHash', () => {
  const other = fixtureFact({ id: 'internet.blackout', claim: 'NetBlocks said there was a blackout.', topics: ['internet'] });

  test.each<[string, (store: ReturnType<typeof fixtureStore>) => void]>([
    ["a fact's hash", (store) => void (store.facts[0] = { ...base, hash: 'ffffffffffff' })],
    ['a fact removed', (store) => void store.facts.pop()],
    ["a topic's label", (store) => void (store.topics[0] = { ...store.topics[0]!, label: 'Politics' })],
    ['whether a topic is in the summary', (store) => void (store.topics[0] = { ...store.topics[0]!, inSummary: true })],
    ["an article's text", (store) => void (store.articles[0] = { ...store.articles[0]!, sha256: '1'.repeat(64) })],
  ])('GIVEN %s changed THEN the store hash changes', (_, change) => {
    const store = fixtureStore([base, other]);
    const before = storeVersionHash(store);
    change(store);
    expect(storeVersionHash(store)).not.toBe(before);
  });

  test("GIVEN only a topic's description changed THEN the store hash stays", () => {
    const store = fixtureStore([base, other]);
    const before = storeVersionHash(store);
    store.topics[0] = { ...store.topics[0]!, description: 'Who governs' };
    expect(storeVersionHash(store)).toBe(before);
  });
});
