import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { buildStore, serializeStore } from '../../src/facts/build/buildStore.js';
import { readDataSources } from '../../src/facts/dataFiles.js';
import { storeVersionHash } from '../../src/facts/factHash.js';
import { readCommittedStore } from '../../src/facts/readCommittedStore.js';
import type { Fact, Store } from '../../src/facts/schema.js';
import { copyDataDir, DATA_DIR, editJson } from '../support/dataDir.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

const TODAY = '2026-12-01';

async function buildFrom(dir: string, previous: Store | undefined = undefined, today = TODAY) {
  const { sources, problems } = await readDataSources(dir);
  const built = buildStore(sources, { previous, today });
  return { ...built, problems: [...problems, ...built.problems] };
}

async function scratch(): Promise<string> {
  const data = await copyDataDir();
  cleanups.push(data.remove);
  return data.dir;
}

const CURATION = 'curation/kazakhstan-unrest.json';

/** Edits one curated fact of the Kazakhstan article in a data folder. */
const editFact = (dir: string, id: string, edit: (fact: any) => void): Promise<void> =>
  editJson(path.join(dir, CURATION), (curation) => {
    edit(curation.facts.find((fact: { id: string }) => fact.id === id));
  });

const byId = (facts: Fact[], id: string): Fact => {
  const fact = facts.find((candidate) => candidate.id === id);
  if (fact === undefined) throw new Error(`no fact ${id}`);
  return fact;
};

describe('buildStore', () => {
  test('GIVEN the same sources twice THEN the serialized stores are byte-identical and equal the committed store', async () => {
    const committed = await readCommittedStore(DATA_DIR);
    const first = await buildFrom(DATA_DIR, committed);
    const second = await buildFrom(DATA_DIR, committed);
    expect(first.problems).toEqual([]);
    expect(serializeStore(first.store)).toBe(serializeStore(second.store));
    expect(serializeStore(first.store)).toBe(await readFile(path.join(DATA_DIR, 'store.json'), 'utf8'));
  });

  test('GIVEN a second article dropped in with its curation THEN the store holds both articles and their facts', async () => {
    const data = await copyDataDir({ withSecondArticle: true });
    cleanups.push(data.remove);
    const { store, problems } = await buildFrom(data.dir);
    expect(problems).toEqual([]);
    expect(store.articles.map((article) => article.id)).toEqual(['almaty-airport-reopens', 'kazakhstan-unrest']);
    const detained = byId(store.facts, 'arrests.more-than-4000-detained');
    expect(detained.attribution).toMatchObject({ name: 'Kazakh Interior Ministry', verb: 'according to' });
    expect(detained.quantities).toEqual([{ text: 'more than 4,000', value: 4000, qualifier: 'more than', counted: 'people detained' }]);
    const reopened = byId(store.facts, 'airport.reopened-to-flights');
    expect(reopened).toMatchObject({ articleId: 'almaty-airport-reopens', time: 'on Saturday', stance: 'attributed' });
    expect(byId(store.facts, 'security-response.order-restored').attribution).toMatchObject({
      asPrinted: 'The ministry',
      name: 'Kazakh Interior Ministry',
    });
  });

  test('GIVEN a curated quote that is not in the article THEN the build names the file, fact and field', async () => {
    const data = await copyDataDir();
    cleanups.push(data.remove);
    await editJson(path.join(data.dir, 'curation/kazakhstan-unrest.json'), (curation) => {
      curation.facts[0].quote = 'Hundreds have been killed.';
    });
    const { problems } = await buildFrom(data.dir);
    expect(problems).toContainEqual({
      file: 'curation/kazakhstan-unrest.json',
      factId: 'casualties.dozens-killed-attacking-buildings',
      field: 'quote',
      message: 'not found verbatim in articles/kazakhstan-unrest.txt',
    });
  });

  test('GIVEN a quote with a count the curator did not describe THEN the build asks what is counted', async () => {
    const data = await copyDataDir();
    cleanups.push(data.remove);
    await editJson(path.join(data.dir, 'curation/kazakhstan-unrest.json'), (curation) => {
      const fact = curation.facts.find((candidate: { id: string }) => candidate.id === 'casualties.security-forces-killed');
      fact.quantities = [];
    });
    const { problems } = await buildFrom(data.dir);
    expect(problems).toContainEqual(expect.objectContaining({ factId: 'casualties.security-forces-killed', field: 'quantities' }));
  });

  test('GIVEN a source the extractor finds but the curation does not know THEN the build names it', async () => {
    const data = await copyDataDir();
    cleanups.push(data.remove);
    await editJson(path.join(data.dir, 'curation/kazakhstan-unrest.json'), (curation) => {
      curation.sources = curation.sources.filter((source: { name: string }) => source.name !== 'TASS');
    });
    const { problems } = await buildFrom(data.dir);
    expect(problems).toContainEqual({
      file: 'curation/kazakhstan-unrest.json',
      factId: 'internet.restored-in-almaty',
      field: 'source',
      message: 'the extractor found the source "Russian news agency Tass", which has no entry in sources',
    });
  });

  test('GIVEN a curation file that breaks the schema THEN the problem names the file and the field', async () => {
    const data = await copyDataDir();
    cleanups.push(data.remove);
    await editJson(path.join(data.dir, 'curation/kazakhstan-unrest.json'), (curation) => {
      curation.facts[1].id = 'Not A Slug';
    });
    const { problems } = await readDataSources(data.dir);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'curation/kazakhstan-unrest.json', field: 'facts.1.id' }));
  });
});

