import { describe, expect, test } from 'vitest';
import { buildSpellingIndex, editAllowance } from '../../../src/answers/question/spellingIndex.js';

/** Words a question may misspell, the store's own first, as the engine ranks them. */
const STORE_WORDS = ['airport', 'police', 'government', 'protesters', 'peacekeepers', 'emergency', 'curfew'];
/** Common words: a misspelling reaches one of them only by one swapped or changed letter. */
const COMMON_WORDS = ['against', 'face', 'being', 'about', 'where'];
const common = new Set(COMMON_WORDS);
const index = buildSpellingIndex([...STORE_WORDS, ...COMMON_WORDS], (word) => common.has(word));

describe('editAllowance', () => {
  test.each([
    [3, 0],
    [4, 1],
    [5, 1],
    [6, 2],
    [10, 2],
  ])('GIVEN a word of %i letters THEN %i edits are allowed', (length, allowance) => {
    expect(editAllowance(length)).toBe(allowance);
  });
});

describe('the spelling index', () => {
  test.each([
    ['polce', 'police', 'a dropped letter'],
    ['pollice', 'police', 'an added letter'],
    ['polise', 'police', 'a changed letter'],
    ['poilce', 'police', 'two letters swapped'],
    ['airprot', 'airport', 'two letters swapped'],
    ['iarport', 'airport', 'the first two letters swapped'],
    ['curfwe', 'curfew', 'the last two letters swapped'],
    ['goverment', 'government', 'a dropped letter in a long word'],
    ['emergncy', 'emergency', 'a dropped letter in a long word'],
  ])('GIVEN "%s" THEN it finds "%s" (%s)', (misspelt, known) => {
    expect(index.correct(misspelt)).toBe(known);
  });

  test.each([
    ['airprott', 'airport'],
    ['protestres', 'protesters'],
    ['peacekepeers', 'peacekeepers'],
  ])('GIVEN "%s", two letters swapped and one more edit THEN it finds "%s"', (misspelt, known) => {
    expect(index.correct(misspelt)).toBe(known);
  });

  // BUG: spellingIndex.ts says two deletions on the misspelt side "reach a transposition plus a dropped letter", but a
  // misspelling that drops a letter is shorter than every key of the known word (the word and its one-letter deletions),
  // so deleting more from it never meets one: only a transposition plus an *added* letter is found (above).
  test.each([
    ['aiprot', 'airport'],
    ['govrenmnt', 'government'],
    ['emregncy', 'emergency'],
  ])('GIVEN "%s", two letters swapped and one dropped THEN it finds "%s"', (misspelt, known) => {
    expect(index.correct(misspelt)).toBe(known);
  });

  test('GIVEN a misspelling equally close to two words THEN the earlier-ranked word wins', () => {
    expect(buildSpellingIndex(['cart', 'card'], () => false).correct('carx')).toBe('cart');
    expect(buildSpellingIndex(['card', 'cart'], () => false).correct('carx')).toBe('card');
  });

  test('GIVEN a misspelling closer to a later word THEN the closer word wins over rank', () => {
    expect(buildSpellingIndex(['protests', 'protesters'], () => false).correct('protestres')).toBe('protesters');
  });

  test.each(['gsa', 'pol', 'ab', 'x'])('GIVEN the short word "%s" THEN nothing is offered', (word) => {
    expect(buildSpellingIndex(['gas', 'police', 'about'], () => false).correct(word)).toBeUndefined();
  });

  test('GIVEN a known word shorter than three letters THEN no misspelling is read as it', () => {
    expect(buildSpellingIndex(['un'], () => false).correct('unn')).toBeUndefined();
  });

  test.each([
    ['airport', 'airport'],
    ['against', 'against'],
  ])('GIVEN the known word "%s" THEN it stands as itself', (word, known) => {
    expect(index.correct(word)).toBe(known);
  });

  test.each(['zzzzzz', 'kremlin', 'tokayev'])('GIVEN "%s", near no known word THEN nothing is offered', (word) => {
    expect(index.correct(word)).toBeUndefined();
  });
});

describe('a common word is reached only by one swapped or changed letter', () => {
  test.each([
    ['agianst', 'against'],
    ['agaisnt', 'against'],
    ['agbinst', 'against'],
    ['bieng', 'being'],
    ['wehre', 'where'],
  ])('GIVEN "%s" THEN it becomes "%s"', (misspelt, known) => {
    expect(index.correct(misspelt)).toBe(known);
  });

  test.each([
    ['france', 'face'],
    ['beijing', 'being'],
    ['agnst', 'against'],
  ])('GIVEN "%s", two edits from "%s", THEN it does not become that common word', (word) => {
    expect(index.correct(word)).toBeUndefined();
  });

  test.each([
    ['aginst', 'against'],
    ['againstt', 'against'],
    ['abouut', 'about'],
  ])('GIVEN "%s", one dropped or added letter from "%s", THEN it becomes that common word', (word, meant) => {
    expect(index.correct(word)).toBe(meant);
  });

  test('GIVEN the same dropped letter in a store word THEN the store word is still found', () => {
    expect(index.correct('polce')).toBe('police');
  });
});
