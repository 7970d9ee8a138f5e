import { beforeAll } from 'vitest';
import type { Answer } from '../../src/answers/answer.js';
import type { AnswerEngine } from '../../src/answers/answerEngine.js';
import { createAnswerEngine } from '../../src/answers/answerEngine.js';
import { loadAnswerData } from '../../src/answers/loadAnswerData.js';
import { loadStore } from '../../src/facts/loadStore.js';

/**
 * The answer engine over the shipped store and answer data, built once before a spec file's tests: `ask` gives the
 * extractive answer to a question, `citedIds` the ids of the facts it cites.
 */
export function useShippedEngine(): {
  engine: () => AnswerEngine;
  ask: (question: string) => Answer;
  citedIds: (question: string) => string[];
} {
  let built: AnswerEngine | undefined;
  beforeAll(async () => {
    const [store, answerData] = await Promise.all([loadStore(), loadAnswerData()]);
    built = createAnswerEngine(store, answerData);
  });
  const engine = (): AnswerEngine => {
    if (built === undefined) throw new Error('the engine is built in beforeAll: ask only inside a test');
    return built;
  };
  const ask = (question: string): Answer => engine().answerExtractive(question).answer;
  return { engine, ask, citedIds: (question) => ask(question).citations.map((citation) => citation.factId) };
}
