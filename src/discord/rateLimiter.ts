/** A per-user sliding-window limit: at most `limit` uses in any `windowMs`. Kept in memory, per process. */
type Verdict = { allowed: true } | { allowed: false; retryAfterMs: number };

export interface RateLimiter {
  /** Uses one of the user's turns when one is free. */
  take(userId: string): Verdict;
  /** Whether `take` would allow the user now, without using a turn. */
  peek(userId: string): Verdict;
}

const ALLOWED: Verdict = { allowed: true };

/**
 * Each user's recent uses, oldest first; expired ones are dropped from the front as the user comes back, and users
 * idle for a whole window are forgotten once per window, so a busy bot's memory does not grow with every user it
 * has ever seen.
 */
export function createRateLimiter(limit: number, windowMs: number, now: () => number = Date.now): RateLimiter {
  const uses = new Map<string, number[]>();
  let sweptAt = now();

  const forgetIdle = (time: number): void => {
    if (time - sweptAt < windowMs) return;
    sweptAt = time;
    for (const [userId, recent] of uses) if (time - (recent.at(-1) ?? -Infinity) >= windowMs) uses.delete(userId);
  };
  const recentUses = (userId: string, time: number): number[] => {
    const recent = uses.get(userId) ?? [];
    let expired = 0;
    while (expired < recent.length && time - (recent[expired] as number) >= windowMs) expired += 1;
    if (expired > 0) recent.splice(0, expired);
    return recent;
  };
  const verdict = (recent: readonly number[], time: number): Verdict =>
    recent.length < limit ? ALLOWED : { allowed: false, retryAfterMs: windowMs - (time - (recent[0] as number)) };

  return {
    take(userId) {
      const time = now();
      forgetIdle(time);
      const recent = recentUses(userId, time);
      const result = verdict(recent, time);
      if (result.allowed) {
        recent.push(time);
        uses.set(userId, recent);
      }
      return result;
    },
    peek(userId) {
      const time = now();
      return verdict(recentUses(userId, time), time);
    },
  };
}
