import type Keyv from 'keyv';

export interface BatchedWrites {
  /**
   * Queues a write; resolves once its batch is stored: false when the store refused or failed the batch, which is
   * written in one statement and so stands or falls whole.
   */
  write(key: string, value: unknown, expiresAt: number): Promise<boolean>;
  /** Drops a queued write of `key`, if any. */
  discard(key: string): void;
  /** Writes whatever is queued and waits for every batch under way. */
  flush(): Promise<void>;
}

interface Batch {
  /** Values by key, with when each expires (ms since the epoch); the TTL is worked out when the batch is written. */
  entries: Map<string, { value: unknown; expiresAt: number }>;
  written: Promise<boolean>;
  settle(written: boolean): void;
}

/**
 * Writes to keyv gathered into batches: the first write waits `windowMs` for company, a full batch goes at once, and
 * the batch is one `setMany`. Under load this is one commit per batch rather than per write; when quiet a write waits
 * only the window. A later write of the same key in the same batch replaces the earlier one. A write costs a map
 * entry, not a promise of its own: the writes of a batch share one.
 */
export function batchedWrites(keyv: Keyv, options: { windowMs: number; maxBatch: number; now: () => number }): BatchedWrites {
  let open: Batch | undefined;
  let timer: NodeJS.Timeout | undefined;
  let underWay: Promise<void> = Promise.resolve();

  const newBatch = (): Batch => {
    let settle: (written: boolean) => void = () => undefined;
    const written = new Promise<boolean>((resolve) => (settle = resolve));
    return { entries: new Map(), written, settle };
  };

  async function store(batch: Batch): Promise<void> {
    const entries = [...batch.entries].map(([key, { value, expiresAt }]) => ({ key, value, ttl: Math.max(1, expiresAt - options.now()) }));
    try {
      // keyv answers a failed batch with `false` for each entry; the Redis adapter answers a stored one with nothing.
      const results: unknown = await keyv.setMany(entries);
      batch.settle(!Array.isArray(results) || results.every((result) => result === true));
    } catch {
      // keyv has already emitted the error, and its owners log it.
      batch.settle(false);
    }
  }

  function send(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    const batch = open;
    open = undefined;
    if (batch === undefined) return underWay;
    if (batch.entries.size === 0) {
      batch.settle(true);
      return underWay;
    }
    // One batch at a time, in order, so a key written twice ends with its later value.
    underWay = underWay.then(() => store(batch));
    return underWay;
  }

  return {
    write(key, value, expiresAt) {
      open ??= newBatch();
      const batch = open;
      batch.entries.delete(key); // a rewrite goes to the end, as a fresh write would
      batch.entries.set(key, { value, expiresAt });
      if (batch.entries.size >= options.maxBatch) void send();
      else timer ??= setTimeout(() => void send(), options.windowMs);
      return batch.written;
    },
    discard(key) {
      open?.entries.delete(key);
    },
    flush: send,
  };
}
