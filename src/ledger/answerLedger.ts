import type Keyv from 'keyv';
import type { Logger } from 'pino';
import { batchedWrites } from './batchedWrites.js';
import type { LedgerEntry as LedgerEntryType } from './ledgerEntry.js';
import type { MessageRef } from './ledgerEntry.js';
import { LEDGER_PREFIX, LedgerEntry, ledgerKey } from './ledgerEntry.js';

export interface AnswerLedger {
  /** Remembers a posted message until the ledger's expiry; false when the store could not take it. */
  record(entry: LedgerEntryType): Promise<boolean>;
  /** Every remembered message; entries that no longer parse are dropped. */
  entries(): Promise<LedgerEntryType[]>;
  /** The entry for a message, looked up by the interaction it answered and then by its own id. */
  get(ref: MessageRef): Promise<LedgerEntryType | undefined>;
  forget(entry: MessageRef): Promise<void>;
  /** Stores what is still waiting for its batch; called before the store is closed. */
  flush(): Promise<void>;
}

/** Failures are logged at most this often, so an outage of the store does not flood the log once per answer. */
const LOG_EVERY_MS = 60_000;
/**
 * Answers are recorded in batches: each waits at most this long for others. The answer itself has gone out already;
 * only the record waits, and a shutdown stores what is waiting before the store is closed.
 */
const BATCH_WINDOW_MS = 20;
const MAX_BATCH = 256;

/**
 * What the bot posted and which fact versions it cited, under `ledger:` keys beside the settings. An entry keeps the expiry it was
 * first given (`ttlMs` after posting) when it is rewritten. The ledger never stands in an answer's way: a store that
 * fails is logged and the answer goes out unrecorded. Reads see every record made before them, batched or not.
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
  const writes = batchedWrites(keyv, { windowMs: BATCH_WINDOW_MS, maxBatch: MAX_BATCH, now });

  return {
    async record(entry) {
      const expiresAt = entry.postedAt + options.ttlMs;
      if (expiresAt <= now()) {
        await this.forget(entry);
        return true;
      }
      return writes.write(ledgerKey(entry), entry, expiresAt);
    },
    async entries() {
      if (keyv.iterator === undefined) throw new Error('the answer ledger needs a store that can list its keys (SQLite or Redis)');
      await writes.flush();
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
    async get({ guildId, interactionId, messageId }) {
      try {
        await writes.flush();
        const keys = [
          ...(interactionId === undefined ? [] : [ledgerKey({ guildId, interactionId })]),
          ...(messageId === undefined ? [] : [ledgerKey({ guildId, messageId })]),
        ];
        for (const key of keys) {
          const parsed = LedgerEntry.safeParse(await keyv.get(key));
          if (parsed.success) return parsed.data;
        }
        return undefined;
      } catch (error) {
        logFailure(error, 'read an answer');
        return undefined;
      }
    },
    async forget(entry) {
      writes.discard(ledgerKey(entry));
      try {
        // A batch already under way could otherwise put the entry back after it is deleted.
        await writes.flush();
        await keyv.delete(ledgerKey(entry));
      } catch (error) {
        logFailure(error, 'forget an answer');
      }
    },
    flush: () => writes.flush(),
  };
}
