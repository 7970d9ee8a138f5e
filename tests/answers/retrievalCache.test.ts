import { describe, expect, test } from 'vitest';
import type { AnswerEngine, AnswerOptions, Retrieval } from '../../src/answers/answerEngine.js';
import { retrievalCache } from '../../src/answers/retrievalCache.js';

/** An engine that counts how often it works an answer out. */
function countingEngine(): { engine: AnswerEngine; worked: string[] } {
  const worked: string[] = [];
  const engine = {
    answerExtractive(question: string, options: AnswerOptions = {}): Retrieval {
      worked.push(`${options.related === true ? 'related' : 'asked'}:${question}`);
      return { answer: { question, answered: false, answer: `about ${question}`, citations: [], mode: 'extractive' }, candidates: [] };
    },
  } as AnswerEngine;
  return { engine, worked };
}

describe('retrievalCache', () => {
  test('GIVEN a question asked for the first time THEN its answer is not kept, and asked again it is worked out again', () => {
    const { engine, worked } = countingEngine();
    const retrieve = retrievalCache(engine);
    retrieve('why did the protests start?');
    retrieve('why did the protests start?');
    expect(worked).toEqual(['asked:why did the protests start?', 'asked:why did the protests start?']);
  });

  test('GIVEN a question asked a second time THEN from then on it is answered from memory, with the same answer', () => {
    const { engine, worked } = countingEngine();
    const retrieve = retrievalCache(engine);
    const first = retrieve('is the internet back?');
    const second = retrieve('is the internet back?');
    const third = retrieve('is the internet back?');
    const fourth = retrieve('is the internet back?');
    expect(worked).toHaveLength(2);
    expect([first.answer.answer, second.answer.answer]).toEqual(['about is the internet back?', 'about is the internet back?']);
    expect(third).toBe(second);
    expect(fourth).toBe(second);
  });

  test('GIVEN the same words asked and as a related lookup THEN each is remembered apart', () => {
    const { engine, worked } = countingEngine();
    const retrieve = retrievalCache(engine);
    for (let round = 0; round < 3; round += 1) {
      retrieve('the airport');
      retrieve('the airport', { related: true });
    }
    expect(worked).toEqual(['asked:the airport', 'related:the airport', 'asked:the airport', 'related:the airport']);
  });
});
