/** A per-user sliding-window limit: at most `limit` uses in any `windowMs`. Kept in memory, per process. */
type Verdict = { allowed: true } | { allowed: false; retryAfterMs: number };

export interface RateLimiter {
  /** Uses one of the user's turns when one is free. */
  take(userId: string): Verdict;
  /** Whether `take` would allow the user now, without using a turn. */
  peek(userId: string): Verdict;
}

export function createRateLimiter(limit: number, windowMs: number, now: () => number = Date.now): RateLimiter {
  const uses = new Map<string, number[]>();
  const verdict = (userId: string, time: number): { verdict: Verdict; recent: number[] } => {
    const recent = (uses.get(userId) ?? []).filter((used) => time - used < windowMs);
    uses.set(userId, recent);
    if (recent.length < limit) return { verdict: { allowed: true }, recent };
    return { verdict: { allowed: false, retryAfterMs: windowMs - (time - (recent[0] as number)) }, recent };
  };
  return {
    take(userId) {
      const time = now();
      const { verdict: result, recent } = verdict(userId, time);
      if (result.allowed) recent.push(time);
      return result;
    },
    peek: (userId) => verdict(userId, now()).verdict,
  };
}
