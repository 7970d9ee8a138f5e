import { z } from 'zod';

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
