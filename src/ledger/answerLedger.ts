import type Keyv from 'keyv';
import type { Logger } from 'pino';
import type { LedgerEntry as LedgerEntryType } from './ledgerEntry.js';
import { LEDGER_PREFIX, LedgerEntry, ledgerKey } from './ledgerEntry.js';

export interface AnswerLedger {
  /** Remembers a posted message until the ledger's expiry; false when the store could not take it. */
  record(entry: LedgerEntryType): Promise<boolean>;
  /** Every remembered message; entries that no longer parse are dropped. */
  entries(): Promise<LedgerEntryType[]>;
  get(guildId: string, messageId: string): Promise<LedgerEntryType | undefined>;
  forget(entry: Pick<LedgerEntryType, 'guildId' | 'messageId'>): Promise<void>;
}

/** Failures are logged at most this often, so an outage of the store does not flood the log once per answer. */
const LOG_EVERY_MS = 60_000;

/**
 * What the bot posted and which fact versions it cited, under `ledger:` keys beside the settings. An entry keeps the expiry it was
 * first given (`ttlMs` after posting) when it is rewritten. The ledger never stands in an answer's way: a store that
 * fails is logged and the answer goes out unrecorded.
 */
export function createAnswerLedger(keyv: Keyv, logger: Logger, options: { ttlMs: number; now?: () => number }): AnswerLedger {
  const now = options.now ?? Date.now;
  let loggedAt = -Infinity;
  const logFailure = (error: unknown, action: string): void => {
    if (now() - loggedAt < LOG_EVERY_MS) return;
    loggedAt = now();
    logger.warn({ err: error }, `answer ledger: could not ${action}; earlier answers may miss a correction`);
  };
  keyv.on('error', (error: unknown) => logFailure(error, 'reach the store'));

  return {
    async record(entry) {
      const remaining = entry.postedAt + options.ttlMs - now();
      if (remaining <= 0) {
        await this.forget(entry);
        return true;
      }
      try {
        return await keyv.set(ledgerKey(entry), entry, remaining);
      } catch (error) {
        logFailure(error, 'record an answer');
        return false;
      }
    },
    async entries() {
      if (keyv.iterator === undefined) throw new Error('the answer ledger needs a store that can list its keys (SQLite or Redis)');
      const found: LedgerEntryType[] = [];
      const corrupt: string[] = [];
      // Read everything first: SQLite pages through the keys by offset, so deleting mid-scan would skip entries.
      for await (const [key, value] of keyv.iterator(undefined)) {
        if (!String(key).startsWith(LEDGER_PREFIX)) continue;
        const parsed = LedgerEntry.safeParse(value);
        if (parsed.success) found.push(parsed.data);
        else corrupt.push(String(key));
      }
      if (corrupt.length > 0) {
        logger.warn({ count: corrupt.length }, 'answer ledger: dropped entries that no longer parse');
        await Promise.all(corrupt.map((key) => keyv.delete(key)));
      }
      return found;
    },
    async get(guildId, messageId) {
      try {
        const parsed = LedgerEntry.safeParse(await keyv.get(ledgerKey({ guildId, messageId })));
        return parsed.success ? parsed.data : undefined;
      } catch (error) {
        logFailure(error, 'read an answer');
        return undefined;
      }
    },
    async forget(entry) {
      try {
        await keyv.delete(ledgerKey(entry));
      } catch (error) {
        logFailure(error, 'forget an answer');
      }
    },
  };
}
