import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TAIL_CHARS = 4_000;
const STOP_GRACE_MS = 5_000;

export interface Subject {
  /** The process doing the work: node itself, not a tsx wrapper, so its /proc entry is the one to read. */
  pid: number;
  /** Settles with the exit code (or the signal's name) when the process ends. */
  exited: Promise<string>;
  /** The last few KB the process wrote, for explaining a failure. */
  outputTail(): string;
  /** SIGTERM, then SIGKILL if it has not exited within a few seconds. */
  stop(): Promise<void>;
}

/** Runs node with these arguments from the repository root. */
export function spawnSubject(nodeArgs: readonly string[], env: NodeJS.ProcessEnv): Subject {
  const child = spawn(process.execPath, nodeArgs, {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error(`could not start node ${nodeArgs.join(' ')}`);
  // Reading the output keeps a chatty child from blocking on a full pipe.
  let tail = '';
  const keep = (chunk: Buffer): void => {
    tail = (tail + chunk.toString('utf8')).slice(-TAIL_CHARS);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<string>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? String(code))));
  let done = false;
  void exited.then(() => (done = true));

  return {
    pid: child.pid,
    exited,
    outputTail: () => tail,
    async stop() {
      if (done) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}
