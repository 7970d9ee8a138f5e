import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Answer } from '../answer.js';
import { parseEvalFile } from './evalItem.js';
import type { EvalRates, Scored } from './scoreAnswer.js';
import { evalRates, scoreAnswer } from './scoreAnswer.js';

/** A folder of questions never tuned against: its rates are reported apart from the rest. */
export const HELD_OUT_DIR = 'held-out';

export interface FileResult {
  /** Relative to the eval folder: "dev-questions.jsonl", "held-out/blind-questions.jsonl". */
  file: string;
  heldOut: boolean;
  scored: Scored[];
  rates: EvalRates;
}

/** Every `.jsonl` file under the eval folder, its subfolders included, sorted. */
export async function findEvalFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.jsonl'))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** Scores each file on its own, so a file's rates are never hidden by the others'. */
export async function scoreEvalFiles(
  dir: string,
  files: readonly string[],
  answer: (question: string) => Answer | Promise<Answer>,
): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const file of files) {
    const items = parseEvalFile(await readFile(path.resolve(dir, file), 'utf8'), file);
    const scored: Scored[] = [];
    for (const item of items) scored.push(scoreAnswer(item, await answer(item.q)));
    results.push({ file, heldOut: file.split(path.sep).includes(HELD_OUT_DIR), scored, rates: evalRates(scored) });
  }
  return results;
}
