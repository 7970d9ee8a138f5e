import { loadCommands } from '../../src/discord/loadCommands.js';
import { registerCommands } from '../../src/discord/registerCommands.js';
import type { DiscordStandIn } from '../support/discord/startDiscordStandIn.js';
import { startDiscordStandIn } from '../support/discord/startDiscordStandIn.js';

export const BENCH_DISCORD = {
  applicationId: '100000000000000101',
  botUserId: '100000000000000102',
  guildId: '200000000000000101',
  channelId: '210000000000000101',
  ownerId: '300000000000000109',
  token: 'bench-token.secret-part',
} as const;

/**
 * A one-guild Discord on 127.0.0.1 with factdesk's commands registered (as `npm run deploy-commands` does), so the
 * interactions it dispatches carry typed options. Discord's 3-second deadline for the callback is kept: a later
 * callback counts as a failure, as it would for a user.
 */
export async function startBenchStandIn(): Promise<DiscordStandIn> {
  const standIn = await startDiscordStandIn({
    applicationId: BENCH_DISCORD.applicationId,
    botUser: { id: BENCH_DISCORD.botUserId, username: 'factdesk', bot: true },
    token: BENCH_DISCORD.token,
    // The bench looks only at callbacks as they arrive; remembering every message would tax the stand-in, not the bot.
    history: 1_000,
    guilds: [
      {
        id: BENCH_DISCORD.guildId,
        name: 'Bench Club',
        ownerId: BENCH_DISCORD.ownerId,
        channels: [{ id: BENCH_DISCORD.channelId, name: 'general' }],
      },
    ],
  });
  const env = {
    DISCORD_TOKEN: BENCH_DISCORD.token,
    DISCORD_CLIENT_ID: BENCH_DISCORD.applicationId,
    DISCORD_GUILD_ID: BENCH_DISCORD.guildId,
    DISCORD_API_URL: standIn.apiUrl,
    LOG_LEVEL: 'warn' as const,
  };
  await registerCommands(env, (await loadCommands()).values());
  return standIn;
}
