import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { createAnswerEngine } from '../../src/answers/answerEngine.js';
import { parseEvalFile } from '../../src/answers/eval/evalItem.js';
import { EVAL_THRESHOLD, evalRates, scoreAnswer } from '../../src/answers/eval/scoreAnswer.js';
import { loadAnswerData } from '../../src/answers/loadAnswerData.js';
import { loadStore } from '../../src/facts/loadStore.js';
import { PROJECT_DIR } from '../support/dataDir.js';
import { runCli } from '../support/runCli.js';

const EVAL_DIR = path.join(PROJECT_DIR, 'tests/eval');

describe('the eval questions', () => {
  test(`GIVEN every eval question THEN at least ${EVAL_THRESHOLD * 100}% are answered and abstained correctly`, async () => {
    const answerData = await loadAnswerData();
    const engine = createAnswerEngine(await loadStore(), answerData);
    const files = (await readdir(EVAL_DIR)).filter((file) => file.endsWith('.jsonl'));
    const items = (
      await Promise.all(files.map(async (file) => parseEvalFile(await readFile(path.join(EVAL_DIR, file), 'utf8'), file)))
    ).flat();
    expect(items.length).toBeGreaterThan(250);
    const scored = items.map((item) => scoreAnswer(item, engine.answerExtractive(item.q).answer));
    const rates = evalRates(scored);
    const failures = scored.filter((entry) => !entry.passed).map((entry) => `${entry.item.q}: ${entry.reason}`);
    expect(rates.answeredCorrectly / rates.answerItems, failures.join('\n')).toBeGreaterThanOrEqual(EVAL_THRESHOLD);
    expect(rates.abstainedCorrectly / rates.abstainItems, failures.join('\n')).toBeGreaterThanOrEqual(EVAL_THRESHOLD);
  });

  test('GIVEN npm run eval THEN it prints both rates', async () => {
    const { code, stdout } = await runCli('src/cli/eval.ts', [path.join(EVAL_DIR, 'dev-questions.jsonl')], { env: { OPENAI_API_KEY: '' } });
    expect(code).toBe(0);
    expect(stdout).toMatch(/answered correctly: +\d+\/20 \(\d+\.\d%\)/);
    expect(stdout).toMatch(/abstained correctly: +\d+\/7 \(\d+\.\d%\)/);
  });
});
