import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { AnswerEngine } from '../../src/answers/answerEngine.js';
import { createAnswerEngine } from '../../src/answers/answerEngine.js';
import type { FileResult } from '../../src/answers/eval/evalFiles.js';
import { findEvalFiles, scoreEvalFiles } from '../../src/answers/eval/evalFiles.js';
import { perturbationStability } from '../../src/answers/eval/perturbationStability.js';
import { EVAL_THRESHOLD } from '../../src/answers/eval/scoreAnswer.js';
import { loadAnswerData } from '../../src/answers/loadAnswerData.js';
import { loadStore } from '../../src/facts/loadStore.js';
import { PROJECT_DIR } from '../support/dataDir.js';
import { runCli } from '../support/runCli.js';

const EVAL_DIR = path.join(PROJECT_DIR, 'tests/eval');

/**
 * The rate each file must keep: the eval threshold, except where a set has not reached it yet. The held-out set
 * (written from the article alone and never tuned against) and the newest blind sets hold at least the rates they were
 * last measured at, so a change that loses ground there fails here; the held-out questions are never read.
 */
const FLOORS: Record<string, { answered: number; abstained: number }> = {
  'blind-questions.jsonl': { answered: EVAL_THRESHOLD, abstained: EVAL_THRESHOLD },
  'blind-questions-c.jsonl': { answered: EVAL_THRESHOLD, abstained: EVAL_THRESHOLD },
  'blind-questions-f.jsonl': { answered: EVAL_THRESHOLD, abstained: 0.975 },
  'blind-questions-h.jsonl': { answered: EVAL_THRESHOLD, abstained: EVAL_THRESHOLD },
  'blind-questions-i.jsonl': { answered: 0.9625, abstained: 0.975 },
  'blind-questions-j.jsonl': { answered: 0.9625, abstained: EVAL_THRESHOLD },
  'blind-questions-k.jsonl': { answered: 0.9625, abstained: 0.975 },
  'blind-questions-l.jsonl': { answered: 0.875, abstained: EVAL_THRESHOLD },
  'blind-questions-m.jsonl': { answered: 0.85, abstained: 0.925 },
  'blind-questions-n.jsonl': { answered: EVAL_THRESHOLD, abstained: EVAL_THRESHOLD },
  'blind-questions-o.jsonl': { answered: 0.9125, abstained: EVAL_THRESHOLD },
  'blind-questions-p.jsonl': { answered: 0.925, abstained: 0.975 },
  'held-out/blind-questions.jsonl': { answered: 0.9, abstained: 0.975 },
  'validation/field-questions.jsonl': { answered: EVAL_THRESHOLD, abstained: EVAL_THRESHOLD },
};
const floorOf = (file: string) => FLOORS[file] ?? { answered: EVAL_THRESHOLD, abstained: EVAL_THRESHOLD };

let engine: AnswerEngine;
let results: FileResult[];

beforeAll(async () => {
  engine = createAnswerEngine(await loadStore(), await loadAnswerData());
  results = await scoreEvalFiles(EVAL_DIR, await findEvalFiles(EVAL_DIR), (question) => engine.answerExtractive(question).answer);
});

describe('the eval questions', () => {
  test('GIVEN the eval folder THEN it holds the own, blind, held-out and field sets', () => {
    expect(results.map(({ file }) => file)).toEqual(expect.arrayContaining(['dev-questions.jsonl', ...Object.keys(FLOORS)]));
    expect(results.find(({ file }) => file.startsWith('held-out/'))?.heldOut).toBe(true);
  });

  test.each(Object.keys(FLOORS).concat(['dev-questions.jsonl', 'extra-questions.jsonl', 'paraphrase-questions.jsonl']))(
    'GIVEN %s THEN its answered and abstained rates hold their floor',
    (file) => {
      const result = results.find((candidate) => candidate.file === file);
      if (result === undefined) throw new Error(`${file} is missing`);
      const { rates, scored, heldOut } = result;
      const failures = heldOut
        ? ''
        : scored
            .filter((entry) => !entry.passed)
            .map((entry) => `${entry.item.q}: ${entry.reason}`)
            .join('\n');
      expect(rates.answeredCorrectly / rates.answerItems, failures).toBeGreaterThanOrEqual(floorOf(file).answered);
      expect(rates.abstainedCorrectly / rates.abstainItems, failures).toBeGreaterThanOrEqual(floorOf(file).abstained);
    },
  );

  test('GIVEN every tuned and blind question with a preamble, a sign-off, lower case, a stray number or swapped letters THEN at least 95% answer exactly as their clean form', () => {
    const questions = results.filter(({ heldOut }) => !heldOut).flatMap(({ scored }) => scored.map((entry) => entry.item.q));
    const stability = perturbationStability(questions, (question) => engine.answerExtractive(question).answer);
    expect(stability.compared).toBeGreaterThan(2000);
    const changed = stability.changed.map(({ kind, perturbed }) => `${kind}: ${perturbed}`).join('\n');
    expect(stability.identical / stability.compared, changed).toBeGreaterThanOrEqual(0.95);
  });

  test('GIVEN npm run eval THEN it prints each file’s rates and the perturbation rate', async () => {
    const { stdout } = await runCli('src/cli/eval.ts', [], { env: { OPENAI_API_KEY: '' } });
    expect(stdout).toMatch(/dev-questions\.jsonl +20\/20 \(\d+\.\d%\) +7\/7 \(\d+\.\d%\)/);
    expect(stdout).toMatch(/held-out\/blind-questions\.jsonl \(held out\) +\d+\/\d+/);
    expect(stdout).toMatch(/perturbations answered as their clean form: \d+\/\d+ \(\d+\.\d%\)/);
  });
});
