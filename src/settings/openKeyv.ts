import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { RedisClientOptions } from '@keyv/redis';
import Keyv from 'keyv';
import { fromProjectRoot } from '../config/projectRoot.js';
import { SqliteStore } from './sqliteStore.js';

export const DEFAULT_SQLITE_FILE = fromProjectRoot('var', 'factdesk.sqlite');
/** Settings, reports and the answer ledger share one connection; their keys start `guild:`, `reports:`, `ledger:`. */
const NAMESPACE = 'factdesk';
const CONNECT_TIMEOUT_MS = 1_000;
/**
 * Everything stored is plain JSON (ids, text, numbers), so JSON itself is the format: keyv's default serializer walks
 * every value looking for Buffers to encode, and the ledger writes one entry per answer.
 */
const JSON_FORMAT = { serialize: JSON.stringify, deserialize: JSON.parse } as const;
const MAX_RECONNECT_DELAY_MS = 2_000;

/** Commands fail at once while Redis is unreachable instead of queueing, so an interaction never waits on it. */
function redisOptions(url: string): RedisClientOptions {
  return {
    url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: CONNECT_TIMEOUT_MS,
      reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, MAX_RECONNECT_DELAY_MS),
    },
  };
}

/**
 * The key-value store behind settings, reports and the answer ledger: SQLite in a git-ignored file by default, Redis when `KEYV_URL` is a redis://
 * address (required when several shards share settings), or another SQLite file for `sqlite://path`.
 */
export async function openKeyv(url: string | undefined): Promise<Keyv> {
  if (url !== undefined && /^rediss?:\/\//.test(url)) {
    // Loaded only when used: the Redis client is sizeable and a single process does not need it.
    const { default: KeyvRedis } = await import('@keyv/redis');
    const store = new KeyvRedis(redisOptions(url), {
      throwOnConnectError: false,
      throwOnErrors: true,
      connectionTimeout: CONNECT_TIMEOUT_MS,
    });
    // Connected before first use: with the offline queue off, a command sent while the first connection is still
    // being made fails, and settings, reports and the start-up check of earlier answers all begin at once.
    // Unreachable now, it is tried again on use and the settings store answers with defaults meanwhile.
    await store.getClient().catch(() => undefined);
    return new Keyv({ store, namespace: NAMESPACE, useKeyPrefix: false, ...JSON_FORMAT });
  }
  const file = url === undefined ? DEFAULT_SQLITE_FILE : path.resolve(url.replace(/^sqlite:\/\//, ''));
  await mkdir(path.dirname(file), { recursive: true });
  // The ledger is read whole at start and on every reload: pages of 1,000 rows rather than the adapter's 10.
  const store = new SqliteStore({ uri: `sqlite://${file}`, busyTimeout: 5_000, iterationLimit: 1_000 });
  // Every answer is recorded in the ledger: with the default rollback journal each write waits for its own fsync.
  // A write-ahead log with NORMAL sync commits in memory and syncs at checkpoints; a crash can lose the last few
  // writes, never corrupt the file.
  await store.query('PRAGMA journal_mode = WAL');
  await store.query('PRAGMA synchronous = NORMAL');
  return new Keyv({ store, namespace: NAMESPACE, ...JSON_FORMAT });
}