describe('store versions', () => {
  test('GIVEN no previous store THEN the build is version 1, dated today, with the hash of its content', async () => {
    const { store } = await buildFrom(DATA_DIR, undefined, '2026-11-25');
    expect(store.version).toEqual({ number: 1, date: '2026-11-25', hash: storeVersionHash(store) });
  });

  test('GIVEN a previous store with the same content THEN a later build keeps its number and date', async () => {
    const { store: previous } = await buildFrom(DATA_DIR, undefined, '2026-11-25');
    const { store } = await buildFrom(DATA_DIR, previous, '2026-12-24');
    expect(store.version).toEqual(previous.version);
    expect(serializeStore(store)).toBe(serializeStore(previous));
  });

  test('GIVEN a claim changed since the previous store THEN the number goes up by one and the date is today', async () => {
    const { store: previous } = await buildFrom(DATA_DIR, undefined, '2026-11-25');
    const dir = await scratch();
    await editFact(dir, 'government.resigned', (fact) => {
      fact.claim = 'The article reports that the whole government resigned in response to the unrest.';
    });
    const { store } = await buildFrom(dir, { ...previous, version: { ...previous.version, number: 7 } }, '2026-12-24');
    expect(store.version).toMatchObject({ number: 8, date: '2026-12-24' });
    expect(store.version.hash).not.toBe(previous.version.hash);
  });

  test('GIVEN only a fact moved to another topic THEN its hash and the version stay', async () => {
    const { store: previous } = await buildFrom(DATA_DIR, undefined, '2026-11-25');
    const dir = await scratch();
    await editFact(dir, 'government.resigned', (fact) => {
      fact.topics = ['security-response'];
    });
    const { store } = await buildFrom(dir, previous, '2026-12-24');
    expect(byId(store.facts, 'government.resigned').hash).toBe(byId(previous.facts, 'government.resigned').hash);
    expect(store.version).toEqual(previous.version);
  });
});

describe('corrected and retracted facts', () => {
  test.each([
    ['nothing', {}, { state: 'current' }],
    [
      'corrected',
      { corrected: { on: '2026-11-26', changed: 'claim: "resigned" now says who', reason: 'the claim overstated the quote' } },
      { state: 'corrected', on: '2026-11-26', changed: 'claim: "resigned" now says who', reason: 'the claim overstated the quote' },
    ],
    [
      'retracted',
      { retracted: { on: '2026-11-27', reason: 'the article later withdrew the sentence' } },
      { state: 'retracted', on: '2026-11-27', reason: 'the article later withdrew the sentence' },
    ],
  ])('GIVEN a curated fact marked %s THEN the built fact has that status and keeps its id and quote', async (_, marks, status) => {
    const dir = await scratch();
    await editFact(dir, 'government.resigned', (fact) => Object.assign(fact, marks));
    const { store, problems } = await buildFrom(dir);
    expect(problems).toEqual([]);
    expect(byId(store.facts, 'government.resigned')).toMatchObject({
      status,
      quote: 'The government resigned in response to the unrest.',
    });
  });

  test('GIVEN a fact marked retracted THEN its hash changes with it', async () => {
    const { store: before } = await buildFrom(DATA_DIR);
    const dir = await scratch();
    await editFact(dir, 'government.resigned', (fact) => {
      fact.retracted = { on: '2026-11-27', reason: 'withdrawn' };
    });
    const { store: after } = await buildFrom(dir);
    expect(byId(after.facts, 'government.resigned').hash).not.toBe(byId(before.facts, 'government.resigned').hash);
  });

  test('GIVEN a fact marked both corrected and retracted THEN the curation is refused, naming the fact', async () => {
    const dir = await scratch();
    await editFact(dir, 'government.resigned', (fact) => {
      fact.corrected = { on: '2026-11-26', changed: 'claim', reason: 'overstated' };
      fact.retracted = { on: '2026-11-27', reason: 'withdrawn' };
    });
    const { problems } = await readDataSources(dir);
    expect(problems).toContainEqual({
      file: CURATION,
      field: 'facts.20.retracted',
      message:
        'fact "government.resigned" is both corrected and retracted: keep "retracted" if it should no longer be stated, else "corrected"',
    });
  });

  test.each(['2026-02-29', '2026-13-01', '2026-04-31'])(
    'GIVEN a retraction dated %s THEN the curation is refused: no such day',
    async (on) => {
      const dir = await scratch();
      await editFact(dir, 'government.resigned', (fact) => {
        fact.retracted = { on, reason: 'withdrawn' };
      });
      const { problems } = await readDataSources(dir);
      expect(problems).toContainEqual({
        file: CURATION,
        field: 'facts.20.retracted.on',
        message: `fact "government.resigned": "${on}" is not a calendar date`,
      });
    },
  );
});
