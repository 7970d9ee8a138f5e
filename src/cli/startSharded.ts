import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager } from 'discord.js';
import type { RESTGetAPIGatewayBotResult } from 'discord.js';
import { z } from 'zod';
import { BotEnv, unsetWhenEmpty } from '../config/env.js';
import { createLogger } from '../config/createLogger.js';
import { exitOnStartupError } from './exitOnStartupError.js';
import { readDiscordEnv } from './readDiscordEnv.js';

// The shard script sits beside this one: TypeScript when run from source (through tsx), JavaScript when compiled.
const RUNNING_SOURCE = import.meta.url.endsWith('.ts');
const SHARD_SCRIPT = fileURLToPath(new URL(RUNNING_SOURCE ? './start.ts' : './start.js', import.meta.url));
/**
 * The node flags of `npm start`: V8's young generation capped at 8 MB per semi-space (about 10 MB less resident
 * memory per idle process), and garbage collected on the main thread alone. V8's four helper threads, on a machine
 * with a few cores shared by several shards, cost about a tenth more CPU per interaction than they save.
 */
const SHARD_NODE_FLAGS = ['--max-semi-space-size=8', '--single-threaded-gc'];
const ShardedEnv = BotEnv.extend({
  SHARD_COUNT: unsetWhenEmpty(z.coerce.number().int().min(1).max(1000).optional()),
  /** Pause between starting shards; Discord allows one identify per 5 seconds unless the bot has a higher concurrency. */
  SHARD_SPAWN_DELAY_MS: unsetWhenEmpty(z.coerce.number().int().min(0).max(60_000).default(5_500)),
});

/** Discord's recommended shard count, asked of the configured REST base (the real API or a proxy). */
async function recommendedShards(token: string, api: string | undefined): Promise<number> {
  const rest = new REST(api === undefined ? {} : { api }).setToken(token);
  const gateway = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  return gateway.shards;
}

/**
 * Runs the bot as several shards, one process each, under discord.js's ShardingManager. Every shard must share its
 * settings through Redis (KEYV_URL=redis://…) so a setting changed through one is seen by the others.
 */
async function main(): Promise<void> {
  const env = readDiscordEnv(ShardedEnv);
  const logger = createLogger(env.LOG_LEVEL);
  if (env.KEYV_URL === undefined || !/^rediss?:\/\//.test(env.KEYV_URL)) {
    logger.warn({ keyvUrl: env.KEYV_URL ?? 'default SQLite file' }, 'shards on several machines need KEYV_URL=redis://… to share settings');
  }
  const totalShards = env.SHARD_COUNT ?? (await recommendedShards(env.DISCORD_TOKEN, env.DISCORD_API_URL));
  const manager = new ShardingManager(SHARD_SCRIPT, {
    token: env.DISCORD_TOKEN,
    totalShards,
    mode: 'process',
    // Each shard is a whole bot process, run as `npm start` runs one.
    execArgv: [...SHARD_NODE_FLAGS, ...(RUNNING_SOURCE ? ['--import', 'tsx'] : [])],
    respawn: true,
  });
  manager.on('shardCreate', (shard) => {
    logger.info({ shardId: shard.id, totalShards }, 'shard started');
    shard.on('death', () => logger.warn({ shardId: shard.id }, 'shard process exited'));
  });
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping every shard');
    manager.respawn = false;
    const exits = manager.shards.map(
      (shard) =>
        new Promise<void>((resolve) => {
          if (shard.process === null || shard.process.exitCode !== null) return resolve();
          shard.process.once('exit', () => resolve());
          shard.process.kill('SIGTERM');
        }),
    );
    void Promise.all(exits).then(() => process.exit(0));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  await manager.spawn({ amount: totalShards, delay: env.SHARD_SPAWN_DELAY_MS, timeout: 60_000 });
  logger.info({ totalShards }, 'all shards ready');
}

await main().catch(exitOnStartupError);
