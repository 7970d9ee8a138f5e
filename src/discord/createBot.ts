import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { ClientOptions, Interaction, Message } from 'discord.js';
import type { Logger } from 'pino';
import type { Answerer } from '../answers/createAnswerer.js';
import { loadAnswerer } from '../answers/loadAnswerer.js';
import type { BotEnv } from '../config/env.js';
import { DEFAULT_DATA_DIR } from '../facts/dataFiles.js';
import type { Store } from '../facts/schema.js';
import { openKeyv } from '../settings/openKeyv.js';
import { createSettingsStore } from '../settings/settingsStore.js';
import type { BotContext } from './botContext.js';
import type { Command } from './command.js';
import { handleInteraction } from './handleInteraction.js';
import { handleMessage } from './handleMessage.js';
import { loadCommands } from './loadCommands.js';
import { createRateLimiter } from './rateLimiter.js';
import { NO_MENTIONS } from './safeText.js';

export interface Bot {
  client: Client;
  context: BotContext;
  commands: ReadonlyMap<string, Command>;
  /** Logs in; resolves once connected. */
  start(): Promise<void>;
  /** Stops taking work, finishes what is in flight, closes storage and logs out. */
  stop(): Promise<void>;
}

/** The fewest intents that work: guilds always; messages and their content only for free-text answers. */
export function intentsFor(env: Pick<BotEnv, 'FREE_TEXT_ANSWERS'>): GatewayIntentBits[] {
  return env.FREE_TEXT_ANSWERS
    ? [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent]
    : [GatewayIntentBits.Guilds];
}

const storeTagOf = (store: Store): string =>
  createHash('sha256')
    .update(store.articles.map((article) => article.sha256).join(','))
    .update(store.facts.map((fact) => fact.id).join(','))
    .digest('base64url')
    .slice(0, 8);

async function readArticleTexts(store: Store, dataDir: string): Promise<Map<string, string>> {
  return new Map(
    await Promise.all(
      store.articles.map(async (article) => [article.id, await readFile(path.join(dataDir, article.file), 'utf8')] as const),
    ),
  );
}

export async function createBot(
  env: BotEnv,
  logger: Logger,
  options: { dataDir?: string; answerer?: Answerer; clientOptions?: Partial<ClientOptions> } = {},
): Promise<Bot> {
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const answerer = options.answerer ?? (await loadAnswerer(env, logger, dataDir));
  const store = answerer.engine.store;
  const settings = createSettingsStore(await openKeyv(env.KEYV_URL), logger);
  const context: BotContext = {
    store,
    articleTexts: await readArticleTexts(store, dataDir),
    answerer,
    settings,
    logger,
    rateLimiter: createRateLimiter(env.RATE_LIMIT_PER_MINUTE, 60_000),
    storeTag: storeTagOf(store),
  };
  const commands = await loadCommands();
  const client = new Client({
    intents: intentsFor(env),
    allowedMentions: NO_MENTIONS,
    ...(env.DISCORD_API_URL === undefined ? {} : { rest: { api: env.DISCORD_API_URL } }),
    ...options.clientOptions,
  });
  const inFlight = new Set<Promise<void>>();
  let draining = false;
  const track = (work: Promise<void>): void => {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  };

  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    if (draining) return;
    track(handleInteraction(interaction, commands, context));
  });
  if (env.FREE_TEXT_ANSWERS) {
    client.on(Events.MessageCreate, (message: Message) => {
      if (draining) return;
      track(
        handleMessage(message, context).catch((error: unknown) => {
          logger.error(
            { err: error, guildId: message.guildId, channelId: message.channelId, messageId: message.id },
            'free-text answer failed',
          );
        }),
      );
    });
  }
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.ShardDisconnect, (event, shardId) => logger.warn({ code: event.code, shardId }, 'gateway connection closed'));
  client.on(Events.ShardResume, (shardId, replayed) => logger.info({ shardId, replayed }, 'gateway session resumed'));
  client.once(Events.ClientReady, (ready) =>
    logger.info({ user: ready.user.tag, guilds: ready.guilds.cache.size, commands: commands.size, mode: answerer.mode }, 'ready'),
  );

  return {
    client,
    context,
    commands,
    async start() {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(env.DISCORD_TOKEN);
      await ready;
    },
    async stop() {
      draining = true;
      await Promise.allSettled([...inFlight]);
      await client.destroy();
      await settings.close().catch((error: unknown) => logger.warn({ err: error }, 'closing settings failed'));
    },
  };
}
