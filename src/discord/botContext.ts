import type { Logger } from 'pino';
import type { Answerer } from '../answers/createAnswerer.js';
import type { Store } from '../facts/schema.js';
import type { SettingsStore } from '../settings/settingsStore.js';
import type { RateLimiter } from './rateLimiter.js';

/** Everything a handler may use, built once at start and passed explicitly. */
export interface BotContext {
  store: Store;
  /** Article texts by id, for showing a quote's whole paragraph. */
  articleTexts: ReadonlyMap<string, string>;
  answerer: Answerer;
  settings: SettingsStore;
  logger: Logger;
  rateLimiter: RateLimiter;
  /** Identifies this store's version in buttons, so a button made from an older store is recognised. */
  storeTag: string;
}
