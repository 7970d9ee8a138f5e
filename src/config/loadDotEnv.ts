import { existsSync } from 'node:fs';
import { fromProjectRoot } from './projectRoot.js';

export const DOT_ENV = fromProjectRoot('.env');

/** Reads the project's .env when there is one; variables already set in the environment win. */
export function loadDotEnv(file: string = DOT_ENV): void {
  if (existsSync(file)) process.loadEnvFile(file);
}
