import type { StoreVersion } from '../schema.js';

/**
 * The version a build stamps: the previous one while the content is the same, so rebuilding an unchanged store gives the
 * same bytes and `facts:check` can compare a rebuild with the committed store; else the next number, dated today.
 */
export function nextStoreVersion(previous: StoreVersion | undefined, hash: string, today: string): StoreVersion {
  if (previous?.hash === hash) return previous;
  return { number: (previous?.number ?? 0) + 1, date: today, hash };
}
