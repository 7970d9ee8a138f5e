import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadAnswerer } from '../answers/loadAnswerer.js';
import { parseEvalFile } from '../answers/eval/evalItem.js';
import type { Scored } from '../answers/eval/scoreAnswer.js';
import { EVAL_THRESHOLD, evalRates, scoreAnswer } from '../answers/eval/scoreAnswer.js';
import { AnswerEnv, parseEnv } from '../config/env.js';
import { createLogger } from '../config/createLogger.js';
import { exitOnStartupError } from './exitOnStartupError.js';
import { fromProjectRoot } from '../config/projectRoot.js';

const DEFAULT_EVAL_DIR = fromProjectRoot('tests', 'eval');

const percent = (part: number, whole: number): string => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`);

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { verbose: { type: 'boolean', short: 'v', default: false } },
    allowPositionals: true,
  });
  const files =
    positionals.length > 0
      ? positionals
      : (await readdir(DEFAULT_EVAL_DIR)).filter((file) => file.endsWith('.jsonl')).map((file) => path.join(DEFAULT_EVAL_DIR, file));
  const env = parseEnv(AnswerEnv, process.env);
  const answerer = await loadAnswerer(env, createLogger(env.LOG_LEVEL));
  const scored: Scored[] = [];
  for (const file of files.sort()) {
    for (const item of parseEvalFile(await readFile(file, 'utf8'), file)) scored.push(scoreAnswer(item, await answerer.answer(item.q)));
  }
  const rates = evalRates(scored);
  const failures = scored.filter((entry) => !entry.passed);
  if (values.verbose)
    for (const failure of failures) console.log(`FAIL ${JSON.stringify(failure.item.q)}: ${failure.reason}\n     ${failure.answer.answer}`);
  console.log(`mode: ${answerer.mode}, questions: ${scored.length}`);
  console.log(
    `answered correctly:  ${rates.answeredCorrectly}/${rates.answerItems} (${percent(rates.answeredCorrectly, rates.answerItems)})`,
  );
  console.log(
    `abstained correctly: ${rates.abstainedCorrectly}/${rates.abstainItems} (${percent(rates.abstainedCorrectly, rates.abstainItems)})`,
  );
  const below =
    rates.answeredCorrectly < EVAL_THRESHOLD * rates.answerItems || rates.abstainedCorrectly < EVAL_THRESHOLD * rates.abstainItems;
  if (below) {
    console.error(`Below the ${EVAL_THRESHOLD * 100}% threshold; run with --verbose to see the failures.`);
    process.exitCode = 1;
  }
}

await main().catch(exitOnStartupError);
