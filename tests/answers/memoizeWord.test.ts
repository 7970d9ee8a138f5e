import { describe, expect, test } from 'vitest';
import { memoizeWord } from '../../src/answers/memoizeWord.js';

describe('memoizeWord', () => {
  test('GIVEN the same word twice THEN it is worked out once and the same value comes back', () => {
    let calls = 0;
    const length = memoizeWord((word) => {
      calls += 1;
      return word.length;
    });
    expect([length('airport'), length('airport'), length('cstO')]).toEqual([7, 7, 4]);
    expect(calls).toBe(2);
  });

  test('GIVEN a value that is undefined THEN that too is remembered', () => {
    let calls = 0;
    const nothing = memoizeWord(() => {
      calls += 1;
      return undefined;
    });
    nothing('x');
    nothing('x');
    expect(calls).toBe(1);
  });

  test('GIVEN more words than it holds THEN it starts over rather than grow, and still answers right', () => {
    let calls = 0;
    const upper = memoizeWord((word) => {
      calls += 1;
      return word.toUpperCase();
    }, 2);
    expect(['a', 'b', 'c', 'a'].map(upper)).toEqual(['A', 'B', 'C', 'A']);
    expect(calls).toBe(4);
  });
});
