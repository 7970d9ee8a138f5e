import { parseArgs } from 'node:util';
import { loadAnswerer } from '../answers/loadAnswerer.js';
import type { FileResult } from '../answers/eval/evalFiles.js';
import { findEvalFiles, scoreEvalFiles } from '../answers/eval/evalFiles.js';
import { perturbationStability } from '../answers/eval/perturbationStability.js';
import { EVAL_THRESHOLD } from '../answers/eval/scoreAnswer.js';
import { AnswerEnv, parseEnv } from '../config/env.js';
import { createLogger } from '../config/createLogger.js';
import { exitOnStartupError } from './exitOnStartupError.js';
import { fromProjectRoot } from '../config/projectRoot.js';

const DEFAULT_EVAL_DIR = fromProjectRoot('tests', 'eval');

const percent = (part: number, whole: number): string => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`);
const rate = (part: number, whole: number): string => `${part}/${whole} (${percent(part, whole)})`;
const meets = (part: number, whole: number): boolean => whole === 0 || part >= EVAL_THRESHOLD * whole;

function printTable(results: readonly FileResult[]): void {
  const rows = results.map(({ file, heldOut, rates }) => [
    heldOut ? `${file} (held out)` : file,
    rate(rates.answeredCorrectly, rates.answerItems),
    rate(rates.abstainedCorrectly, rates.abstainItems),
  ]);
  const header = ['file', 'answered correctly', 'abstained correctly'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] as string).length)));
  for (const row of [header, ...rows]) console.log(row.map((cell, column) => cell.padEnd(widths[column] as number)).join('  '));
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { verbose: { type: 'boolean', short: 'v', default: false } },
    allowPositionals: true,
  });
  const [dir, files] = positionals.length > 0 ? [process.cwd(), positionals] : [DEFAULT_EVAL_DIR, await findEvalFiles(DEFAULT_EVAL_DIR)];
  const env = parseEnv(AnswerEnv, process.env);
  const answerer = await loadAnswerer(env, createLogger(env.LOG_LEVEL));
  const results = await scoreEvalFiles(dir, files, (question) => answerer.answer(question));
  if (values.verbose) {
    // The held-out questions are scored, never read: their failures stay unprinted so that nothing is tuned to them.
    for (const { heldOut, scored } of results) {
      if (heldOut) continue;
      for (const failure of scored.filter((entry) => !entry.passed)) {
        console.log(`FAIL ${JSON.stringify(failure.item.q)}: ${failure.reason}\n     ${failure.answer.answer}`);
      }
    }
  }
  const questions = results.flatMap(({ scored }) => scored.map((entry) => entry.item.q));
  console.log(`mode: ${answerer.mode}, questions: ${questions.length}`);
  printTable(results);
  const stability = perturbationStability(
    results.filter(({ heldOut }) => !heldOut).flatMap(({ scored }) => scored.map((entry) => entry.item.q)),
    (question) => answerer.engine.answerExtractive(question).answer,
  );
  const kinds = Object.entries(stability.byKind).map(([kind, [same, all]]) => `${kind} ${percent(same, all)}`);
  console.log(`perturbations answered as their clean form: ${rate(stability.identical, stability.compared)}; ${kinds.join(', ')}`);
  const below = results.filter(
    ({ rates }) => !meets(rates.answeredCorrectly, rates.answerItems) || !meets(rates.abstainedCorrectly, rates.abstainItems),
  );
  if (below.length > 0 || !meets(stability.identical, stability.compared)) {
    const names = below.map(({ file }) => file).join(', ');
    console.error(
      `Below the ${EVAL_THRESHOLD * 100}% threshold${names === '' ? ' on perturbations' : `: ${names}`}; run with --verbose to see the failures.`,
    );
    process.exitCode = 1;
  }
}

await main().catch(exitOnStartupError);
