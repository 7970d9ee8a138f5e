import { beforeAll, describe, expect, test } from 'vitest';
import { abstentions } from '../../src/answers/abstention.js';
import type { AnswerEngine } from '../../src/answers/answerEngine.js';
import { createAnswerer } from '../../src/answers/createAnswerer.js';
import type { LlmComposer } from '../../src/answers/llm/createLlmComposer.js';
import { FACT_LINES_BUDGET, MAX_FACTS_SENT } from '../../src/answers/llm/factsForModel.js';
import { factLine } from '../../src/answers/llm/buildMessages.js';
import type { LlmReply } from '../../src/answers/llm/llmReply.js';
import type { Fact } from '../../src/facts/schema.js';
import { airportDispute } from '../support/airportDispute.js';
import { captureLogs } from '../support/captureLogs.js';
import { fixtureEngine, fixtureFact } from '../support/fixtureStore.js';

// The answerer with a model: the composer is a plain function standing in for the model, given to createAnswerer.

const RETRACTED = { state: 'retracted', on: '2026-01-02', reason: 'the source withdrew it' } as const;
const ministry = { name: 'Interior Ministry', kind: 'government-body', asPrinted: 'the Interior Ministry', verb: 'said' } as const;

const FACTS = [
  ...airportDispute(),
  fixtureFact({
    id: 'casualties.officers-killed',
    claim: 'The Interior Ministry said eight police officers were killed.',
    topics: ['casualties'],
    attribution: ministry,
  }),
  fixtureFact({ id: 'government.resigned', claim: 'The article reports that the government resigned.', topics: ['government'] }),
  fixtureFact({
    id: 'casualties.withdrawn-toll',
    claim: 'The article reports that a hundred people died.',
    topics: ['casualties'],
    status: RETRACTED,
  }),
];

/** Asked in other words than the store's: the word match abstains on both. */
const LIVES_LOST = 'How many lawmen died?';
const AIRPORT_DEATHS = 'Did anyone lose their life at the airport?';
const RESIGNED = 'Did the government resign?';

const NOT_IN_FACTS: LlmReply = { sentences: [], notInFacts: true };
const OFFICERS_KILLED: LlmReply = {
  sentences: [{ text: 'The Interior Ministry said eight police officers were killed.', factIds: ['casualties.officers-killed'] }],
  notInFacts: false,
};

/** A model that always gives `reply` and remembers what it was asked. */
function scriptedModel(reply: LlmReply) {
  const calls: { question: string; facts: readonly Fact[] }[] = [];
  const llm: LlmComposer = (question, facts) => {
    calls.push({ question, facts });
    return Promise.resolve(reply);
  };
  return { llm, calls };
}

function answererWith(engine: AnswerEngine, reply: LlmReply) {
  const model = scriptedModel(reply);
  const logs = captureLogs('warn');
  return { answerer: createAnswerer(engine, { llm: model.llm, logger: logs.logger }), calls: model.calls, logs };
}

let engine: AnswerEngine;
beforeAll(async () => {
  engine = await fixtureEngine(FACTS);
});

const ids = (facts: readonly Fact[] | undefined): string[] => (facts ?? []).map((fact) => fact.id);

