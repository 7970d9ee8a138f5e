import { setTimeout as sleep } from 'node:timers/promises';
import type { DiscordStandIn, InteractionInput } from '../support/discord/startDiscordStandIn.js';
import type { RunResult } from './runResult.js';
import { createRunRecorder } from './runResult.js';
import { timeInteraction } from './timeInteraction.js';

export interface PacedResult extends RunResult {
  /** Dispatches per second actually achieved; below the target rate when the load generator fell behind. */
  dispatchRate: number;
}

/**
 * Dispatches interactions at a fixed rate for `seconds`, whether or not earlier ones were answered (an open loop, as
 * users do), and times each from its dispatch to its callback.
 */
export async function runPaced(
  standIn: DiscordStandIn,
  inputAt: (index: number) => InteractionInput,
  options: { rate: number; seconds: number; firstIndex?: number },
): Promise<PacedResult> {
  const recorder = createRunRecorder();
  const total = Math.round(options.rate * options.seconds);
  const firstIndex = options.firstIndex ?? 0;
  const inFlight: Promise<void>[] = [];
  const started = performance.now();
  let sent = 0;
  while (sent < total) {
    const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * options.rate) + 1);
    for (; sent < due; sent += 1) inFlight.push(timeInteraction(standIn, inputAt(firstIndex + sent)).then(recorder.record));
    await sleep(1);
  }
  const dispatchMs = performance.now() - started;
  await Promise.all(inFlight);
  return { ...recorder.finish(performance.now() - started), dispatchRate: ((total - 1) / Math.max(dispatchMs, 1)) * 1000 };
}
