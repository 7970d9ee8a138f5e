import path from 'node:path';
import { Client, Events, GatewayIntentBits, Options } from 'discord.js';
import type { ClientOptions, Interaction, Message } from 'discord.js';
import type { Logger } from 'pino';
import type { Answerer } from '../answers/createAnswerer.js';
import type { BotEnv } from '../config/env.js';
import { DEFAULT_DATA_DIR } from '../facts/dataFiles.js';
import { createAnswerLedger } from '../ledger/answerLedger.js';
import { createReportStore } from '../reports/reportStore.js';
import { openKeyv } from '../settings/openKeyv.js';
import { createSettingsStore } from '../settings/settingsStore.js';
import type { BotContext } from './botContext.js';
import type { Command } from './command.js';
import type { CorrectionTally } from './corrections/applyCorrections.js';
import { createFactsReloader } from './corrections/reloadFacts.js';
import { watchStore } from './corrections/watchStore.js';
import { handleInteraction } from './handleInteraction.js';
import { handleMessage } from './handleMessage.js';
import { loadCommands } from './loadCommands.js';
import { loadFacts } from './loadFacts.js';
import { createRateLimiter } from './rateLimiter.js';
import { NO_MENTIONS } from './safeText.js';
import { RELOAD_EVENT } from './corrections/reloadOtherShards.js';

export interface Bot {
  client: Client;
  context: BotContext;
  commands: ReadonlyMap<string, Command>;
  /** Logs in; resolves once connected. Earlier answers are then checked against the facts in the background. */
  start(): Promise<void>;
  /** The start-up pass over earlier answers; undefined before start. */
  corrected: Promise<CorrectionTally> | undefined;
  /** Stops taking work, finishes what is in flight, closes storage and logs out. */
  stop(): Promise<void>;
}

/**
 * discord.js caches every user and member it meets, forever; with interactions from thousands of servers that grows
 * without end. The bot reads who asked from the interaction itself, so it keeps only its own user and member (which
 * channel permissions are worked out from).
 */
const CACHES = Options.cacheWithLimits({
  ...Options.DefaultMakeCacheSettings,
  UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user.id },
  GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user.id },
});

/** The fewest intents that work: guilds always; messages and their content only for free-text answers. */
export function intentsFor(env: Pick<BotEnv, 'FREE_TEXT_ANSWERS'>): GatewayIntentBits[] {
  return env.FREE_TEXT_ANSWERS
    ? [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent]
    : [GatewayIntentBits.Guilds];
}

export async function createBot(
  env: BotEnv,
  logger: Logger,
  options: { dataDir?: string; answerer?: Answerer; clientOptions?: Partial<ClientOptions>; now?: () => number } = {},
): Promise<Bot> {
  const dataDir = options.dataDir ?? (env.DATA_DIR === undefined ? DEFAULT_DATA_DIR : path.resolve(env.DATA_DIR));
  const now = options.now ?? Date.now;
  const [facts, keyv] = await Promise.all([loadFacts(env, logger, dataDir, options.answerer), openKeyv(env.KEYV_URL)]);
  const settings = createSettingsStore(keyv, logger);
  const ledger = createAnswerLedger(keyv, logger, { ttlMs: env.LEDGER_TTL_DAYS * 86_400_000, now });
  const reloader = createFactsReloader({ env, logger, dataDir });
  const context: BotContext = {
    ...facts,
    settings,
    logger,
    rateLimiter: createRateLimiter(env.RATE_LIMIT_PER_MINUTE, 60_000, now),
    reportLimiter: createRateLimiter(1, env.REPORT_COOLDOWN_SECONDS * 1_000, now),
    ledger,
    reports: createReportStore(keyv),
    reloadFacts: () => reloader.reload(client, context),
    now,
  };
  const commands = await loadCommands();
  const client = new Client({
    intents: intentsFor(env),
    makeCache: CACHES,
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
  // Another shard's /config reload-facts reaches this one through the sharding manager (see reloadOtherShards).
  client.on(RELOAD_EVENT as never, () => track(context.reloadFacts().then(() => undefined)));
  const stopWatching = env.FACTS_WATCH ? watchStore(dataDir, logger, () => track(context.reloadFacts().then(() => undefined))) : () => {};
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.ShardDisconnect, (event, shardId) => logger.warn({ code: event.code, shardId }, 'gateway connection closed'));
  client.on(Events.ShardResume, (shardId, replayed) => logger.info({ shardId, replayed }, 'gateway session resumed'));
  client.once(Events.ClientReady, (ready) =>
    logger.info(
      {
        user: ready.user.tag,
        guilds: ready.guilds.cache.size,
        commands: commands.size,
        mode: context.answerer.mode,
        storeVersion: context.store.version.number,
      },
      'ready',
    ),
  );

  const bot: Bot = {
    client,
    context,
    commands,
    corrected: undefined,
    async start() {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(env.DISCORD_TOKEN);
      await ready;
      const corrected = reloader.correct(client, context).then(({ total }) => total);
      bot.corrected = corrected;
      track(
        corrected.then(
          () => undefined,
          (error: unknown) => logger.error({ err: error }, 'checking earlier answers against the facts failed'),
        ),
      );
    },
    async stop() {
      draining = true;
      stopWatching();
      await Promise.allSettled([...inFlight]);
      await client.destroy();
      await ledger.flush();
      await settings.close().catch((error: unknown) => logger.warn({ err: error }, 'closing storage failed'));
    },
  };
  return bot;
}
