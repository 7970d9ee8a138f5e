import { describe, expect, test } from 'vitest';
import { draftSentences } from '../../src/facts/extract/draftSentences.js';
import { findAttributions } from '../../src/facts/extract/findAttributions.js';
import { findQuantities } from '../../src/facts/extract/findQuantities.js';
import { findTimes } from '../../src/facts/extract/findTimes.js';
import { parseQuantity } from '../../src/facts/extract/parseQuantity.js';
import { splitSentences } from '../../src/facts/extract/splitSentences.js';
import { analyze } from '../../src/facts/extract/tokens.js';

const attributionsOf = (sentence: string, lastNamed?: string) =>
  findAttributions(sentence, analyze(sentence).tokens, lastNamed).mentions.map(({ asPrinted, verb, resolvedFrom }) => ({
    asPrinted,
    verb,
    ...(resolvedFrom === undefined ? {} : { resolvedFrom }),
  }));

describe('splitSentences', () => {
  const text = 'Headline here\n\nFirst sentence, a police official said. Second one follows.\n\n\nCaption line (A Person/AP)';

  test('GIVEN paragraphs and sentences THEN each sentence is the article text at its offsets', () => {
    const sentences = splitSentences(text);
    expect(sentences.map((sentence) => sentence.text)).toEqual([
      'Headline here',
      'First sentence, a police official said.',
      'Second one follows.',
      'Caption line (A Person/AP)',
    ]);
    for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(sentences.map((sentence) => sentence.paragraph)).toEqual([0, 1, 1, 2]);
  });
});

describe('findAttributions', () => {
  test.each([
    ['X said', 'The Kazakh Interior Ministry said eight were killed.', [{ asPrinted: 'The Kazakh Interior Ministry', verb: 'said' }]],
    [
      'said X after a comma',
      'The council approved it, said Armenian Prime Minister Nikol Pashinyan.',
      [{ asPrinted: 'Armenian Prime Minister Nikol Pashinyan', verb: 'said' }],
    ],
    [
      'according to X',
      'According to the Kazakh Interior Ministry, more than 300 were injured.',
      [{ asPrinted: 'the Kazakh Interior Ministry', verb: 'according to' }],
    ],
    ['X claimed', 'Mr Tokayev claimed the unrest was led by bands.', [{ asPrinted: 'Mr Tokayev', verb: 'claimed' }]],
    [
      'X reported',
      'Russian news agency Tass reported that service was restored.',
      [{ asPrinted: 'Russian news agency Tass', verb: 'reported' }],
    ],
    [
      'a hyphenated source',
      'Earlier, the Russian-led military coalition said it would help.',
      [{ asPrinted: 'the Russian-led military coalition', verb: 'said' }],
    ],
    [
      'an adverb between source and verb',
      'But the deputy mayor later said the airport was open.',
      [{ asPrinted: 'the deputy mayor', verb: 'said' }],
    ],
    ['a sentence with no source', 'The government resigned in response to the unrest.', []],
    [
      'a photo credit',
      'Riot police on the streets of Almaty (Vladimir Tretyakov / AP)',
      [{ asPrinted: 'Vladimir Tretyakov / AP', verb: 'photographed' }],
    ],
  ])('GIVEN %s THEN the source and verb are found as printed', (_, sentence, expected) => {
    expect(attributionsOf(sentence)).toEqual(expected);
  });

  test('GIVEN "He also said" THEN the pronoun is carried to the last named source', () => {
    expect(attributionsOf('He also said that five planes were seized.', 'Mr Tokayev')).toEqual([
      { asPrinted: 'He', verb: 'said', resolvedFrom: 'Mr Tokayev' },
    ]);
  });

  test('GIVEN a pronoun with no named source before it THEN nothing is attributed to it', () => {
    expect(attributionsOf('He also said that five planes were seized.')).toEqual([]);
  });

  test('GIVEN consecutive sentences THEN the draft carries the speaker across them', () => {
    const drafts = draftSentences('Mr Tokayev claimed it was bands. He also said that five planes were seized.');
    expect(drafts[1]?.attributions[0]).toMatchObject({ asPrinted: 'He', resolvedFrom: 'Mr Tokayev' });
  });
});

describe('times and quantities', () => {
  test.each([
    ['There was unrest in the city on Wednesday.', ['on Wednesday']],
    ['Service was restored in Almaty early Thursday.', ['early Thursday']],
    ['Police have clashed with protesters in recent days.', ['in recent days']],
    ['Hours later, the council approved it.', ['Hours later']],
    ['They declared a two-week state of emergency.', []],
  ])('GIVEN "%s" THEN the times as printed are %j', (sentence, expected) => {
    expect(findTimes(sentence, analyze(sentence)).map((time) => time.text)).toEqual(expected);
  });

  test.each([
    ['At least eight officers have been killed.', ['At least eight']],
    ['More than 300 were injured.', ['More than 300']],
    ['Dozens of attackers were killed.', ['Dozens']],
  ])('GIVEN "%s" THEN the counts keep their qualifiers', (sentence, expected) => {
    expect(findQuantities(sentence, analyze(sentence)).map((quantity) => quantity.text)).toEqual(expected);
  });

  test.each([
    ['at least eight', { value: 8, qualifier: 'at least' }],
    ['more than 300', { value: 300, qualifier: 'more than' }],
    ['more than 4,000', { value: 4000, qualifier: 'more than' }],
    ['dozens', { qualifier: 'dozens' }],
    ['eight', { value: 8, qualifier: 'exact' }],
    ['two-week', { value: 2, qualifier: 'exact' }],
    ['an unspecified number', { qualifier: 'unspecified' }],
  ])('GIVEN "%s" THEN it reads as %j', (text, expected) => {
    expect(parseQuantity(text)).toEqual(expected);
  });
});
