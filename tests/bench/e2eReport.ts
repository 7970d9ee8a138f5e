import { percentile } from '../../src/cli/bench/percentile.js';
import type { SaturatedRound } from './measureSaturated.js';
import { median } from './median.js';
import type { PacedResult } from './runPaced.js';

/**
 * The targets for factdesk. The ratio is lower when no question repeats (--unique): then every answer is worked
 * out afresh instead of coming from the bot's memory of earlier answers.
 */
export const TARGETS = { ratio: 0.8, ratioUnique: 0.6, p99MsAtRate: 20, rssIdleMb: 120 } as const;

export const ratioTarget = (unique: boolean): number => (unique ? TARGETS.ratioUnique : TARGETS.ratio);

/** What was measured on one subject: startup once, then several rounds of each run. */
export interface SubjectMeasurements {
  coldStartMs: number;
  rssIdleMb: number;
  rssLoadMb: number;
  /** Each round's saturated runs, in the order they ran. */
  saturated: SaturatedRound[][];
  paced: PacedResult[];
}

export interface SubjectSummary {
  throughput: number;
  p50Ms: number;
  p99Ms: number;
  p99MsAtRate: number;
  coldStartMs: number;
  rssIdleMb: number;
  rssLoadMb: number;
  cpuMsPerInteraction: number;
  standInCpuMsPerInteraction: number;
}

const round = (value: number, digits: number): number => Math.round(value * 10 ** digits) / 10 ** digits;

/** Interactions served per second over all the runs together: every run's answers over every run's time. */
export function throughputOf(runs: readonly SaturatedRound[]): number {
  const answered = runs.reduce((total, run) => total + run.latenciesMs.length, 0);
  const elapsedMs = runs.reduce((total, run) => total + run.elapsedMs, 0);
  return (answered / elapsedMs) * 1000;
}

/**
 * Throughput over all saturated runs together; every other figure is the median over the runs, which keeps one run
 * disturbed by other work from deciding it.
 */
export function summarize(measured: SubjectMeasurements): SubjectSummary {
  const overRounds = <Run>(runs: Run[], figure: (run: Run) => number): number => median(runs.map(figure));
  const saturated = measured.saturated.flat();
  return {
    throughput: round(throughputOf(saturated), 0),
    p50Ms: round(
      overRounds(saturated, (run) => percentile(run.latenciesMs, 50)),
      2,
    ),
    p99Ms: round(
      overRounds(saturated, (run) => percentile(run.latenciesMs, 99)),
      2,
    ),
    p99MsAtRate: round(
      overRounds(measured.paced, (run) => percentile(run.latenciesMs, 99)),
      2,
    ),
    coldStartMs: round(measured.coldStartMs, 0),
    rssIdleMb: round(measured.rssIdleMb, 1),
    rssLoadMb: round(measured.rssLoadMb, 1),
    cpuMsPerInteraction: round(
      overRounds(saturated, (run) => run.cpuMsPerInteraction),
      2,
    ),
    standInCpuMsPerInteraction: round(
      overRounds(saturated, (run) => run.standInCpuMsPerInteraction),
      2,
    ),
  };
}

/**
 * Throughput as a share of the ceiling, each over all of its saturated runs. The runs of the two subjects were nested
 * within every round, so drift in the machine's speed falls on both.
 */
export function throughputRatio(bot: SubjectMeasurements, bare: SubjectMeasurements): number {
  return round(throughputOf(bot.saturated.flat()) / throughputOf(bare.saturated.flat()), 3);
}

/** Each round's throughput of the bot as a share of the bare client's, in the order the rounds ran. */
export function roundRatios(bot: SubjectMeasurements, bare: SubjectMeasurements): number[] {
  return bot.saturated.map((runs, index) => throughputOf(runs) / throughputOf(bare.saturated[index] ?? []));
}

/** The one JSON object of `--json`; the paced p99 is named after its rate (p99MsAt500 by default). */
export function jsonResult(bot: SubjectSummary, bare: SubjectSummary, ratio: number, rate: number): Record<string, number> {
  return {
    throughput: bot.throughput,
    ceiling: bare.throughput,
    ratio,
    p50Ms: bot.p50Ms,
    p99Ms: bot.p99Ms,
    [`p99MsAt${rate}`]: bot.p99MsAtRate,
    coldStartMs: bot.coldStartMs,
    rssIdleMb: bot.rssIdleMb,
    rssLoadMb: bot.rssLoadMb,
  };
}

const verdict = (met: boolean): string => (met ? 'pass' : 'MISS');

/** Rows for console.table: a metric per row, factdesk beside the bare client (the ceiling), and the targets. */
export function reportRows(
  bot: SubjectSummary,
  bare: SubjectSummary,
  ratio: number,
  plan: { concurrency: number; rate: number; unique: boolean },
) {
  const minRatio = ratioTarget(plan.unique);
  const row = (factdesk: number, bareClient: number | string, target = '', status = '') => ({
    factdesk,
    'ceiling: bare discord.js': bareClient,
    target,
    status,
  });
  return {
    'throughput (interactions/s)': row(bot.throughput, bare.throughput),
    'ratio to ceiling': row(ratio, '', `≥ ${minRatio}`, verdict(ratio >= minRatio)),
    [`p50Ms (${plan.concurrency} in flight)`]: row(bot.p50Ms, bare.p50Ms),
    [`p99Ms (${plan.concurrency} in flight)`]: row(bot.p99Ms, bare.p99Ms),
    [`p99Ms at ${plan.rate}/s`]: row(
      bot.p99MsAtRate,
      bare.p99MsAtRate,
      `≤ ${TARGETS.p99MsAtRate}`,
      verdict(bot.p99MsAtRate <= TARGETS.p99MsAtRate),
    ),
    coldStartMs: row(bot.coldStartMs, bare.coldStartMs),
    'rssIdleMb (1 s after READY)': row(
      bot.rssIdleMb,
      bare.rssIdleMb,
      `≤ ${TARGETS.rssIdleMb}`,
      verdict(bot.rssIdleMb <= TARGETS.rssIdleMb),
    ),
    'rssLoadMb (peak)': row(bot.rssLoadMb, bare.rssLoadMb),
    'CPU ms / interaction': row(bot.cpuMsPerInteraction, bare.cpuMsPerInteraction),
    'stand-in CPU ms / interaction': row(bot.standInCpuMsPerInteraction, bare.standInCpuMsPerInteraction),
  };
}
