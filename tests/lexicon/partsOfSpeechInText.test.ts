import { describe, expect, test } from 'vitest';
import type { PartOfSpeech } from '../../src/lexicon/partOfSpeech.js';
import { partsOfSpeechInText } from '../../src/lexicon/partsOfSpeechInText.js';

describe('the parts of speech of a text’s words', () => {
  test.each<[string, string, PartOfSpeech[]]>([
    ['The protests were caused by rising fuel prices.', 'rising', ['a', 'v']],
    ['Government buildings have been set on fire.', 'fire', ['n']],
    ['Five planes were seized by rioters in the attack on the airport.', 'seized', ['a', 'v']],
    ['Five planes were seized by rioters in the attack on the airport.', 'planes', ['n']],
    ['Discontent remains strong over poor living conditions in some parts of the country.', 'parts', ['n']],
    ['Dozens have been killed in attacks on government buildings in Kazakhstan’s largest city.', 'kazakhstan', ['n']],
    ['The Russian-led alliance sent troops.', 'russian-led', ['a', 'n', 'v']],
  ])('GIVEN "%s" THEN %s is used as %j', (text, word, parts) => {
    expect([...(partsOfSpeechInText(text).get(word) ?? [])].sort()).toEqual(parts);
  });

  test('GIVEN function words and numbers THEN they have no part of speech WordNet lists', () => {
    const parts = partsOfSpeechInText('Eight officers died during the night.');
    expect([...(parts.get('during') ?? [])]).toEqual([]);
    expect([...(parts.get('eight') ?? [])]).toEqual([]);
  });
});
