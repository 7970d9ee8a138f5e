import type { DiscordStandIn, InteractionInput } from '../support/discord/startDiscordStandIn.js';
import type { RunResult } from './runResult.js';
import { createRunRecorder } from './runResult.js';
import { timeInteraction } from './timeInteraction.js';

/**
 * Dispatches `count` interactions as fast as the bot takes them: `concurrency` in flight, each slot dispatching the
 * next one as soon as its callback arrives.
 */
export async function runSaturated(
  standIn: DiscordStandIn,
  inputAt: (index: number) => InteractionInput,
  options: { count: number; concurrency: number; firstIndex?: number },
): Promise<RunResult> {
  const recorder = createRunRecorder();
  const firstIndex = options.firstIndex ?? 0;
  let next = 0;
  const slot = async (): Promise<void> => {
    while (next < options.count) {
      const index = firstIndex + next;
      next += 1;
      recorder.record(await timeInteraction(standIn, inputAt(index)));
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: Math.min(options.concurrency, options.count) }, slot));
  return recorder.finish(performance.now() - started);
}
