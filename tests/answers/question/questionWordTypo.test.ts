import { describe, expect, test } from 'vitest';
import { questionWordSlip } from '../../../src/answers/question/questionWordTypo.js';

describe('questionWordSlip', () => {
  test.each([
    ['wich', 'which'],
    ['whcih', 'which'],
    ['wen', 'when'],
    ['wher', 'where'],
    ['wy', 'why'],
    ['hw', 'how'],
  ])('GIVEN "%s" THEN it is a slip of "%s"', (slip, word) => {
    expect(questionWordSlip(slip)).toBe(word);
  });

  test.each(['now', 'here', 'show', 'hat', 'hwo', 'what', 'city', 'were', 'who'])(
    'GIVEN "%s" (a changed or first letter, two question words at once, a word of its own, or no slip at all) THEN it is none',
    (word) => {
      expect(questionWordSlip(word)).toBeUndefined();
    },
  );
});
