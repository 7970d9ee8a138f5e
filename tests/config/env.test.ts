import { describe, expect, test } from 'vitest';
import { BotEnv, EnvInvalidError, parseEnv } from '../../src/config/env.js';

const VALID = { DISCORD_TOKEN: 'token', DISCORD_CLIENT_ID: '123456789012345678' };

describe('environment', () => {
  test('GIVEN only the required variables THEN the defaults fill in the rest', () => {
    expect(parseEnv(BotEnv, VALID)).toMatchObject({
      FREE_TEXT_ANSWERS: true,
      RATE_LIMIT_PER_MINUTE: 6,
      OPENAI_TIMEOUT_MS: 2000,
      LOG_LEVEL: 'info',
      LEDGER_TTL_DAYS: 30,
      REPORT_COOLDOWN_SECONDS: 120,
      FACTS_WATCH: false,
    });
  });

  test.each([
    ['DISCORD_CLIENT_ID', { DISCORD_CLIENT_ID: 'my-bot' }],
    ['DISCORD_API_URL', { DISCORD_API_URL: 'localhost:3000' }],
    ['KEYV_URL', { KEYV_URL: 'mongodb://x' }],
    ['RATE_LIMIT_PER_MINUTE', { RATE_LIMIT_PER_MINUTE: 'lots' }],
    ['FREE_TEXT_ANSWERS', { FREE_TEXT_ANSWERS: 'maybe' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
    ['LEDGER_TTL_DAYS', { LEDGER_TTL_DAYS: '0' }],
    ['LEDGER_TTL_DAYS', { LEDGER_TTL_DAYS: 'forever' }],
    ['REPORT_COOLDOWN_SECONDS', { REPORT_COOLDOWN_SECONDS: '-5' }],
    ['FACTS_WATCH', { FACTS_WATCH: 'sometimes' }],
  ])('GIVEN an invalid %s THEN one message names it', (name, change) => {
    let error: unknown;
    try {
      parseEnv(BotEnv, { ...VALID, ...change });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EnvInvalidError);
    expect((error as Error).message).toContain(`${name}:`);
  });

  test('GIVEN empty values THEN they count as unset', () => {
    const env = parseEnv(BotEnv, { ...VALID, OPENAI_API_KEY: '', DISCORD_GUILD_ID: ' ' });
    expect(env.OPENAI_API_KEY).toBeUndefined();
    expect(env.DISCORD_GUILD_ID).toBeUndefined();
  });
});
