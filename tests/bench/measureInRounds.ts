import type { InteractionInput } from '../support/discord/startDiscordStandIn.js';
import type { SubjectMeasurements } from './e2eReport.js';
import { measureSaturated } from './measureSaturated.js';
import { runPaced } from './runPaced.js';
import { runSaturated } from './runSaturated.js';
import type { RunningSubject } from './startSubject.js';

export interface RoundPlan {
  warmup: number;
  count: number;
  concurrency: number;
  rate: number;
  seconds: number;
  rounds: number;
}

/**
 * An untimed warm-up for each subject, then rounds in which each subject in turn gets a saturated run and a paced
 * run. Alternating spreads any other work on the machine over all subjects instead of landing on one of them.
 */
export async function measureInRounds(
  subjects: readonly RunningSubject[],
  inputAt: (index: number) => InteractionInput,
  plan: RoundPlan,
): Promise<SubjectMeasurements[]> {
  const measured = subjects.map((subject): SubjectMeasurements => {
    subject.rss.resetPeak();
    return { coldStartMs: subject.coldStartMs, rssIdleMb: subject.rssIdleMb, rssLoadMb: Number.NaN, saturated: [], paced: [] };
  });
  for (const subject of subjects) {
    const firstIndex = subject.claim(plan.warmup);
    const warmup = await runSaturated(subject.standIn, inputAt, { count: plan.warmup, concurrency: plan.concurrency, firstIndex });
    if (warmup.latenciesMs.length === 0) {
      throw new Error(`${subject.name} answered none of the warm-up interactions: ${warmup.firstFailure}\n${subject.outputTail()}`);
    }
  }
  for (let round = 0; round < plan.rounds; round += 1) {
    for (const [index, subject] of subjects.entries()) {
      const into = measured[index] as SubjectMeasurements;
      into.saturated.push(await measureSaturated(subject, inputAt, plan));
      const firstIndex = subject.claim(Math.round(plan.rate * plan.seconds));
      into.paced.push(await runPaced(subject.standIn, inputAt, { rate: plan.rate, seconds: plan.seconds, firstIndex }));
    }
  }
  for (const [index, subject] of subjects.entries()) (measured[index] as SubjectMeasurements).rssLoadMb = subject.rss.peakMb();
  return measured;
}
