import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { formatSource } from '../../src/facts/formatSource.js';
import { loadStore } from '../../src/facts/loadStore.js';
import type { Fact, Store } from '../../src/facts/schema.js';
import { DATA_DIR } from '../support/dataDir.js';

let store: Store;
let article: string;
const fact = (id: string): Fact => {
  const found = store.facts.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no fact ${id}`);
  return found;
};

beforeAll(async () => {
  store = await loadStore(DATA_DIR);
  article = await readFile(path.join(DATA_DIR, 'articles/kazakhstan-unrest.txt'), 'utf8');
});

describe('the Kazakhstan article in the store', () => {
  test('GIVEN the store THEN every quote is the article text at its span', () => {
    for (const { quote, span } of store.facts) expect(article.slice(span.start, span.end)).toBe(quote);
  });

  test.each([
    'Unnamed police official',
    'Sultanat Azirbek, police spokeswoman',
    'Kazakh Interior Ministry',
    'Collective Security Treaty Organization (CSTO), Russian-led military coalition',
    'Kassym-Jomart Tokayev, President of Kazakhstan',
    'Nikol Pashinyan, Armenian Prime Minister, chairman of the CSTO council',
    'NetBlocks, internet watchdog',
    'TASS, Russian news agency',
    'Unnamed deputy mayor',
    'Yan Blagov, photographer for the AP news agency',
    'Vladimir Tretyakov, photographer for the AP news agency',
  ])('GIVEN the store THEN "%s" is cited as a source', (source) => {
    expect(store.facts.map((candidate) => formatSource(candidate.attribution))).toContain(source);
  });

  test.each([
    ['Olis spokeswoman Sultanat Azirbek', 'violence.attempts-to-storm-buildings'],
    ['global watchdog organization Netblox', 'internet.blackout'],
    ['Russian news agency Tass', 'internet.restored-in-almaty'],
    ['that was the same. remained under the rule of the party.', 'background.one-party-rule-since-independence'],
  ])('GIVEN the garbled print "%s" THEN the quote keeps it and a correction says what was printed', (printed, id) => {
    expect(fact(id).quote).toContain(printed);
    expect(fact(id).corrections.some((correction) => printed.includes(correction.printed) || correction.printed.includes(printed))).toBe(true);
  });

  test('GIVEN Tokayev\'s "terrorist bands" THEN it stays his claim, not the article\'s', () => {
    expect(fact('claims.tokayev-terrorist-bands')).toMatchObject({ stance: 'attributed', attribution: { name: 'Kassym-Jomart Tokayev', verb: 'claimed' } });
    expect(fact('claims.tokayev-terrorist-bands').claim).toMatch(/^President Tokayev claimed/);
  });

  test('GIVEN the airport THEN the seized planes and the normal operation dispute each other', () => {
    expect(fact('airport.five-planes-seized')).toMatchObject({ disputedBy: ['airport.operating-normally'], attribution: { asPrinted: 'He', name: 'Kassym-Jomart Tokayev' } });
    expect(fact('airport.operating-normally')).toMatchObject({ disputedBy: ['airport.five-planes-seized'], attribution: { name: 'Unnamed deputy mayor' } });
  });

  test.each([
    ['casualties.law-enforcement-killed-at-least-eight', { text: 'at least eight', value: 8, qualifier: 'at least' }],
    ['casualties.injured-more-than-300', { text: 'more than 300', value: 300, qualifier: 'more than' }],
    ['casualties.attackers-killed', { text: 'dozens', qualifier: 'dozens' }],
  ])('GIVEN %s THEN its count keeps the printed qualifier', (id, quantity) => {
    expect(fact(id).quantities[0]).toMatchObject(quantity);
  });

  test('GIVEN both photo captions THEN each is a fact credited to its photographer', () => {
    const captions = store.facts.filter((candidate) => candidate.attribution.kind === 'photographer');
    expect(captions.map((caption) => caption.attribution.asPrinted)).toEqual(store.articles[0]?.photoCredits);
  });

  test('GIVEN every topic THEN at least one fact carries it', () => {
    for (const topic of store.topics) expect(store.facts.some((candidate) => candidate.topics.includes(topic.id))).toBe(true);
  });
});
