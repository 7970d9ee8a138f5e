import { beforeAll, describe, expect, test } from 'vitest';
import type { WordNet } from '../../src/lexicon/openWordNet.js';
import { openWordNet } from '../../src/lexicon/openWordNet.js';
import type { PartOfSpeech } from '../../src/lexicon/partOfSpeech.js';
import type { Synset } from '../../src/lexicon/parseSynsetLine.js';
import { sensesTheStoreMeans } from '../../src/lexicon/sensesTheStoreMeans.js';

let wordnet: WordNet;
beforeAll(async () => {
  wordnet = await openWordNet();
});

/** The sense of a lemma whose synset holds a given other lemma ("riot" with "howler"). */
function senseWith(lemma: string, pos: PartOfSpeech, member: string): Synset {
  const sense = wordnet
    .senses(lemma, pos)
    .map((offset) => wordnet.synset(pos, offset))
    .find((synset) => synset.lemmas.includes(member));
  if (sense === undefined) throw new Error(`no sense of ${lemma} holds ${member}`);
  return sense;
}

describe('the senses the store means', () => {
  test('GIVEN a store about riots THEN the sense of riot a howler shares is not one it means', () => {
    const meant = sensesTheStoreMeans(wordnet, ['riot', 'rioters', 'police', 'violence'])('riot');
    expect(meant(senseWith('riot', 'n', 'howler'))).toBe(false);
  });

  test('GIVEN a store that says resignation too THEN resign is meant as step down', () => {
    const stepDown = senseWith('resign', 'v', 'step_down');
    expect(sensesTheStoreMeans(wordnet, ['resigned', 'resignation'])('resigned')(stepDown)).toBe(true);
  });

  test('GIVEN a store whose only evidence is the word itself in other forms THEN that is no evidence', () => {
    const stepDown = senseWith('resign', 'v', 'step_down');
    expect(sensesTheStoreMeans(wordnet, ['resigned', 'resigns'])('resigned')(stepDown)).toBe(false);
    const expend = senseWith('use', 'v', 'expend');
    expect(sensesTheStoreMeans(wordnet, ['used', 'using'])('used')(expend)).toBe(false);
  });

  test('GIVEN a store that says fuel THEN gas is meant as gasoline', () => {
    const gasoline = senseWith('gas', 'n', 'gasoline');
    expect(sensesTheStoreMeans(wordnet, ['gas', 'fuel'])('gas')(gasoline)).toBe(true);
    expect(sensesTheStoreMeans(wordnet, ['gas', 'tear'])('gas')(gasoline)).toBe(false);
  });
});
