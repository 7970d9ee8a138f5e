import { describe, expect, test } from 'vitest';
import { loadAnswerData } from '../../src/answers/loadAnswerData.js';
import { normalizeText } from '../../src/answers/vocabulary.js';

describe('the curated question vocabulary', () => {
  test('GIVEN the synonym groups THEN no group repeats a word and every word is written as a question would be', async () => {
    const { synonyms } = await loadAnswerData();
    for (const group of synonyms.groups) {
      expect(new Set(group).size, JSON.stringify(group)).toBe(group.length);
      for (const member of group) expect(normalizeText(member).trim()).toBe(member);
    }
  });

  test('GIVEN the generic question words THEN none is a restrictive word too', async () => {
    const { queryWords } = await loadAnswerData();
    const generic = new Set(queryWords.generic);
    expect(queryWords.restrictive.filter((word) => generic.has(word))).toEqual([]);
  });

});
