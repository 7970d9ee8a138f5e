import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Lexicon, LexiconFile } from '../../src/answers/lexicon.js';
import { buildLexicon, LEXICON_FILE, loadLexicon } from '../../src/answers/lexicon.js';
import { loadStore } from '../../src/facts/loadStore.js';
import { buildLexiconFile } from '../../src/lexicon/buildLexiconFile.js';
import { openWordNet } from '../../src/lexicon/openWordNet.js';
import { serializeLexicon } from '../../src/lexicon/serializeLexicon.js';
import { storeWords } from '../../src/lexicon/storeWords.js';
import { DATA_DIR } from '../support/dataDir.js';

let file: LexiconFile;
let lexicon: Lexicon;
let terms: string[];
beforeAll(async () => {
  file = await loadLexicon(DATA_DIR);
  lexicon = buildLexicon(file);
  terms = storeWords(await loadStore(DATA_DIR)).map(({ term }) => term);
});

describe('the committed lexicon', () => {
  test('GIVEN the committed store THEN data/lexicon.json is what `npm run lexicon:build` writes from it', async () => {
    const fresh = serializeLexicon(buildLexiconFile(await loadStore(DATA_DIR), await openWordNet()));
    const committed = await readFile(path.join(DATA_DIR, LEXICON_FILE), 'utf8');
    expect(committed === fresh, 'data/lexicon.json is stale: run `npm run lexicon:build` and commit it').toBe(true);
  });

  test.each([
    ['perish', 'killed'],
    ['perished', 'killed'],
    ['died', 'killed'],
    ['died', 'deaths'],
    ['passed away', 'killed'],
    ['killer', 'killed'],
    ['demonstrator', 'protesters'],
    ['demonstrators', 'protesters'],
    ['flames', 'fire'],
    ['hurt', 'injured'],
    ['stepped down', 'resigned'],
    ['quit', 'resigned'],
    ['aeroplanes', 'planes'],
    ['aerodrome', 'airport'],
    ['lachrymator', 'tear gas'],
    ['gasoline', 'gas'],
    ['deceased', 'dead'],
    ['Alma-Ata', 'almaty'],
  ])('GIVEN the question word %s THEN the lexicon relates it to the store word %s', (question, storeWord) => {
    expect(terms, `${storeWord} is not a store word`).toContain(storeWord);
    expect(lexicon.storeWordsFor(question)).toContain(storeWord);
  });

  test.each([
    ['inferno', 'fire'],
    ['blaze', 'fire'],
    ['demonstration', 'protests'],
    ['demonstrations', 'protests'],
    ['hijacked', 'seized'],
    ['torched', 'burned'],
  ])('GIVEN the question word %s THEN it is narrower than the store word %s, which it does not stand for', (question, storeWord) => {
    expect(lexicon.narrowerStoreWordsFor(question)).toContain(storeWord);
    expect(lexicon.storeWordsFor(question)).not.toContain(storeWord);
  });

  test.each([
    // A kind of seizing, not a paraphrase of it: the store says planes were seized, not that anyone was arrested.
    ['arrest', 'seized'],
    ['arrested', 'seizure'],
    ['cop', 'seized'],
    // The noun rising is an uprising; the store's "rising fuel prices" is not.
    ['uprising', 'rising'],
    ['revolt', 'rising'],
    ['rebellion', 'rising'],
    // A blaze is a kind of fire, and the verb a kind of departing; the store's "parts" of the country is neither.
    ['blaze', 'parts'],
    ['sack', 'gaining'],
    ['howler', 'riot'],
    ['howler', 'riots'],
    // Kill causes die, and die's synset holds go, pass and exit, which mean dying only now and then.
    ['go', 'killed'],
    ['pass', 'killed'],
    ['exit', 'killed'],
    ['exit', 'deaths'],
  ])('GIVEN the question word %s THEN the lexicon does not relate it to %s', (question, storeWord) => {
    expect(terms, `${storeWord} is not a store word`).toContain(storeWord);
    expect(lexicon.storeWordsFor(question)).not.toContain(storeWord);
  });

  test('GIVEN arrest THEN no store word stands for it', () => {
    expect(lexicon.storeWordsFor('arrest')).toEqual([]);
    expect(lexicon.storeWordsFor('arrests')).toEqual([]);
  });

  test.each([
    ['hotel', 'buildings'],
    ['library', 'buildings'],
    ['brothel', 'building'],
    ['quartz', 'mineral'],
    ['feldspar', 'mineral'],
    ['murder', 'killed'],
  ])('GIVEN %s, one of a category of hundreds under %s THEN the lexicon leads nowhere by it', (question, storeWord) => {
    expect(lexicon.storeWordsFor(question)).not.toContain(storeWord);
    expect(lexicon.narrowerStoreWordsFor(question)).not.toContain(storeWord);
  });

  test('GIVEN alive THEN the lexicon knows it as the opposite of the store word dead', () => {
    expect(lexicon.antonymsOf('alive')).toContain('dead');
    expect(lexicon.storeWordsFor('alive')).not.toContain('dead');
  });

  test('GIVEN a word unrelated to the store THEN the lexicon leads nowhere', () => {
    expect(lexicon.storeWordsFor('banana')).toEqual([]);
    expect(lexicon.storeWordsFor('')).toEqual([]);
  });

  test('GIVEN the store words THEN none is an entry: the store covers them already', () => {
    expect(terms.filter((term) => term in file.related || term in file.narrower)).toEqual([]);
  });

  test('GIVEN the phrases THEN multi-word entries are listed as words, longest first', () => {
    expect(lexicon.phrases).toContainEqual(['pass', 'away']);
    const lengths = lexicon.phrases.map((phrase) => phrase.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
    expect(lexicon.phrases.every((phrase) => phrase.length > 1)).toBe(true);
  });
});
