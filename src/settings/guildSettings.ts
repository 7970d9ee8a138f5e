import { z } from 'zod';
import { Snowflake } from '../config/snowflake.js';

/** What a server's admins choose. Stored per guild; anything missing takes its default. */
export const GuildSettings = z.object({
  /** Channels where plain questions (no mention) are answered. */
  answerChannels: z.array(Snowflake).max(25).default([]),
  /** Whether command answers are shown to everyone or only to the person who asked. */
  visibility: z.enum(['public', 'ephemeral']).default('public'),
  /** The pinned summary message per channel, so running /summary pin again edits it instead of stacking a new one. */
  summaryPins: z.record(Snowflake, Snowflake).default({}),
  /** Where problem reports are posted; without one they are kept for `/config reports list`. */
  reportChannel: Snowflake.nullable().default(null),
});
export type GuildSettings = z.infer<typeof GuildSettings>;

export const DEFAULT_SETTINGS: GuildSettings = GuildSettings.parse({});
