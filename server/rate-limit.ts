/**
 * Token buckets per key (a bearer token's hash, or a client address): the only state the server
 * keeps, so each instance behind a load balancer limits on its own. A request is let in while
 * its bucket holds a whole token and is then charged what it cost, which may leave the bucket in
 * debt: a full read of a large list is paid for by a wait before the next request, so one token
 * cannot make the server send a large list over and over (see {@link costOf}).
 *
 * @module
 */

/** Requests per second refilled and the most that may be spent at once. */
export interface RateLimitOptions {
  perSecond: number;
  burst: number;
}

/** One bucket per key. */
export interface RateLimiter {
  /** Milliseconds until `key` may make a request: 0 while its bucket holds a whole token. */
  wait(key: string, now?: number): number;
  /** Charges `cost` tokens to `key`'s bucket, into debt if need be. */
  spend(key: string, cost: number, now?: number): void;
  /** Whether `key` has spent anything that its bucket has not yet refilled. */
  knows(key: string): boolean;
}

/** The bytes of an answer that cost one request more: a 1,000-claim list costs about four. */
export const COST_UNIT_BYTES = 256 * 1024;

/** What an answer of `bytes` costs: one request, plus one per {@link COST_UNIT_BYTES}. */
export function costOf(bytes: number): number {
  return 1 + Math.floor(bytes / COST_UNIT_BYTES);
}

/** The deepest debt, in seconds of refill: one huge answer never locks a key out for long. */
const MAX_DEBT_SECONDS = 120;

/** A limiter with one bucket per key; full buckets are forgotten so memory stays bounded. */
export function createRateLimiter({ perSecond, burst }: RateLimitOptions): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  let sweptAt = -Infinity;
  const floor = -perSecond * MAX_DEBT_SECONDS;

  const refilled = (key: string, now: number): { tokens: number; at: number } => {
    // At most one sweep a second: with many busy keys, sweeping on every request would cost
    // each request a walk over all of them.
    if (buckets.size > 10_000 && now - sweptAt >= 1000) {
      sweptAt = now;
      for (const [k, b] of buckets) {
        if (b.tokens + ((now - b.at) / 1000) * perSecond >= burst) buckets.delete(k);
      }
    }
    const b = buckets.get(key) ?? { tokens: burst, at: now };
    b.tokens = Math.min(burst, b.tokens + ((now - b.at) / 1000) * perSecond);
    b.at = now;
    return b;
  };

  return {
    wait(key, now = Date.now()) {
      const b = buckets.get(key);
      if (b === undefined) return 0;
      const tokens = refilled(key, now).tokens;
      return tokens >= 1 ? 0 : Math.ceil(((1 - tokens) / perSecond) * 1000);
    },
    spend(key, cost, now = Date.now()) {
      const b = refilled(key, now);
      b.tokens = Math.max(floor, b.tokens - cost);
      buckets.set(key, b);
    },
    knows: (key) => buckets.has(key),
  };
}
