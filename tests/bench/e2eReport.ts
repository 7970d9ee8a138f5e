import { percentile } from '../../src/cli/bench/percentile.js';
import type { SaturatedRound } from './measureSaturated.js';
import { median } from './median.js';
import type { PacedResult } from './runPaced.js';

/** The targets for factdesk. */
export const TARGETS = { ratio: 0.8, p99MsAtRate: 20, rssIdleMb: 120 } as const;

/** What was measured on one subject: startup once, then several rounds of each run. */
export interface SubjectMeasurements {
  coldStartMs: number;
  rssIdleMb: number;
  rssLoadMb: number;
  saturated: SaturatedRound[];
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

/** Each run's figure is the median over the rounds, which keeps one round disturbed by other work from deciding it. */
export function summarize(measured: SubjectMeasurements): SubjectSummary {
  const overRounds = <Run>(runs: Run[], figure: (run: Run) => number): number => median(runs.map(figure));
  return {
    throughput: round(
      overRounds(measured.saturated, (run) => run.throughput),
      0,
    ),
    p50Ms: round(
      overRounds(measured.saturated, (run) => percentile(run.latenciesMs, 50)),
      2,
    ),
    p99Ms: round(
      overRounds(measured.saturated, (run) => percentile(run.latenciesMs, 99)),
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
      overRounds(measured.saturated, (run) => run.cpuMsPerInteraction),
      2,
    ),
    standInCpuMsPerInteraction: round(
      overRounds(measured.saturated, (run) => run.standInCpuMsPerInteraction),
      2,
    ),
  };
}

/**
 * Throughput as a share of the ceiling: the median over the rounds of each round's pair of saturated runs, which ran
 * back to back. Pairing cancels most of the drift in the machine's speed that separate medians would keep.
 */
export function pairedRatio(bot: SubjectMeasurements, bare: SubjectMeasurements): number {
  return round(median(roundRatios(bot, bare)), 3);
}

/** Each round's throughput of the bot as a share of the bare client's, in the order the rounds ran. */
export function roundRatios(bot: SubjectMeasurements, bare: SubjectMeasurements): number[] {
  return bot.saturated.map((run, index) => run.throughput / (bare.saturated[index]?.throughput ?? Number.NaN));
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
export function reportRows(bot: SubjectSummary, bare: SubjectSummary, ratio: number, plan: { concurrency: number; rate: number }) {
  const row = (factdesk: number, bareClient: number | string, target = '', status = '') => ({
    factdesk,
    'ceiling: bare discord.js': bareClient,
    target,
    status,
  });
  return {
    'throughput (interactions/s)': row(bot.throughput, bare.throughput),
    'ratio to ceiling': row(ratio, '', `≥ ${TARGETS.ratio}`, verdict(ratio >= TARGETS.ratio)),
    [`p50Ms (${plan.concurrency} in flight)`]: row(bot.p50Ms, bare.p50Ms),
    [`p99Ms (${plan.concurrency} in flight)`]: row(bot.p99Ms, bare.p99Ms),
    [`p99Ms at ${plan.rate}/s`]: row(
      bot.p99MsAtRate,
      bare.p99MsAtRate,
      `≤ ${TARGETS.p99MsAtRate}`,
      verdict(bot.p99MsAtRate <= TARGETS.p99MsAtRate),
    ),
    coldStartMs: row(bot.coldStartMs, bare.coldStartMs),
    rssIdleMb: row(bot.rssIdleMb, bare.rssIdleMb, `≤ ${TARGETS.rssIdleMb}`, verdict(bot.rssIdleMb <= TARGETS.rssIdleMb)),
    'rssLoadMb (peak)': row(bot.rssLoadMb, bare.rssLoadMb),
    'CPU ms / interaction': row(bot.cpuMsPerInteraction, bare.cpuMsPerInteraction),
    'stand-in CPU ms / interaction': row(bot.standInCpuMsPerInteraction, bare.standInCpuMsPerInteraction),
  };
}
