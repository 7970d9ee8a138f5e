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
    ['resign', 'v', 'step_down'],
    ['protest', 'v', 'protester'],
    ['kill', 'v', 'die'],
    ['kill', 'v', 'perish'],
    ['kill', 'v', 'pass_away'],
    ['die', 'v', 'perish'],
    ['dead', 'a', 'deceased'],
    ['lead', 'v', 'guide'],
    ['set', 'v', 'put'],
  ])('GIVEN %s (%s) THEN %s is among its related words', (lemma, pos, related) => {
    expect([...wordRelations(wordnet, lemma, pos).related]).toContain(related);
  });

  test.each<[string, PartOfSpeech, string, string]>([
    ['kill', 'v', 'go', 'kill causes die, which is only the 17th of the 30 senses of the verb go'],
    ['kill', 'v', 'pass', 'the same die is the 24th of its 25'],
    ['kill', 'v', 'exit', 'a cause counts only for the words it is the first sense of, and die is the third of exit'],
    ['lead', 'v', 'take', 'take has 44 senses, and leading is only its third'],
    ['become', 'v', 'get', 'get has 37 senses, and becoming is only its second'],
    ['rise', 'v', 'uprise', 'rise’s first sense is only uprise’s sixth'],
    ['seize', 'v', 'arrest', 'arresting is a kind of seizing, not a way to say it'],
    ['seize', 'v', 'hijack', 'the same'],
  ])('GIVEN %s (%s) THEN %s is not among its related words: %s', (lemma, pos, word) => {
    expect([...wordRelations(wordnet, lemma, pos).related]).not.toContain(word);
  });

  test('GIVEN the verb seize THEN its kinds are narrower words, but not those of a sense with a category of them', () => {
    const { narrower } = wordRelations(wordnet, 'seize', 'v');
    // Its second sense has ten kinds; its first has more than fifteen, arrest, cop and nab among them.
    expect([...narrower]).toEqual(expect.arrayContaining(['hijack', 'commandeer', 'kidnap', 'wrest']));
    expect([...narrower]).not.toContain('arrest');
    expect([...narrower]).not.toContain('cop');
  });

  test('GIVEN the noun building THEN hotel, library and brothel, among its hundreds of kinds, are no narrower words', () => {
    const { related, narrower } = wordRelations(wordnet, 'building', 'n');
    for (const kind of ['hotel', 'library', 'brothel']) {
      expect([...related]).not.toContain(kind);
      expect([...narrower]).not.toContain(kind);
    }
  });

  test('GIVEN the noun fire THEN inferno and blaze are narrower words, not related ones', () => {
    const { related, narrower } = wordRelations(wordnet, 'fire', 'n');
    expect([...narrower]).toEqual(expect.arrayContaining(['inferno', 'conflagration', 'blaze']));
    expect([...related]).not.toContain('inferno');
  });

  test('GIVEN the noun police THEN names among its kinds (Scotland Yard, the RCMP) are no narrower words', () => {
    const { narrower } = wordRelations(wordnet, 'police', 'n');
    expect([...narrower]).toEqual(expect.arrayContaining(['gendarmerie', 'secret_police']));
    expect([...narrower].filter((word) => word !== word.toLowerCase())).toEqual([]);
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