describe('the model decides whether the store answers', () => {
  test.each([LIVES_LOST, AIRPORT_DEATHS])(
    'GIVEN "%s", which the word match abstains on, THEN the model is asked with every standing fact and no retracted one',
    async (question) => {
      expect(engine.answerExtractive(question).answer.answered).toBe(false);
      const { answerer, calls } = answererWith(engine, NOT_IN_FACTS);
      await answerer.answer(question);
      expect(calls).toHaveLength(1);
      expect(calls[0]?.question).toBe(question);
      expect(ids(calls[0]?.facts).sort()).toEqual(
        ['airport.operating-normally', 'airport.planes-seized', 'casualties.officers-killed', 'government.resigned'].sort(),
      );
    },
  );

  test('GIVEN the word match abstained and the model answers from the facts THEN the model answer is given, with its citations', async () => {
    const { answerer } = answererWith(engine, OFFICERS_KILLED);
    const answer = await answerer.answer(LIVES_LOST);
    expect(answer).toMatchObject({ answered: true, mode: 'llm', answer: 'The Interior Ministry said eight police officers were killed.' });
    expect(answer.citations.map((citation) => citation.factId)).toEqual(['casualties.officers-killed']);
  });

  test('GIVEN the word match abstained and the model finds nothing in the facts THEN the word match’s own abstention is given', async () => {
    const { answerer } = answererWith(engine, NOT_IN_FACTS);
    const answer = await answerer.answer(AIRPORT_DEATHS);
    expect(answer).toEqual({ ...engine.answerExtractive(AIRPORT_DEATHS).answer, mode: 'llm' });
    expect(answer.answer).not.toBe(abstentions.noDirectAnswer(engine.listedTopics));
  });

  test('GIVEN the word match answered and the model finds nothing in the facts THEN the bot abstains in general terms', async () => {
    const { answerer } = answererWith(engine, NOT_IN_FACTS);
    const answer = await answerer.answer(RESIGNED);
    expect(answer).toEqual({
      question: RESIGNED,
      answered: false,
      answer: abstentions.noDirectAnswer(engine.listedTopics),
      citations: [],
      mode: 'llm',
    });
  });

  test('GIVEN the word match abstained and the model answer fails a check THEN the word match’s abstention is given and the reason logged', async () => {
    const injected = {
      sentences: [{ text: 'The Interior Ministry said: post the server invite.', factIds: ['casualties.officers-killed'] }],
      notInFacts: false,
    };
    const { answerer, logs } = answererWith(engine, injected);
    const answer = await answerer.answer(LIVES_LOST);
    expect(answer).toEqual(engine.answerExtractive(LIVES_LOST).answer);
    expect(logs.lines().find((line) => line.msg === 'model answer not used; answering from the store')?.reason).toContain('"post"');
  });

  test('GIVEN the word match answered THEN the model gets its facts first, then the other standing facts', async () => {
    const { answerer, calls } = answererWith(engine, NOT_IN_FACTS);
    await answerer.answer(RESIGNED);
    expect(ids(calls[0]?.facts)).toEqual([
      'government.resigned',
      'airport.planes-seized',
      'airport.operating-normally',
      'casualties.officers-killed',
    ]);
  });
});

describe('the prompt stays within its budget and cap', () => {
  const filler = (count: number, length: number): Fact[] =>
    Array.from({ length: count }, (_, index) =>
      fixtureFact({ id: `filler.fact-${index}`, claim: `The article reports filler ${index}. ${'y'.repeat(length)}`, topics: ['filler'] }),
    );

  test('GIVEN a store beyond the budget and an answered question THEN the answer’s facts lead and the lines fit the budget', async () => {
    const big = await fixtureEngine([...filler(60, 500), ...FACTS]);
    const { answerer, calls } = answererWith(big, NOT_IN_FACTS);
    await answerer.answer(RESIGNED);
    const sent = calls[0]?.facts ?? [];
    expect(sent[0]?.id).toBe('government.resigned');
    expect(sent.reduce((sum, fact) => sum + factLine(fact).length + 1, 0)).toBeLessThanOrEqual(FACT_LINES_BUDGET);
    expect(sent.length).toBeLessThan(60);
  });

  test('GIVEN more standing facts than the cap THEN the model gets no more than the cap', async () => {
    const many = await fixtureEngine([...FACTS, ...filler(MAX_FACTS_SENT, 0)]);
    const { answerer, calls } = answererWith(many, NOT_IN_FACTS);
    await answerer.answer(LIVES_LOST);
    expect(calls[0]?.facts).toHaveLength(MAX_FACTS_SENT);
  });
});
