import { z } from 'zod';
import { Snowflake } from './snowflake.js';

/** Empty values count as unset, as in most .env files; the rest are trimmed. */
export const unsetWhenEmpty = <Schema extends z.ZodType>(schema: Schema) =>
  z.preprocess((value) => (typeof value !== 'string' ? value : value.trim() === '' ? undefined : value.trim()), schema);

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** What answering needs: the optional model, and logging. */
export const AnswerEnv = z.object({
  OPENAI_API_KEY: unsetWhenEmpty(z.string().optional()),
  OPENAI_BASE_URL: unsetWhenEmpty(z.url({ protocol: /^https?$/ }).optional()),
  OPENAI_MODEL: unsetWhenEmpty(z.string().default('gpt-4o-mini')),
  OPENAI_TIMEOUT_MS: unsetWhenEmpty(z.coerce.number().int().min(100).max(60_000).default(2_000)),
  LOG_LEVEL: unsetWhenEmpty(z.enum(LOG_LEVELS).default('info')),
});
export type AnswerEnv = z.infer<typeof AnswerEnv>;

/** Raised with one message that names every missing or invalid variable. */
export class EnvInvalidError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n${issues.map((issue) => `  ${issue}`).join('\n')}\nSee .env.example for every variable.`);
    this.name = 'EnvInvalidError';
  }
}

export function parseEnv<Schema extends z.ZodType>(schema: Schema, env: NodeJS.ProcessEnv): z.infer<Schema> {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  throw new EnvInvalidError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
}

const booleanText = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((value) => ['true', '1', 'yes'].includes(value));

export const MISSING_TOKEN_HELP = [
  'DISCORD_TOKEN is not set, so the bot cannot log in.',
  'Create an application at https://discord.com/developers/applications, add a bot, copy its token into DISCORD_TOKEN',
  'and the application id into DISCORD_CLIENT_ID (see .env.example).',
  'To try answers without Discord: npm run ask -- "why did the protests start?"',
].join('\n');

/** What the bot needs on top of answering: Discord, storage, limits. */
export const BotEnv = AnswerEnv.extend({
  DISCORD_TOKEN: unsetWhenEmpty(z.string({ error: MISSING_TOKEN_HELP }).min(1)),
  DISCORD_CLIENT_ID: unsetWhenEmpty(Snowflake),
  DISCORD_GUILD_ID: unsetWhenEmpty(Snowflake.optional()),
  DISCORD_API_URL: unsetWhenEmpty(z.url({ protocol: /^https?$/ }).optional()),
  KEYV_URL: unsetWhenEmpty(
    z
      .string()
      .regex(/^(?:rediss?|sqlite):\/\/.+/, 'must start with redis://, rediss:// or sqlite://')
      .optional(),
  ),
  FREE_TEXT_ANSWERS: unsetWhenEmpty(booleanText.default(true)),
  RATE_LIMIT_PER_MINUTE: unsetWhenEmpty(z.coerce.number().int().min(1).max(600).default(6)),
  /** How long the bot remembers what each posted answer cited, so a later correction can reach it. */
  LEDGER_TTL_DAYS: unsetWhenEmpty(z.coerce.number().int().min(1).max(365).default(30)),
  /** A user may send one problem report per this many seconds. */
  REPORT_COOLDOWN_SECONDS: unsetWhenEmpty(z.coerce.number().int().min(1).max(86_400).default(120)),
  /** The data folder the bot answers from; the project's data/ by default. */
  DATA_DIR: unsetWhenEmpty(z.string().min(1).optional()),
  /** Reload the facts when data/store.json changes on disk (for curators working locally). */
  FACTS_WATCH: unsetWhenEmpty(booleanText.default(false)),
});
export type BotEnv = z.infer<typeof BotEnv>;

/** What registering commands needs. */
export const DeployEnv = BotEnv.pick({
  DISCORD_TOKEN: true,
  DISCORD_CLIENT_ID: true,
  DISCORD_GUILD_ID: true,
  DISCORD_API_URL: true,
  LOG_LEVEL: true,
});
export type DeployEnv = z.infer<typeof DeployEnv>;
