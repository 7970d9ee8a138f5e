import { EnvInvalidError } from '../config/env.js';
import { StoreInvalidError } from '../facts/problem.js';

/** Known start-up failures print their one clear message; anything else is a bug and keeps its stack. */
export function exitOnStartupError(error: unknown): never {
  if (error instanceof StoreInvalidError || error instanceof EnvInvalidError) {
    console.error(error.message);
    process.exit(1);
  }
  console.error(error);
  process.exit(1);
}
