import { beforeAll, describe, expect, test } from 'vitest';
import type { AnswerEngine } from '../../src/answers/answerEngine.js';
import { createAnswerEngine } from '../../src/answers/answerEngine.js';
import { createAnswerer } from '../../src/answers/createAnswerer.js';
import { loadAnswerData } from '../../src/answers/loadAnswerData.js';
import { loadStore } from '../../src/facts/loadStore.js';
import { captureLogs } from '../support/captureLogs.js';

// Answers are remembered per question: asking again must give exactly what working it out afresh gives.

let engine: AnswerEngine;
beforeAll(async () => {
  const answerData = await loadAnswerData();
  engine = createAnswerEngine(await loadStore(), answerData);
});

const afresh = (question: string, related = false) => engine.answerExtractive(question, { related }).answer;

describe('the extractive answerer', () => {
  test('GIVEN the same words as a question and as a message to relate THEN each gets its own kind of answer', async () => {
    const answerer = createAnswerer(engine, { logger: captureLogs().logger });
    const text = 'Tokayev said the airport was seized by terrorists';
    expect(await answerer.answer(text)).toEqual(afresh(text));
    expect(await answerer.answer(text, { related: true })).toEqual(afresh(text, true));
    expect(await answerer.answer(text)).toEqual(afresh(text));
  });

  test('GIVEN thousands of long questions since THEN an early question is still answered as it was', async () => {
    const answerer = createAnswerer(engine, { logger: captureLogs().logger });
    const early = 'Did the government resign?';
    const first = await answerer.answer(early);
    expect(first.answered).toBe(true);
    for (let index = 0; index < 2_500; index += 1) await answerer.answer(`${'why '.repeat(100)}protest number ${index}`);
    expect(await answerer.answer(early)).toEqual(first);
  });
});
