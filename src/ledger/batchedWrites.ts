import type Keyv from 'keyv';

interface Pending {
  value: unknown;
  /** When the value expires, ms since the epoch; the TTL is worked out when the batch is written. */
  expiresAt: number;
  settle: ((written: boolean) => void)[];
}

export interface BatchedWrites {
  /** Queues a write; resolves once its batch is stored: false when the store refused it or failed. */
  write(key: string, value: unknown, expiresAt: number): Promise<boolean>;
  /** Drops a queued write of `key`, if any: its waiters learn it was written, then removed. */
  discard(key: string): void;
  /** Writes whatever is queued and waits for every batch under way. */
  flush(): Promise<void>;
}

/**
 * Writes to keyv gathered into batches: the first write waits `windowMs` for company, a full batch goes at once, and
 * the batch is one `setMany`. Under load this is one commit per batch rather than per write; when quiet a write waits
 * only the window. A later write of the same key in the same batch replaces the earlier one.
 */
export function batchedWrites(keyv: Keyv, options: { windowMs: number; maxBatch: number; now: () => number }): BatchedWrites {
  const queued = new Map<string, Pending>();
  let timer: NodeJS.Timeout | undefined;
  let underWay: Promise<void> = Promise.resolve();

  async function store(batch: Map<string, Pending>): Promise<void> {
    const entries = [...batch].map(([key, pending]) => ({
      key,
      value: pending.value,
      ttl: Math.max(1, pending.expiresAt - options.now()),
    }));
    let written: (index: number) => boolean;
    try {
      // keyv answers a failed batch with `false` for each entry; the Redis adapter answers a stored one with nothing.
      const results: unknown = await keyv.setMany(entries);
      written = (index) => !Array.isArray(results) || results[index] === true;
    } catch {
      // keyv has already emitted the error, and its owners log it.
      written = () => false;
    }
    [...batch.values()].forEach((pending, index) => pending.settle.forEach((settle) => settle(written(index))));
  }

  function send(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    if (queued.size === 0) return underWay;
    const batch = new Map(queued);
    queued.clear();
    // One batch at a time, in order, so a key written twice ends with its later value.
    underWay = underWay.then(() => store(batch));
    return underWay;
  }

  return {
    write(key, value, expiresAt) {
      const written = new Promise<boolean>((resolve) => {
        const earlier = queued.get(key);
        queued.set(key, { value, expiresAt, settle: [...(earlier?.settle ?? []), resolve] });
      });
      if (queued.size >= options.maxBatch) void send();
      else timer ??= setTimeout(() => void send(), options.windowMs);
      return written;
    },
    discard(key) {
      const pending = queued.get(key);
      if (pending === undefined) return;
      queued.delete(key);
      pending.settle.forEach((settle) => settle(true));
    },
    flush: send,
  };
}
