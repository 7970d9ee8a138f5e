import type Keyv from 'keyv';
import { LRUCache } from 'lru-cache';
import type { Logger } from 'pino';
import { UserFacingError } from '../answers/errors.js';
import type { GuildSettings as GuildSettingsType } from './guildSettings.js';
import { DEFAULT_SETTINGS, GuildSettings } from './guildSettings.js';

export interface SettingsStore {
  get(guildId: string): Promise<GuildSettingsType>;
  update(guildId: string, change: (current: GuildSettingsType) => GuildSettingsType): Promise<GuildSettingsType>;
  reset(guildId: string): Promise<void>;
  close(): Promise<void>;
}

const key = (guildId: string): string => `guild:${guildId}`;

/** While the store is unreachable it is tried again at most this often; in between, reads answer at once with defaults. */
export const RETRY_AFTER_MS = 2_000;

/**
 * How long a server's settings are served from memory. Every answer reads them, and a store round trip costs more
 * than the rest of an extractive answer. A change made through this process is seen at once; one made through
 * another shard within this time.
 */
export const SETTINGS_CACHE_MS = 1_000;
/** Servers whose settings are kept in memory at once: a shard's busiest. */
const CACHED_GUILDS = 10_000;

const UNAVAILABLE = 'Settings can’t be saved right now: the settings store is unreachable. Nothing was changed; try again in a moment.';

/**
 * Per-guild settings over any keyv store, each server's served from memory for SETTINGS_CACHE_MS. A value that fails
 * validation is reset to the defaults and logged. When the store fails (Redis lost, say), the bot keeps answering with
 * default settings, logs the outage once, refuses changes with a clear message, and tries the store again every few
 * seconds until it is back.
 */
export function createSettingsStore(keyv: Keyv, logger: Logger, now: () => number = Date.now): SettingsStore {
  let errors = 0;
  let downSince: number | undefined;
  let retryAt = 0;
  // ttlResolution 0: the clock is read on each lookup. At 1 ms, lru-cache sets a timer each millisecond it is used.
  const cached = new LRUCache<string, GuildSettingsType>({ max: CACHED_GUILDS, ttl: SETTINGS_CACHE_MS, ttlResolution: 0 });
  /** Counts changes, so a read that a change overtook does not put what it read back in memory. */
  let changes = 0;
  keyv.on('error', (error: unknown) => {
    errors += 1;
    // While the store is away the bot answers with defaults, as it does for a server it has never read.
    cached.clear();
    if (downSince === undefined) logger.error({ err: error }, 'settings store unavailable; answering with default settings');
    downSince ??= now();
    retryAt = now() + RETRY_AFTER_MS;
  });
  const resting = (): boolean => downSince !== undefined && now() < retryAt;
  /** Runs one store operation; false when the store reported an error during it. */
  async function attempt<T>(operation: () => Promise<T>): Promise<{ ok: boolean; value: T }> {
    const before = errors;
    const value = await operation();
    const ok = errors === before;
    if (ok && downSince !== undefined) {
      logger.info({ downMs: now() - downSince }, 'settings store available again');
      downSince = undefined;
    }
    return { ok, value };
  }

  async function get(guildId: string): Promise<GuildSettingsType> {
    return cached.get(guildId) ?? read(guildId);
  }

  /** From the store itself; what it holds is remembered for a moment, what an outage gives is not. */
  async function read(guildId: string): Promise<GuildSettingsType> {
    if (resting()) return DEFAULT_SETTINGS;
    const changesBefore = changes;
    const remember = (settings: GuildSettingsType): GuildSettingsType => {
      if (changes === changesBefore) cached.set(guildId, settings);
      return settings;
    };
    const { ok, value } = await attempt(() => keyv.get(key(guildId)));
    if (!ok) return DEFAULT_SETTINGS;
    if (value === undefined) return remember(DEFAULT_SETTINGS);
    const parsed = GuildSettings.safeParse(value);
    if (parsed.success) return remember(parsed.data);
    logger.warn(
      { guildId, issues: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) },
      'corrupt settings reset to defaults',
    );
    await attempt(() => keyv.delete(key(guildId)));
    return DEFAULT_SETTINGS;
  }

  async function write(operation: () => Promise<boolean>): Promise<void> {
    if (resting()) throw new UserFacingError(UNAVAILABLE);
    const { ok, value } = await attempt(operation);
    if (!ok || !value) throw new UserFacingError(UNAVAILABLE);
  }

  return {
    get,
    async update(guildId, change) {
      // Read afresh, so a change made through another shard a moment ago is not overwritten.
      const next = GuildSettings.parse(change(await read(guildId)));
      changes += 1;
      await write(() => keyv.set(key(guildId), next));
      cached.set(guildId, next);
      return next;
    },
    async reset(guildId) {
      // Deleting a key that was never set is not a failure.
      changes += 1;
      await write(async () => (await keyv.delete(key(guildId))) || true);
      cached.set(guildId, DEFAULT_SETTINGS);
    },
    close: () => keyv.disconnect(),
  };
}
