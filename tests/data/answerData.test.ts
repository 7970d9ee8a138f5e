import { describe, expect, test } from 'vitest';
import { loadAnswerData } from '../../src/answers/loadAnswerData.js';
import { SynonymsFile } from '../../src/answers/synonyms.js';
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

  test('GIVEN a pair of opposite conditions naming no group THEN the synonyms file is refused, saying which name', () => {
    const parsed = SynonymsFile.safeParse({ groups: [['working', 'operating']], opposites: [['working', 'blackout']] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('no group starts with "blackout"');
  });

});
