import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { PROJECT_DIR } from './dataDir.js';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

const TSX = path.join(PROJECT_DIR, 'node_modules/.bin/tsx');

/** Runs one of the project's CLIs the way npm does, optionally feeding stdin. */
export function runCli(script: string, args: string[], options: { stdin?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [path.join(PROJECT_DIR, script), ...args], {
      cwd: PROJECT_DIR,
      env: { ...process.env, ...options.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

/** Starts a long-running CLI (the bot) and hands back the process, with its output once it exits. */
export function spawnCli(script: string, options: { env?: NodeJS.ProcessEnv } = {}): { child: ChildProcess; done: Promise<CliResult> } {
  // Node itself, not the tsx wrapper, so signals reach the bot's own process.
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_DIR, script)], {
    cwd: PROJECT_DIR,
    env: { ...process.env, ...options.env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<CliResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  return { child, done };
}
