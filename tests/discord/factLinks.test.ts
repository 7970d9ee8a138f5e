import { describe, expect, test } from 'vitest';
import { citedIn } from '../../src/discord/ledger/recordPosted.js';
import { decodeFacts, encodeFacts } from '../../src/discord/render/factLinks.js';
import { fixtureFact, fixtureStore } from '../support/fixtureStore.js';

const first = fixtureFact({ id: 'a.first', claim: 'The first claim.', topics: ['a'] });
const second = fixtureFact({ id: 'a.second', claim: 'The second claim.', topics: ['a'] });
const third = fixtureFact({ id: 'a.third', claim: 'The third claim.', topics: ['a'] });
const revised = fixtureFact({ id: 'a.second', claim: 'The second claim, corrected.', topics: ['a'] });

describe('facts named by their place in the store', () => {
  test('GIVEN a reload that reorders the facts and revises one THEN buttons and the ledger follow the new store', () => {
    const before = fixtureStore([first, second, third]);
    const after = fixtureStore([third, revised, first]);
    const beforeButton = encodeFacts(before, 'old', [second.id, third.id]);
    const afterButton = encodeFacts(after, 'new', [second.id, third.id]);
    expect([beforeButton, afterButton]).toEqual(['old:1.2', 'new:1.0']);
    const [tag, encoded] = afterButton.split(':');
    expect(decodeFacts(after, 'new', tag, encoded)).toEqual([second.id, third.id]);
    expect(citedIn(before, [second.id])).toEqual([{ id: second.id, hash: second.hash }]);
    expect(citedIn(after, [second.id])).toEqual([{ id: second.id, hash: revised.hash }]);
    expect(revised.hash).not.toBe(second.hash);
  });

  test('GIVEN ids cited twice or missing from the store THEN each fact is cited once and the missing are left out', () => {
    const store = fixtureStore([first, second]);
    expect(citedIn(store, [second.id, 'a.gone', second.id, first.id])).toEqual([
      { id: second.id, hash: second.hash },
      { id: first.id, hash: first.hash },
    ]);
    expect(encodeFacts(store, 'tag', ['a.gone', first.id])).toBe('tag:0');
  });
});
