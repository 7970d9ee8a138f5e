// Faults a test schedules for the bot's next matching REST call: a 429 (which @discordjs/rest waits out and retries
// by itself) or an error status. Note that @discordjs/rest also retries 5xx answers (3 times by default), so a
// single 500 never reaches the bot; schedule it `times: 4` to make the call fail.
import { errorForStatus } from './restReplies.js';
import type { RestReply } from './restReplies.js';

export interface RestFaults {
  rateLimitNext(method: string, pathPattern: RegExp, retryAfterMs: number): void;
  failNext(method: string, pathPattern: RegExp, status: number, options?: { times?: number; body?: unknown }): void;
  /** The reply for this request if a fault is scheduled for it (and uses that fault up). */
  take(method: string, path: string): RestReply | undefined;
}

interface Fault {
  method: string;
  pathPattern: RegExp;
  reply: () => RestReply;
}

/** A 429 as Discord sends it: the wait is in the Retry-After header (seconds), which @discordjs/rest reads. */
function rateLimited(retryAfterMs: number): RestReply {
  const seconds = retryAfterMs / 1000;
  return {
    status: 429,
    headers: {
      'retry-after': String(seconds),
      'x-ratelimit-limit': '5',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String((Date.now() + retryAfterMs) / 1000),
      'x-ratelimit-reset-after': String(seconds),
      'x-ratelimit-scope': 'user',
    },
    body: { message: 'You are being rate limited.', retry_after: seconds, global: false },
  };
}

export function createRestFaults(): RestFaults {
  const faults: Fault[] = [];
  return {
    rateLimitNext(method, pathPattern, retryAfterMs) {
      faults.push({ method: method.toUpperCase(), pathPattern, reply: () => rateLimited(retryAfterMs) });
    },
    failNext(method, pathPattern, status, options = {}) {
      const reply = (): RestReply => (options.body === undefined ? errorForStatus(status) : { status, body: options.body });
      for (let time = 0; time < (options.times ?? 1); time++) faults.push({ method: method.toUpperCase(), pathPattern, reply });
    },
    take(method, path) {
      const index = faults.findIndex((fault) => fault.method === method && fault.pathPattern.test(path));
      if (index < 0) return undefined;
      const [fault] = faults.splice(index, 1);
      return fault?.reply();
    },
  };
}
