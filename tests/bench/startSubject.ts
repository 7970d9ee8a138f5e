import { setTimeout as sleep } from 'node:timers/promises';
import type { DiscordStandIn } from '../support/discord/startDiscordStandIn.js';
import type { RssSampler } from './sampleRss.js';
import { sampleRss } from './sampleRss.js';
import { spawnSubject } from './spawnSubject.js';
import { startBenchStandIn } from './startBenchStandIn.js';

const READY_TIMEOUT_MS = 60_000;
/** After READY the client still takes in the guild and settles; idle memory is read after this. */
const SETTLE_MS = 1_000;

export interface SubjectSpec {
  name: string;
  nodeArgs: readonly string[];
  env(apiUrl: string): NodeJS.ProcessEnv;
}

export interface RunningSubject {
  name: string;
  pid: number;
  standIn: DiscordStandIn;
  rss: RssSampler;
  /** From spawning the process to the stand-in's ready(): IDENTIFY received and READY sent. */
  coldStartMs: number;
  /** Resident memory after READY and a short settle, before any interaction. */
  rssIdleMb: number;
  /** The index of the next interaction to dispatch, so every run goes on through the questions and users. */
  claim(count: number): number;
  outputTail(): string;
  /** Stops the process (SIGTERM, then SIGKILL) and closes its stand-in. */
  stop(): Promise<void>;
}

/** A subject process on its own stand-in, connected and idle. */
export async function startSubject(spec: SubjectSpec): Promise<RunningSubject> {
  const standIn = await startBenchStandIn();
  const spawnedAt = performance.now();
  const child = spawnSubject(spec.nodeArgs, spec.env(standIn.apiUrl));
  const rss = sampleRss(child.pid);
  const stop = async (): Promise<void> => {
    rss.stop();
    await child.stop();
    await standIn.close();
  };
  try {
    const died = child.exited.then((code) => {
      throw new Error(`${spec.name} exited (${code}) before it was ready:\n${child.outputTail()}`);
    });
    await Promise.race([standIn.ready(READY_TIMEOUT_MS), died]);
    const coldStartMs = performance.now() - spawnedAt;
    await sleep(SETTLE_MS);
    let next = 0;
    return {
      name: spec.name,
      pid: child.pid,
      standIn,
      rss,
      coldStartMs,
      rssIdleMb: rss.latestMb(),
      claim(count) {
        const first = next;
        next += count;
        return first;
      },
      outputTail: child.outputTail,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
