import type { Timed } from './timeInteraction.js';

export interface RunResult {
  latenciesMs: number[];
  failures: number;
  firstFailure: string | undefined;
  /** From the first dispatch to the last callback. */
  elapsedMs: number;
}

/** Collects the timings of one run; failures are counted, not timed. */
export function createRunRecorder(): { record(timed: Timed): void; finish(elapsedMs: number): RunResult } {
  const latenciesMs: number[] = [];
  let failures = 0;
  let firstFailure: string | undefined;
  return {
    record(timed) {
      if ('ms' in timed) {
        latenciesMs.push(timed.ms);
        return;
      }
      failures += 1;
      firstFailure ??= timed.problem;
    },
    finish: (elapsedMs) => ({ latenciesMs, failures, firstFailure, elapsedMs }),
  };
}
