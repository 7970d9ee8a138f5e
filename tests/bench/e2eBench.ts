// End-to-end benchmark: factdesk as `npm start` runs it (compiled, dist/src/cli/start.js) and a bare discord.js client (the ceiling), each in its own
// process, each against its own Discord stand-in on 127.0.0.1. The two are measured in the same rounds, their runs
// nested (A B B A), so work elsewhere on the machine falls on both alike. Prints a table, or one JSON object with --json.
//
//   npm run bench:e2e          # after 4000 untimed, 5 rounds: per subject two runs of 2000 /ask with 64 in flight, one of 500/s for 3 s
//   npm run bench:e2e -- --unique   # the same, but no question is asked twice, so none is answered from memory
//   npm run --silent bench:e2e -- --json --n 5000 --mix
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { SubjectMeasurements } from './e2eReport.js';
import { jsonResult, reportRows, roundRatios, summarize, throughputOf, throughputRatio } from './e2eReport.js';
import { loadWorkload } from './loadWorkload.js';
import { interactionsPerSubject, measureInRounds } from './measureInRounds.js';
import { BENCH_DISCORD } from './startBenchStandIn.js';
import type { RunningSubject, SubjectSpec } from './startSubject.js';
import { startSubject } from './startSubject.js';
import { NotEnoughQuestionsError } from './uniqueQuestions.js';

const PROJECT_DIR = fileURLToPath(new URL('../../', import.meta.url));
const BOT_SCRIPT = path.join(PROJECT_DIR, 'dist/src/cli/start.js');
/** The environment and node flags `npm start` sets, read from package.json, so the bench runs the bot exactly as it is started. */
const START = (await readFile(path.join(PROJECT_DIR, 'package.json'), 'utf8')).match(
  /"start": "((?:[A-Z_]+=\S+ )*)node ((?:--\S+ )*)dist\/src\/cli\/start\.js"/,
);
if (START === null)
  throw new Error('package.json "start" is no longer `[VAR=value ...] node [flags] dist/src/cli/start.js`; update the bench');
const words = (text: string | undefined): string[] => (text ?? '').split(' ').filter((word) => word !== '');
const START_ENV = Object.fromEntries(words(START[1]).map((assignment) => assignment.split('=', 2) as [string, string]));
const START_FLAGS = words(START[2]);
const BARE_SCRIPT = fileURLToPath(new URL('./bareClient.mjs', import.meta.url));

const { values: args } = parseArgs({
  options: {
    n: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '64' },
    rate: { type: 'string', default: '500' },
    seconds: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '4000' },
    mix: { type: 'boolean', default: false },
    unique: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    'cpu-prof': { type: 'string' },
  },
});

function positive(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) {
    console.error(`--${name} must be a positive number, got "${text}"`);
    process.exit(2);
  }
  return value;
}

const plan = {
  count: Math.round(positive('n', args.n)),
  concurrency: Math.round(positive('concurrency', args.concurrency)),
  rate: positive('rate', args.rate),
  seconds: positive('seconds', args.seconds),
  rounds: Math.round(positive('rounds', args.rounds)),
  warmup: Math.round(positive('warmup', args.warmup)),
};

const discordEnv = (apiUrl: string): NodeJS.ProcessEnv => ({
  ...process.env,
  DISCORD_TOKEN: BENCH_DISCORD.token,
  DISCORD_CLIENT_ID: BENCH_DISCORD.applicationId,
  DISCORD_GUILD_ID: BENCH_DISCORD.guildId,
  DISCORD_API_URL: apiUrl,
});

/** With --cpu-prof DIR, each subject writes its V8 CPU profile into its own folder under DIR. */
const profileFlags = (folder: string): string[] =>
  args['cpu-prof'] === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${path.resolve(args['cpu-prof'], folder)}`];

const botSpec = (settingsFile: string): SubjectSpec => ({
  name: 'factdesk',
  nodeArgs: [...START_FLAGS, ...profileFlags('factdesk'), BOT_SCRIPT],
  env: (apiUrl) => ({
    ...discordEnv(apiUrl),
    ...START_ENV,
    KEYV_URL: `sqlite://${settingsFile}`,
    FREE_TEXT_ANSWERS: 'false',
    RATE_LIMIT_PER_MINUTE: '600', // the most the bot allows; the workload spreads questions over 1000 users
    LOG_LEVEL: 'warn',
    OPENAI_API_KEY: '', // extractive answers: no model in the loop
  }),
});

