import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createAnswerEngine } from '../../src/answers/answerEngine.js';
import { loadAnswerData } from '../../src/answers/loadAnswerData.js';
import { factsForTopic } from '../../src/facts/factsForTopic.js';
import { loadStore } from '../../src/facts/loadStore.js';
import type { FactStatus, Store } from '../../src/facts/schema.js';
import { copyDataDir, DATA_DIR, editJson } from '../support/dataDir.js';
import { airportDispute } from '../support/airportDispute.js';
import { fixtureEngine, fixtureFact, fixtureStore } from '../support/fixtureStore.js';
import { runCli } from '../support/runCli.js';

const RETRACTED: FactStatus = { state: 'retracted', on: '2026-11-26', reason: 'the source withdrew it' };

const FACTS = [
  ...airportDispute({ status: RETRACTED }),
  fixtureFact({
    id: 'government.resigned',
    claim: 'The article reports that the government resigned.',
    topics: ['government'],
    status: RETRACTED,
  }),
  fixtureFact({
    id: 'internet.restored',
    claim: 'The article reports that internet service was restored early Thursday in Almaty.',
    topics: ['internet'],
    time: 'early Thursday',
    status: { state: 'corrected', on: '2026-11-26', changed: 'claim: adds "in Almaty"', reason: 'the quote names the city' },
  }),
];

describe('retracted and corrected facts in answers', () => {
  test('GIVEN the only fact on a question is retracted THEN the engine abstains', async () => {
    const engine = await fixtureEngine(FACTS);
    expect(engine.answerExtractive('Did the government resign?').answer).toMatchObject({ answered: false, citations: [] });
  });

  test('GIVEN one side of a dispute is retracted THEN the other is cited alone and never joined by it', async () => {
    const engine = await fixtureEngine(FACTS);
    const { answer, candidates } = engine.answerExtractive('What happened at the airport?');
    expect(answer.citations.map((citation) => citation.factId)).toEqual(['airport.planes-seized']);
    expect(candidates.map((fact) => fact.id)).not.toContain('airport.operating-normally');
  });

  test("GIVEN a question about what a retracted fact's source said THEN that source is not offered as quoted", async () => {
    const engine = await fixtureEngine(FACTS);
    expect(engine.answerExtractive('What did the deputy mayor say?').answer.answered).toBe(false);
  });

  test('GIVEN a corrected fact THEN it answers with its corrected claim', async () => {
    const engine = await fixtureEngine(FACTS);
    const { answer } = engine.answerExtractive('Was the internet restored?');
    expect(answer.citations[0]?.factId).toBe('internet.restored');
    expect(answer.answer).toContain('restored early Thursday in Almaty');
  });

  test('GIVEN a topic with a retracted fact THEN its topic page facts leave it out', () => {
    const store: Store = fixtureStore(FACTS);
    expect(factsForTopic(store, 'airport').map((fact) => fact.id)).toEqual(['airport.planes-seized']);
    expect(factsForTopic(store, 'government')).toEqual([]);
  });
});

describe('a fact retracted in the real data', () => {
  const QUESTION = 'Did the government resign?';
  let scratch: { dir: string; remove: () => Promise<void> };
  beforeAll(async () => {
    scratch = await copyDataDir();
    await editJson(path.join(scratch.dir, 'curation/kazakhstan-unrest.json'), (curation) => {
      const fact = curation.facts.find((candidate: { id: string }) => candidate.id === 'government.resigned');
      fact.retracted = { on: '2026-11-26', reason: 'the article did not say which government body resigned' };
    });
  });
  afterAll(() => scratch.remove());

  const engineFor = async (dir: string) => {
    const answerData = await loadAnswerData(dir);
    return createAnswerEngine(await loadStore(dir), answerData);
  };

  test('GIVEN the committed store THEN the question is answered from government.resigned', async () => {
    const { answer } = (await engineFor(DATA_DIR)).answerExtractive(QUESTION);
    expect(answer.citations.map((citation) => citation.factId)).toContain('government.resigned');
  });

  test('GIVEN that fact retracted and the store rebuilt THEN no answer or candidate cites it, though the store keeps it', async () => {
    const build = await runCli('src/cli/factsBuild.ts', ['--data', scratch.dir]);
    expect(build.code).toBe(0);
    const engine = await engineFor(scratch.dir);
    expect(engine.store.facts.find((fact) => fact.id === 'government.resigned')?.status.state).toBe('retracted');
    const { answer, candidates } = engine.answerExtractive(QUESTION);
    expect(answer.citations.map((citation) => citation.factId)).not.toContain('government.resigned');
    expect(candidates.map((fact) => fact.id)).not.toContain('government.resigned');
  });
});
