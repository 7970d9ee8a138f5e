import { describe, expect, test } from 'vitest';
import { diffStores } from '../../src/facts/diff/diffStores.js';
import { formatStoreDiff } from '../../src/facts/diff/formatStoreDiff.js';
import type { Fact, FactStatus } from '../../src/facts/schema.js';
import { fixtureFact, fixtureStore } from '../support/fixtureStore.js';

const CORRECTED: FactStatus = { state: 'corrected', on: '2026-11-26', changed: 'claim', reason: 'overstated' };
const RETRACTED: FactStatus = { state: 'retracted', on: '2026-11-26', reason: 'withdrawn' };

const fact = (fields: Partial<Fact> = {}): Fact =>
  fixtureFact({
    id: 'government.resigned',
    claim: 'The government resigned.',
    quote: 'The government resigned in response.',
    span: { start: 0, end: 36 },
    topics: ['government'],
    ...fields,
  });

const diffOf = (before: Fact, after: Fact) => diffStores(fixtureStore([before]), fixtureStore([after]));

describe('diffStores', () => {
  test.each<[string, Fact, Fact, Partial<ReturnType<typeof diffStores>>]>([
    [
      'a claim edited and marked corrected',
      fact(),
      fact({ claim: 'The cabinet resigned.', status: CORRECTED }),
      {
        changed: [],
        corrected: [
          {
            id: 'government.resigned',
            fields: ['claim', 'status'],
            claim: { from: 'The government resigned.', to: 'The cabinet resigned.' },
            on: '2026-11-26',
            changed: 'claim',
            reason: 'overstated',
          },
        ],
      },
    ],
    [
      'a corrected fact edited again with the same correction',
      fact({ status: CORRECTED }),
      fact({ claim: 'The cabinet resigned.', status: CORRECTED }),
      {
        changed: [
          {
            id: 'government.resigned',
            fields: ['claim'],
            claim: { from: 'The government resigned.', to: 'The cabinet resigned.' },
            unmarked: true,
          },
        ],
      },
    ],
    [
      'a retracted fact whose quote is fixed',
      fact({ status: RETRACTED }),
      fact({ quote: 'The government resigned', status: RETRACTED }),
      { changed: [{ id: 'government.resigned', fields: ['quote'], unmarked: false }] },
    ],
    [
      'a fact newly retracted',
      fact(),
      fact({ status: RETRACTED }),
      { retracted: [{ id: 'government.resigned', on: '2026-11-26', reason: 'withdrawn' }], changed: [] },
    ],
    [
      'only the span moved',
      fact(),
      fact({ span: { start: 5, end: 29 } }),
      { changed: [{ id: 'government.resigned', fields: ['span'], unmarked: false }] },
    ],
  ])('GIVEN %s THEN the diff says so', (_, before, after, expected) => {
    expect(diffOf(before, after)).toMatchObject(expected);
  });

  test('GIVEN no committed store THEN every fact is added and there is no version to come from', () => {
    const diff = diffStores(undefined, fixtureStore([fact()]));
    expect(diff).toMatchObject({ added: [{ id: 'government.resigned', claim: 'The government resigned.' }], removed: [] });
    expect(diff.version.from).toBeUndefined();
    expect(formatStoreDiff(diff)).toMatch(/^Store version 1 \(2026-01-01\): no committed store to compare with/);
  });

  test('GIVEN the same store twice THEN the text says there are no changes', () => {
    const store = fixtureStore([fact()]);
    expect(formatStoreDiff(diffStores(store, store))).toBe('No changes: the rebuild matches the committed store (version 1, 2026-01-01).');
  });
});
