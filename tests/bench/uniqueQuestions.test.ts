import { describe, expect, test } from 'vitest';
import { loadWorkload } from './loadWorkload.js';
import { interactionsPerSubject } from './measureInRounds.js';
import { NotEnoughQuestionsError, uniqueQuestions } from './uniqueQuestions.js';

const QUESTIONS = ['How many people were killed?', 'csto troops?', 'why did the protests start', 'Who is the president?'];

describe('uniqueQuestions', () => {
  test('GIVEN the eval questions and the default bench:e2e plan THEN every interaction asks a question no other asks', async () => {
    const needed = interactionsPerSubject({ warmup: 4000, rounds: 5, count: 2000, concurrency: 64, rate: 500, seconds: 3 });
    const workload = await loadWorkload({ mix: false, unique: needed });
    const asked = Array.from({ length: needed }, (_, index) => {
      const input = workload.inputAt(index);
      return 'options' in input ? input.options?.question : undefined;
    });
    expect(workload.distinctQuestions).toBe(needed);
    expect(new Set(asked).size).toBe(needed);
  });

  test('GIVEN repeated questions THEN the variants are still distinct', () => {
    const questions = uniqueQuestions([...QUESTIONS, ...QUESTIONS, 'csto troops'], 1_000);
    expect(new Set(questions).size).toBe(1_000);
  });

  test('GIVEN questions without digits THEN no variant has a digit', () => {
    expect(uniqueQuestions(QUESTIONS, 1_000).filter((question) => /\d/.test(question))).toEqual([]);
  });

  test('GIVEN questions THEN the first pass asks them as written and later ones keep their words', () => {
    const questions = uniqueQuestions(QUESTIONS, 400);
    expect(questions.slice(0, QUESTIONS.length)).toEqual(QUESTIONS);
    for (const [index, question] of questions.entries()) {
      expect(question.toLowerCase()).toContain((QUESTIONS[index % QUESTIONS.length] as string).toLowerCase().replace(/\?$/, ''));
    }
  });

  test('GIVEN more interactions than the variations can cover THEN it says how many it could make', () => {
    expect(() => uniqueQuestions(['csto troops?'], 10_000)).toThrow(NotEnoughQuestionsError);
    expect(() => uniqueQuestions(['csto troops?'], 10_000)).toThrow(
      /10000 distinct questions are needed, but 1 questions have only \d+ distinct variations/,
    );
  });
});
