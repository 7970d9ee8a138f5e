import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { buildStore, serializeStore } from '../../src/facts/build/buildStore.js';
import { readDataSources } from '../../src/facts/dataFiles.js';
import type { Fact } from '../../src/facts/schema.js';
import { copyDataDir, DATA_DIR, editJson } from '../support/dataDir.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function buildFrom(dir: string) {
  const { sources, problems } = await readDataSources(dir);
  const built = buildStore(sources);
  return { ...built, problems: [...problems, ...built.problems] };
}

const byId = (facts: Fact[], id: string): Fact => {
  const fact = facts.find((candidate) => candidate.id === id);
  if (fact === undefined) throw new Error(`no fact ${id}`);
  return fact;
};

describe('buildStore', () => {
  test('GIVEN the same sources twice THEN the serialized stores are byte-identical and equal the committed store', async () => {
    const first = await buildFrom(DATA_DIR);
    const second = await buildFrom(DATA_DIR);
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
