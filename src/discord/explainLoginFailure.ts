import { DiscordjsErrorCodes } from 'discord.js';
import type { BotEnv } from '../config/env.js';

/** A login failure as one sentence a person can act on; Discord's fatal close codes are not worth retrying. */
export function explainLoginFailure(error: unknown, env: Pick<BotEnv, 'FREE_TEXT_ANSWERS'>): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? (error as { code: unknown }).code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  if (code === DiscordjsErrorCodes.TokenInvalid || code === 4004 || /invalid token|authentication failed/i.test(message)) {
    return 'Discord rejected DISCORD_TOKEN. Copy the bot token again from the Developer Portal (Bot → Reset Token).';
  }
  if (code === 4014 || /disallowed intent/i.test(message)) {
    return env.FREE_TEXT_ANSWERS
      ? 'Discord refused the Message Content intent. Enable it in the Developer Portal (Bot → Privileged Gateway Intents), or set FREE_TEXT_ANSWERS=false.'
      : 'Discord refused the requested intents.';
  }
  if (typeof code === 'number')
    return `Discord closed the connection for good (code ${code}${message === '' ? '' : `: ${message}`}); not reconnecting.`;
  return `Could not connect to Discord: ${message}`;
}
