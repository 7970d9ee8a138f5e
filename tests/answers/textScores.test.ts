import MiniSearch from 'minisearch';
import { describe, expect, test } from 'vitest';
import { createTextScorer } from '../../src/answers/textScores.js';

const documents = [
  { id: 'f1', claim: 'protesters seized the airport in almaty', quote: 'the airport was seized' },
  { id: 'f2', claim: 'the airport was operating normally', quote: 'airport operating normally' },
  { id: 'f3', claim: 'police officers were killed in almaty', quote: 'eight police officers killed' },
  { id: 'f4', claim: 'fuel prices doubled', quote: 'the price of fuel doubled' },
];

function indexOf(): MiniSearch {
  const search = new MiniSearch({ fields: ['claim', 'quote'], searchOptions: { boost: { claim: 3, quote: 1 } } });
  search.addAll(documents);
  return search;
}

const known = new Set(documents.flatMap((document) => `${document.claim} ${document.quote}`.split(' ')));

describe('createTextScorer', () => {
  test('GIVEN several tokens with their weights THEN facts rank and score exactly as MiniSearch ranks the same query', () => {
    const search = indexOf();
    const weightOf = (token: string): number => (token === 'almaty' ? 0.5 : 1);
    const tokens = ['airport', 'almaty', 'killed', 'fuel'];
    const expected = search
      .search(tokens.join(' '), { boostTerm: weightOf })
      .map((result) => ({ id: String(result.id), score: result.score }));
    const scored = createTextScorer(search, known)(tokens, weightOf);
    expect(scored.map((match) => match.id)).toEqual(expected.map((match) => match.id));
    scored.forEach((match, at) => expect(match.score).toBeCloseTo(expected[at]?.score ?? NaN, 9));
  });

  test('GIVEN a fact matching more of the tokens THEN it outranks one with a higher score for one token', () => {
    const scored = createTextScorer(indexOf(), known)(['airport', 'seized'], () => 1);
    expect(scored[0]?.id).toBe('f1');
  });

  test('GIVEN a token the store does not hold THEN it matches nothing and the others still do', () => {
    const scored = createTextScorer(indexOf(), known)(['tanks', 'fuel'], () => 1);
    expect(scored.map((match) => match.id)).toEqual(['f4']);
  });

  test('GIVEN the same token asked twice in one question THEN it counts once', () => {
    const scorer = createTextScorer(indexOf(), known);
    expect(scorer(['fuel', 'fuel'], () => 1)).toEqual(scorer(['fuel'], () => 1));
  });
});
