import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import KeyvRedis from '@keyv/redis';
import KeyvSqlite from '@keyv/sqlite';
import Keyv from 'keyv';

export const DEFAULT_SQLITE_FILE = fileURLToPath(new URL('../../var/factdesk.sqlite', import.meta.url));
const NAMESPACE = 'factdesk';

/**
 * The key-value store behind settings: SQLite in a git-ignored file by default, Redis when `KEYV_URL` is a redis://
 * address (required when several shards share settings), or another SQLite file for `sqlite://path`.
 */
export async function openKeyv(url: string | undefined): Promise<Keyv> {
  if (url !== undefined && /^rediss?:\/\//.test(url)) {
    // Errors are reported, not thrown, so a lost Redis degrades to defaults while the client reconnects.
    const store = new KeyvRedis(url, { throwOnConnectError: false, throwOnErrors: true, connectionTimeout: 2_000 });
    return new Keyv({ store, namespace: NAMESPACE, useKeyPrefix: false });
  }
  const file = url === undefined ? DEFAULT_SQLITE_FILE : path.resolve(url.replace(/^sqlite:\/\//, ''));
  await mkdir(path.dirname(file), { recursive: true });
  return new Keyv({ store: new KeyvSqlite({ uri: `sqlite://${file}`, busyTimeout: 5_000 }), namespace: NAMESPACE });
}
