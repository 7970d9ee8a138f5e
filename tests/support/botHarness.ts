import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BotEnv, parseEnv } from '../../src/config/env.js';
import type { Bot } from '../../src/discord/createBot.js';
import { createBot } from '../../src/discord/createBot.js';
import { registerCommands } from '../../src/discord/registerCommands.js';
import { captureLogs } from './captureLogs.js';
import type { DiscordStandIn, StoredMessage } from './discord/startDiscordStandIn.js';
import { startDiscordStandIn } from './discord/startDiscordStandIn.js';

export const APPLICATION_ID = '100000000000000001';
export const GUILD_ID = '200000000000000001';
export const CHANNELS = { general: '210000000000000001', answers: '210000000000000002', news: '210000000000000003' } as const;
export const TOKEN = 'test-token.secret-part';
/** Manage Server (32) and Manage Messages (8192) on top of ordinary member permissions. */
export const ADMIN_PERMISSIONS = (BigInt(0x20) | BigInt(0x2000) | BigInt(0x400) | BigInt(0x800)).toString();
export const MEMBER_PERMISSIONS = (BigInt(0x400) | BigInt(0x800)).toString();

export interface Harness {
  standIn: DiscordStandIn;
  bot: Bot;
  logs: ReturnType<typeof captureLogs>;
  settingsFile: string;
  /** A plain user message in a channel, as Discord would deliver it; resolves with the stored message. */
  say(channelId: string, content: string, author?: { id: string; username: string; bot?: boolean }): Promise<StoredMessage>;
  /** Stops the bot and starts a new one on the same settings, ledger and data; `now` shifts the new bot's clock. */
  restartBot(options?: { now?: () => number }): Promise<void>;
  close(): Promise<void>;
}

/**
 * The real bot, with the real store and a real SQLite settings file, connected through the Discord stand-in with the
 * real discord.js client; its commands registered the way `npm run deploy-commands` does.
 */
export async function startBotHarness(
  overrides: Record<string, string> = {},
  options: { keepSettingsIn?: string; dataDir?: string } = {},
): Promise<Harness> {
  const settingsDir = options.keepSettingsIn ?? (await mkdtemp(path.join(tmpdir(), 'factdesk-bot-')));
  const settingsFile = path.join(settingsDir, 'settings.sqlite');
  const standIn = await startDiscordStandIn({
    applicationId: APPLICATION_ID,
    botUser: { id: '100000000000000002', username: 'factdesk', bot: true },
    token: TOKEN,
    guilds: [
      {
        id: GUILD_ID,
        name: 'News Club',
        ownerId: '300000000000000009',
        channels: [
          { id: CHANNELS.general, name: 'general' },
          { id: CHANNELS.answers, name: 'ask-the-bot' },
          { id: CHANNELS.news, name: 'news' },
        ],
      },
    ],
  });
  const env = parseEnv(BotEnv, {
    DISCORD_TOKEN: TOKEN,
    DISCORD_CLIENT_ID: APPLICATION_ID,
    DISCORD_GUILD_ID: GUILD_ID,
    DISCORD_API_URL: standIn.apiUrl,
    KEYV_URL: `sqlite://${settingsFile}`,
    RATE_LIMIT_PER_MINUTE: '100',
    LOG_LEVEL: 'debug',
    ...overrides,
  });
  const logs = captureLogs('debug');
  const botOptions = options.dataDir === undefined ? {} : { dataDir: options.dataDir };
  let bot = await createBot(env, logs.logger, botOptions);
  await registerCommands(env, bot.commands.values());
  await bot.start();
  await standIn.ready();
  const harness: Harness = {
    standIn,
    bot,
    logs,
    settingsFile,
    say: (channelId, content, author) =>
      standIn.sendMessage({ guildId: GUILD_ID, channelId, content, ...(author === undefined ? {} : { author }) }),
    async restartBot(restart = {}) {
      await bot.stop();
      bot = await createBot(env, logs.logger, { ...botOptions, ...restart });
      harness.bot = bot;
      await bot.start();
      await standIn.ready();
    },
    async close() {
      await bot.stop();
      await standIn.close();
      if (options.keepSettingsIn === undefined) await rm(settingsDir, { recursive: true, force: true });
    },
  };
  return harness;
}

/** Every REST body the bot sent that could carry a message, for checking that none allows a mention. */
export function messageBodies(standIn: DiscordStandIn): { path: string; body: any }[] {
  return standIn.requests
    .filter((request) => ['POST', 'PATCH'].includes(request.method) && request.body !== undefined && request.body !== null)
    .map((request) => ({ path: request.path, body: request.path.endsWith('/callback') ? request.body.data : request.body }))
    .filter(({ body }) => body !== undefined && body !== null && (body.content !== undefined || body.embeds !== undefined));
}

export const ADMIN_USER = { id: '300000000000000002', username: 'admin' };

/** An admin adds an answer channel with /config channels add, as a server would; resolves with the bot's reply. */
export function addAnswerChannel(standIn: DiscordStandIn, channelId: string) {
  return standIn.interact({
    guildId: GUILD_ID,
    channelId,
    permissions: ADMIN_PERMISSIONS,
    user: ADMIN_USER,
    kind: 'slash',
    name: 'config',
    subcommandGroup: 'channels',
    subcommand: 'add',
    options: { channel: channelId },
  });
}
