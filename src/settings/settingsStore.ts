import type Keyv from 'keyv';
import type { Logger } from 'pino';
import type { GuildSettings as GuildSettingsType } from './guildSettings.js';
import { DEFAULT_SETTINGS, GuildSettings } from './guildSettings.js';

export interface SettingsStore {
  get(guildId: string): Promise<GuildSettingsType>;
  update(guildId: string, change: (current: GuildSettingsType) => GuildSettingsType): Promise<GuildSettingsType>;
  reset(guildId: string): Promise<void>;
  close(): Promise<void>;
}

const key = (guildId: string): string => `guild:${guildId}`;

/**
 * Per-guild settings over any keyv store. A value that fails validation is reset to the defaults and logged; when the
 * store itself fails, reads answer with the defaults (logged once until it recovers) so the bot keeps answering.
 */
export function createSettingsStore(keyv: Keyv, logger: Logger): SettingsStore {
  let storeDown = false;
  const storeFailed = (error: unknown, guildId: string): void => {
    if (!storeDown) logger.error({ err: error, guildId }, 'settings store unavailable; using default settings');
    storeDown = true;
  };

  async function get(guildId: string): Promise<GuildSettingsType> {
    let raw: unknown;
    try {
      raw = await keyv.get(key(guildId));
      if (storeDown) logger.info({ guildId }, 'settings store available again');
      storeDown = false;
    } catch (error) {
      storeFailed(error, guildId);
      return DEFAULT_SETTINGS;
    }
    if (raw === undefined) return DEFAULT_SETTINGS;
    const parsed = GuildSettings.safeParse(raw);
    if (parsed.success) return parsed.data;
    logger.warn(
      { guildId, issues: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) },
      'corrupt settings reset to defaults',
    );
    await keyv.delete(key(guildId)).catch((error: unknown) => storeFailed(error, guildId));
    return DEFAULT_SETTINGS;
  }

  async function update(guildId: string, change: (current: GuildSettingsType) => GuildSettingsType): Promise<GuildSettingsType> {
    const next = GuildSettings.parse(change(await get(guildId)));
    await keyv.set(key(guildId), next);
    return next;
  }

  return {
    get,
    update,
    reset: async (guildId) => {
      await keyv.delete(key(guildId));
    },
    close: () => keyv.disconnect(),
  };
}
