import type { Logger } from 'pino';
import type { Answerer } from '../answers/createAnswerer.js';
import type { Store } from '../facts/schema.js';
import type { AnswerLedger } from '../ledger/answerLedger.js';
import type { ReportStore } from '../reports/reportStore.js';
import type { SettingsStore } from '../settings/settingsStore.js';
import type { ReloadOutcome } from './corrections/reloadFacts.js';
import type { RateLimiter } from './rateLimiter.js';

/**
 * Everything a handler may use, built once at start and passed explicitly. The store, its texts, the answerer and the
 * store tag are replaced together when the facts are reloaded; a handler already running keeps the ones it read.
 */
export interface BotContext {
  store: Store;
  /** Article texts by id, for showing a quote's whole paragraph. */
  articleTexts: ReadonlyMap<string, string>;
  answerer: Answerer;
  settings: SettingsStore;
  logger: Logger;
  rateLimiter: RateLimiter;
  /** One problem report per user per cooldown. */
  reportLimiter: RateLimiter;
  /** What the bot posted and which fact versions it cited. */
  ledger: AnswerLedger;
  reports: ReportStore;
  /** Reads the store again and brings earlier answers up to date; refuses an invalid store and keeps the current one. */
  reloadFacts(): Promise<ReloadOutcome>;
  now(): number;
  /** Identifies this store's version in buttons, so a button made from an older store is recognised. */
  storeTag: string;
}
