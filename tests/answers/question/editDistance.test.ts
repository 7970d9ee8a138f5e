import { describe, expect, test } from 'vitest';
import { editDistance } from '../../../src/answers/question/editDistance.js';

describe('editDistance', () => {
  test.each([
    ['airprot', 'airport', 1],
    ['agianst', 'against', 1],
    ['polce', 'police', 1],
    ['pollice', 'police', 1],
    ['polise', 'police', 1],
    ['airprott', 'airport', 2],
    ['kitten', 'sitting', 3],
    ['airport', 'airport', 0],
    ['', 'gas', 3],
  ])('GIVEN "%s" and "%s" THEN they are %i edits apart', (a, b, expected) => {
    expect(editDistance(a, b, 5)).toBe(expected);
    expect(editDistance(b, a, 5)).toBe(expected);
  });

  test('GIVEN two adjacent letters swapped THEN that is one edit, where plain Levenshtein counts two', () => {
    expect(editDistance('airprot', 'airport', 1)).toBe(1);
  });

  test.each([
    ['kitten', 'sitting', 1],
    ['abcdef', 'uvwxyz', 2],
    ['gas', 'liquefied', 2],
    ['protesters', 'ministry', 0],
  ])('GIVEN "%s" and "%s" further apart than a limit of %i THEN it gives up and says limit + 1', (a, b, limit) => {
    expect(editDistance(a, b, limit)).toBe(limit + 1);
  });

  test('GIVEN a distance exactly at the limit THEN the distance itself is given', () => {
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
  });
});
