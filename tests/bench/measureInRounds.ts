import type { InteractionInput } from '../support/discord/startDiscordStandIn.js';
import type { SubjectMeasurements } from './e2eReport.js';
import { measureSaturated } from './measureSaturated.js';
import type { SaturatedRound } from './measureSaturated.js';
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

/** How many interactions measureInRounds dispatches to each subject, warm-up included. */
export function interactionsPerSubject(plan: RoundPlan): number {
  return plan.warmup + plan.rounds * (2 * plan.count + Math.round(plan.rate * plan.seconds));
}

/**
 * An untimed warm-up for each subject, then rounds. In each round every subject makes two saturated runs, nested
 * around the other's (A B B A, then B A A B), so a change in the machine's speed during the round falls on both
 * subjects alike; then each subject's paced run. On these machines one subject's throughput moves by a third from one
 * second to the next, so the more short runs the two share, the less that movement lands on one of them.
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
    const order = [...subjects.keys()];
    if (round % 2 === 1) order.reverse();
    const runs = subjects.map((): SaturatedRound[] => []);
    for (const index of [...order, ...[...order].reverse()]) {
      runs[index]?.push(await measureSaturated(subjects[index] as RunningSubject, inputAt, plan));
    }
    for (const [index, subjectRuns] of runs.entries()) (measured[index] as SubjectMeasurements).saturated.push(subjectRuns);
    for (const [index, subject] of subjects.entries()) {
      const into = measured[index] as SubjectMeasurements;
      const firstIndex = subject.claim(Math.round(plan.rate * plan.seconds));
      into.paced.push(await runPaced(subject.standIn, inputAt, { rate: plan.rate, seconds: plan.seconds, firstIndex }));
    }
  }
  for (const [index, subject] of subjects.entries()) (measured[index] as SubjectMeasurements).rssLoadMb = subject.rss.peakMb();
  return measured;
}
