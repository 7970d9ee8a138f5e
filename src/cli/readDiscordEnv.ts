import type { z } from 'zod';
import { MISSING_TOKEN_HELP, parseEnv } from '../config/env.js';
import { loadDotEnv } from '../config/loadDotEnv.js';

/**
 * The environment of a command that talks to Discord, .env included: without a token it stops at once with the help
 * text (how to get one, how to try answers without Discord); otherwise the schema's one clear message on any problem.
 */
export function readDiscordEnv<Schema extends z.ZodType>(schema: Schema): z.infer<Schema> {
  loadDotEnv();
  if ((process.env.DISCORD_TOKEN ?? '').trim() === '') {
    console.error(MISSING_TOKEN_HELP);
    process.exit(1);
  }
  return parseEnv(schema, process.env);
}
