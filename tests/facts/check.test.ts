import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { serializeStore } from '../../src/facts/build/buildStore.js';
import { rebuildFromData } from '../../src/facts/build/rebuildFromData.js';
import { checkData } from '../../src/facts/check/checkData.js';
import { loadStore } from '../../src/facts/loadStore.js';
import { StoreInvalidError } from '../../src/facts/problem.js';
import { copyDataDir, DATA_DIR, editJson } from '../support/dataDir.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function scratch(): Promise<string> {
  const data = await copyDataDir();
  cleanups.push(data.remove);
  return data.dir;
}

const findFact = (store: { facts: { id: string }[] }, id: string): any => store.facts.find((fact) => fact.id === id);

describe('checkData', () => {
  test('GIVEN the committed data THEN it passes every check', async () => {
    expect(await checkData(DATA_DIR)).toEqual([]);
  });

  test.each([
    [
      'a quote that is not the article text at its span',
      'store.json',
      (store: any) => {
        findFact(store, 'government.resigned').span.start += 1;
      },
      { file: 'store.json', factId: 'government.resigned', field: 'quote' },
    ],
    [
      'an id that repeats',
      'store.json',
      (store: any) => {
        store.facts[1].id = store.facts[0].id;
      },
      { file: 'store.json', factId: 'casualties.dozens-killed-attacking-buildings', field: 'id' },
    ],
    [
      'a one-sided dispute link',
      'store.json',
      (store: any) => {
        findFact(store, 'airport.operating-normally').disputedBy = [];
      },
      { file: 'store.json', factId: 'airport.five-planes-seized', field: 'disputedBy' },
    ],
    [
      'a claim edited in the store by hand',
      'store.json',
      (store: any) => {
        findFact(store, 'government.resigned').claim = 'The government fell.';
      },
      { file: 'store.json', factId: 'government.resigned', field: 'claim' },
    ],
    [
      'a hash edited in the store by hand',
      'store.json',
      (store: any) => {
        findFact(store, 'government.resigned').hash = 'ffffffffffff';
      },
      { file: 'store.json', factId: 'government.resigned', field: 'hash' },
    ],
    [
      'a retraction dated on no real day, edited in the store',
      'store.json',
      (store: any) => {
        findFact(store, 'government.resigned').status = { state: 'retracted', on: '2026-02-30', reason: 'withdrawn' };
      },
      { file: 'store.json', factId: 'government.resigned', field: 'status.on', message: '"2026-02-30" is not a calendar date' },
    ],
    [
      'a dispute whose other side is retracted',
      'curation/kazakhstan-unrest.json',
      (curation: any) => {
        findFact(curation, 'airport.operating-normally').retracted = { on: '2026-11-26', reason: 'the deputy mayor withdrew it' };
      },
      {
        file: 'store (rebuilt)',
        factId: 'airport.five-planes-seized',
        field: 'disputedBy',
        message:
          'links to "airport.operating-normally", which is retracted: answers would show this fact as undisputed; remove the link from both facts',
      },
    ],
    [
      'a sentence neither covered nor excluded',
      'curation/kazakhstan-unrest.json',
      (curation: any) => {
        curation.facts = curation.facts.filter((fact: { id: string }) => fact.id !== 'government.resigned');
      },
      { file: 'curation/kazakhstan-unrest.json', field: 'excluded' },
    ],
    [
      'an exclusion that names no sentence',
      'curation/kazakhstan-unrest.json',
      (curation: any) => {
        curation.excluded.push({ sentence: 'A sentence the article never printed.', reason: 'testing' });
      },
      { file: 'curation/kazakhstan-unrest.json', field: 'excluded.1.sentence' },
    ],
    [
      'a fact with an unknown topic',
      'curation/kazakhstan-unrest.json',
      (curation: any) => {
        curation.facts[0].topics = ['weather'];
      },
      { file: 'curation/kazakhstan-unrest.json', factId: 'casualties.dozens-killed-attacking-buildings', field: 'topics' },
    ],
  ])('GIVEN %s THEN the check fails naming the file, fact and field', async (_, file, edit, expected) => {
    const dir = await scratch();
    await editJson(path.join(dir, file), edit);
    const problems = await checkData(dir);
    expect(problems).toContainEqual(expect.objectContaining(expected));
  });

  test('GIVEN a retracted fact, built THEN its sentence still counts as covered and every check passes', async () => {
    const dir = await scratch();
    await editJson(path.join(dir, 'curation/kazakhstan-unrest.json'), (curation) => {
      findFact(curation, 'government.resigned').retracted = { on: '2026-11-26', reason: 'withdrawn' };
    });
    const { rebuilt, problems } = await rebuildFromData(dir, '2026-11-26');
    expect(problems).toEqual([]);
    await writeFile(path.join(dir, 'store.json'), serializeStore(rebuilt));
    expect(await checkData(dir, '2026-11-27')).toEqual([]);
  });

  test('GIVEN a dispute whose sides are both unlinked when one is retracted THEN every check passes', async () => {
    const dir = await scratch();
    await editJson(path.join(dir, 'curation/kazakhstan-unrest.json'), (curation) => {
      Object.assign(findFact(curation, 'airport.operating-normally'), {
        retracted: { on: '2026-11-26', reason: 'withdrawn' },
        disputedBy: [],
      });
      findFact(curation, 'airport.five-planes-seized').disputedBy = [];
    });
    const { rebuilt } = await rebuildFromData(dir, '2026-11-26');
    await writeFile(path.join(dir, 'store.json'), serializeStore(rebuilt));
    expect(await checkData(dir, '2026-11-27')).toEqual([]);
  });

  test('GIVEN a store whose quote moved THEN loadStore refuses it with the same message', async () => {
    const dir = await scratch();
    await editJson(path.join(dir, 'store.json'), (store) => {
      findFact(store, 'government.resigned').span.end -= 2;
    });
    const refusal = loadStore(dir);
    await expect(refusal).rejects.toBeInstanceOf(StoreInvalidError);
    await expect(refusal).rejects.toThrow(/store\.json: government\.resigned: quote: is not the article's text at \d+-\d+/);
  });
});
