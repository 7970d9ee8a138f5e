import type { InteractionInput } from '../support/discord/startDiscordStandIn.js';
import { readCpuMs } from './readCpuMs.js';
import type { RunResult } from './runResult.js';
import { runSaturated } from './runSaturated.js';
import type { RunningSubject } from './startSubject.js';

export interface SaturatedRound extends RunResult {
  /** CPU time per interaction: the subject's, and the bench process's (stand-in and load generator). */
  cpuMsPerInteraction: number;
  standInCpuMsPerInteraction: number;
}

/** One saturated run against a subject, with the CPU time both sides spent on it. */
export async function measureSaturated(
  subject: RunningSubject,
  inputAt: (index: number) => InteractionInput,
  options: { count: number; concurrency: number },
): Promise<SaturatedRound> {
  const subjectBefore = await readCpuMs(subject.pid);
  const benchBefore = process.cpuUsage();
  const run = await runSaturated(subject.standIn, inputAt, { ...options, firstIndex: subject.claim(options.count) });
  const bench = process.cpuUsage(benchBefore);
  return {
    ...run,
    cpuMsPerInteraction: ((await readCpuMs(subject.pid)) - subjectBefore) / options.count,
    standInCpuMsPerInteraction: (bench.user + bench.system) / 1000 / options.count,
  };
}
