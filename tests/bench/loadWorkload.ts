import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEvalFile } from '../../src/answers/eval/evalItem.js';
import type { InteractionInput } from '../support/discord/startDiscordStandIn.js';
import { BENCH_DISCORD } from './startBenchStandIn.js';
import { uniqueQuestions } from './uniqueQuestions.js';

const EVAL_DIR = fileURLToPath(new URL('../eval/', import.meta.url));
/** Enough distinct users that none reaches the per-user limit the bot is started with. */
const USER_POOL = 1_000;
const TOPICS = ['casualties', 'internet', 'csto', 'emergency', 'government', 'violence'];

export interface Workload {
  answerable: number;
  abstaining: number;
  /** How many different question strings the run asks. */
  distinctQuestions: number;
  /** The i-th interaction of the run: cycles through the eval questions and the user pool. */
  inputAt(index: number): InteractionInput;
}

const userAt = (index: number) => {
  const n = index % USER_POOL;
  return { id: `4000000000000${String(n).padStart(5, '0')}`, username: `bench-user-${n}` };
};

/**
 * `/ask` with every question of tests/eval/*.jsonl (not the held-out set), answered and abstained ones as they come in
 * the files; with `mix`, one interaction in ten is `/facts` and one in ten an autocomplete on its topic option. With
 * `unique`, the run's first `unique` interactions each ask a question no other asks (see uniqueQuestions), so none is
 * answered from the bot's memory of earlier answers.
 */
export async function loadWorkload(options: { mix: boolean; unique: number | undefined }): Promise<Workload> {
  const { mix, unique } = options;
  const files = (await readdir(EVAL_DIR)).filter((file) => file.endsWith('.jsonl')).sort();
  const items = (
    await Promise.all(files.map(async (file) => parseEvalFile(await readFile(path.join(EVAL_DIR, file), 'utf8'), file)))
  ).flat();
  if (items.length === 0) throw new Error(`no questions in ${EVAL_DIR}`);
  const asked = items.map((item) => item.q);
  const questions = unique === undefined ? asked : uniqueQuestions(asked, unique);
  const where = { guildId: BENCH_DISCORD.guildId, channelId: BENCH_DISCORD.channelId };
  return {
    answerable: items.filter((item) => item.expect === 'answer').length,
    abstaining: items.filter((item) => item.expect === 'abstain').length,
    distinctQuestions: new Set(questions).size,
    inputAt(index) {
      const user = userAt(index);
      const topic = TOPICS[index % TOPICS.length] as string;
      if (mix && index % 10 === 8) return { ...where, user, kind: 'slash', name: 'facts', options: { topic } };
      if (mix && index % 10 === 9) {
        return { ...where, user, kind: 'autocomplete', name: 'facts', focused: 'topic', options: { topic: topic.slice(0, 3) } };
      }
      if (unique !== undefined && index >= questions.length) throw new Error(`interaction ${index} is past the ${unique} unique questions`);
      const question = questions[index % questions.length] as string;
      return { ...where, user, kind: 'slash', name: 'ask', options: { question } };
    },
  };
}
