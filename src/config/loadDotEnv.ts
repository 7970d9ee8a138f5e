import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DOT_ENV = fileURLToPath(new URL('../../.env', import.meta.url));

/** Reads the project's .env when there is one; variables already set in the environment win. */
export function loadDotEnv(file: string = DOT_ENV): void {
  if (existsSync(file)) process.loadEnvFile(file);
}
