import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEvalFile } from '../../src/answers/eval/evalItem.js';
import type { InteractionInput } from '../support/discord/startDiscordStandIn.js';
import { BENCH_DISCORD } from './startBenchStandIn.js';

const EVAL_DIR = fileURLToPath(new URL('../eval/', import.meta.url));
/** Enough distinct users that none reaches the per-user limit the bot is started with. */
const USER_POOL = 1_000;
const TOPICS = ['casualties', 'internet', 'csto', 'emergency', 'government', 'violence'];

export interface Workload {
  answerable: number;
  abstaining: number;
  /** The i-th interaction of the run: cycles through the eval questions and the user pool. */
  inputAt(index: number): InteractionInput;
}

const userAt = (index: number) => {
  const n = index % USER_POOL;
  return { id: `4000000000000${String(n).padStart(5, '0')}`, username: `bench-user-${n}` };
};

/**
 * `/ask` with every question of tests/eval/*.jsonl, answered and abstained ones as they come in the files; with `mix`,
 * one interaction in ten is `/facts` and one in ten an autocomplete on its topic option.
 */
export async function loadWorkload(mix: boolean): Promise<Workload> {
  const files = (await readdir(EVAL_DIR)).filter((file) => file.endsWith('.jsonl')).sort();
  const items = (
    await Promise.all(files.map(async (file) => parseEvalFile(await readFile(path.join(EVAL_DIR, file), 'utf8'), file)))
  ).flat();
  if (items.length === 0) throw new Error(`no questions in ${EVAL_DIR}`);
  const where = { guildId: BENCH_DISCORD.guildId, channelId: BENCH_DISCORD.channelId };
  return {
    answerable: items.filter((item) => item.expect === 'answer').length,
    abstaining: items.filter((item) => item.expect === 'abstain').length,
    inputAt(index) {
      const user = userAt(index);
      const topic = TOPICS[index % TOPICS.length] as string;
      if (mix && index % 10 === 8) return { ...where, user, kind: 'slash', name: 'facts', options: { topic } };
      if (mix && index % 10 === 9) {
        return { ...where, user, kind: 'autocomplete', name: 'facts', focused: 'topic', options: { topic: topic.slice(0, 3) } };
      }
      const item = items[index % items.length];
      return { ...where, user, kind: 'slash', name: 'ask', options: { question: item?.q ?? '' } };
    },
  };
}