function warnAboutFailures(name: string, measured: SubjectMeasurements): void {
  for (const run of [...measured.saturated.flat(), ...measured.paced]) {
    if (run.failures > 0) console.error(`${name}: ${run.failures} interactions failed (not timed); first: ${run.firstFailure}`);
  }
}

async function main(): Promise<void> {
  // Before the build, so a run --unique cannot cover stops at once.
  const workload = await loadWorkload({ mix: args.mix, unique: args.unique ? interactionsPerSubject(plan) : undefined }).catch((error) => {
    if (!(error instanceof NotEnoughQuestionsError)) throw error;
    console.error(`--unique: ${error.message}`);
    process.exit(2);
  });
  // The bot is measured as it runs in production: compiled first, then plain node.
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: PROJECT_DIR, stdio: 'inherit' });
  const loadAtStart = loadavg()[0] ?? 0;
  if (loadAtStart > cpus().length) {
    console.error(`The machine is busy (load average ${loadAtStart.toFixed(2)} on ${cpus().length} CPUs); expect noisy numbers.`);
  }
  const settingsDir = await mkdtemp(path.join(tmpdir(), 'factdesk-bench-'));
  const running: RunningSubject[] = [];
  const cleanUp = async (): Promise<void> => {
    await Promise.allSettled(running.map((subject) => subject.stop()));
    await rm(settingsDir, { recursive: true, force: true });
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
  try {
    // Started one after the other, so neither cold start competes with the other.
    const bare = await startSubject({ name: 'bare discord.js', nodeArgs: [...profileFlags('bare'), BARE_SCRIPT], env: discordEnv });
    running.push(bare);
    const bot = await startSubject(botSpec(path.join(settingsDir, 'settings.sqlite')));
    running.push(bot);
    const [bareMeasured, botMeasured] = (await measureInRounds(running, workload.inputAt, plan)) as [
      SubjectMeasurements,
      SubjectMeasurements,
    ];
    warnAboutFailures(bare.name, bareMeasured);
    warnAboutFailures(bot.name, botMeasured);
    const [botSummary, bareSummary] = [summarize(botMeasured), summarize(bareMeasured)];
    const ratio = throughputRatio(botMeasured, bareMeasured);
    if (args.json) {
      console.log(JSON.stringify(jsonResult(botSummary, bareSummary, ratio, plan.rate)));
      return;
    }
    const perRound = (measurements: SubjectMeasurements) =>
      measurements.saturated.map((runs) => Math.round(throughputOf(runs))).join(' / ');
    const ratios = roundRatios(botMeasured, bareMeasured).map((ratio) => ratio.toFixed(2));
    const evalQuestions = `${workload.answerable} answerable and ${workload.abstaining} abstaining eval questions`;
    const questionsAsked = args.unique
      ? `${workload.distinctQuestions} distinct questions made from the ${evalQuestions}, none asked twice`
      : `${evalQuestions}, cycled, so after the warm-up each answer comes from the bot's memory of earlier answers`;
    const dispatched = Math.round(Math.min(...botMeasured.paced.map((run) => run.dispatchRate)));
    console.log(
      `After ${plan.warmup} untimed, ${plan.rounds} rounds, each with two runs per subject of ${plan.count} ` +
        `${args.mix ? '/ask, /facts and autocomplete' : '/ask'} interactions (${questionsAsked}) with ${plan.concurrency} in flight, nested A B B A, then one ` +
        `of ${plan.rate}/s for ${plan.seconds} s (dispatched at ≥ ${dispatched}/s). Throughput is over all of a subject's ` +
        `runs together; other figures are medians over the runs. ${cpus().length} CPUs, load average ${loadAtStart.toFixed(2)} at start.`,
    );
    console.table(reportRows(botSummary, bareSummary, ratio, { ...plan, unique: args.unique }));
    console.log(
      `throughput by round: factdesk ${perRound(botMeasured)}; bare discord.js ${perRound(bareMeasured)}; ratio ${ratios.join(' / ')}`,
    );
    if (args['cpu-prof'] !== undefined) console.log(`CPU profiles: ${path.resolve(args['cpu-prof'])}/{factdesk,bare}`);
  } finally {
    await cleanUp();
  }
}

await main();
