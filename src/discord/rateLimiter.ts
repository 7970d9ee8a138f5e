/** A per-user sliding-window limit: at most `limit` uses in any `windowMs`. Kept in memory, per process. */
export interface RateLimiter {
  take(userId: string): { allowed: true } | { allowed: false; retryAfterMs: number };
}

export function createRateLimiter(limit: number, windowMs: number, now: () => number = Date.now): RateLimiter {
  const uses = new Map<string, number[]>();
  return {
    take(userId) {
      const time = now();
      const recent = (uses.get(userId) ?? []).filter((used) => time - used < windowMs);
      if (recent.length >= limit) {
        uses.set(userId, recent);
        return { allowed: false, retryAfterMs: windowMs - (time - (recent[0] as number)) };
      }
      recent.push(time);
      uses.set(userId, recent);
      return { allowed: true };
    },
  };
}
