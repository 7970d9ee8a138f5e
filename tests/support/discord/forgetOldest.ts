/** Deletes a map's oldest entries until it holds at most `limit`, skipping those `keep` names: a bounded history. */
export function forgetOldest<Key>(entries: Map<Key, unknown>, limit: number, keep: (key: Key) => boolean): void {
  for (const key of entries.keys()) {
    if (entries.size <= limit) return;
    if (!keep(key)) entries.delete(key);
  }
}
