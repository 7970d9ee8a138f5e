import { beforeAll, describe, expect, test } from 'vitest';
import type { WordNet } from '../../src/lexicon/openWordNet.js';
import { openWordNet } from '../../src/lexicon/openWordNet.js';
import type { PartOfSpeech } from '../../src/lexicon/partOfSpeech.js';
import { wordRelations } from '../../src/lexicon/wordRelations.js';

let wordnet: WordNet;
beforeAll(async () => {
  wordnet = await openWordNet();
});

describe('the WordNet reader', () => {
  test('GIVEN the verb kill THEN murder is a direct hyponym of one of its first senses', () => {
    const hyponyms = wordnet
      .senses('kill', 'v')
      .slice(0, 3)
      .flatMap((offset) => wordnet.synset('v', offset).pointers.filter((pointer) => pointer.symbol === '~'))
      .flatMap((pointer) => wordnet.synset(pointer.pos, pointer.offset).lemmas);
    expect(hyponyms).toContain('murder');
  });

  test.each<[string, PartOfSpeech, string]>([
    ['resign', 'v', 'resignation'],
    ['protest', 'v', 'protester'],
    ['kill', 'v', 'die'],
    ['kill', 'v', 'slay'],
    ['die', 'v', 'perish'],
    ['dead', 'a', 'deceased'],
  ])('GIVEN %s (%s) THEN %s is among its related words', (lemma, pos, related) => {
    expect([...wordRelations(wordnet, lemma, pos).related]).toContain(related);
  });

  test('GIVEN the verb fire THEN dismiss, its fourth sense, is not among its related words', () => {
    expect([...wordRelations(wordnet, 'fire', 'v').related]).not.toContain('dismiss');
  });

  test('GIVEN the adjective dead THEN alive is its antonym and not a related word', () => {
    const { related, antonyms } = wordRelations(wordnet, 'dead', 'a');
    expect([...antonyms]).toContain('alive');
    expect([...related]).not.toContain('alive');
  });

  test('GIVEN the verb resign THEN a derived form of its synonym give up is not taken for its own', () => {
    // "+" pointers join single words; "resign" shares a synset with "give up", whose derivations are not resign's.
    const { related } = wordRelations(wordnet, 'resign', 'v');
    expect([...related]).not.toContain('giving up');
  });

  test.each<[string, string, PartOfSpeech]>([
    ['killed', 'kill', 'v'],
    ['protests', 'protest', 'n'],
    ['protesters', 'protester', 'n'],
    ['injured', 'injure', 'v'],
    ['largest', 'large', 'a'],
    ['began', 'begin', 'v'],
    ['troops', 'troops', 'n'],
    ['planes', 'plane', 'v'],
  ])('GIVEN the store word %s THEN WordNet files it under %s (%s)', (word, lemma, pos) => {
    expect(wordnet.baseForms(word)).toContainEqual({ lemma, pos });
  });

  test('GIVEN gas THEN it is read as gas, not as the plural of GA, and began is no noun', () => {
    expect(wordnet.baseForms('gas').filter(({ pos }) => pos === 'n')).toEqual([{ lemma: 'gas', pos: 'n' }]);
    expect(wordnet.baseForms('began')).toEqual([{ lemma: 'begin', pos: 'v' }]);
  });
});
