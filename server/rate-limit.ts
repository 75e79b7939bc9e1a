/**
 * A token bucket per key (the hash of the bearer token): the only state the server keeps, so
 * each instance behind a load balancer limits on its own.
 *
 * @module
 */

/** Requests per second refilled and the most that may be spent at once. */
export interface RateLimitOptions {
  perSecond: number;
  burst: number;
}

/** Spends one request for a key; false when its bucket is empty. */
export type RateLimiter = (key: string, now?: number) => boolean;

/** A limiter with one bucket per key; full buckets are forgotten so memory stays bounded. */
export function createRateLimiter({ perSecond, burst }: RateLimitOptions): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  let sweptAt = -Infinity;
  return (key, now = Date.now()) => {
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
    buckets.set(key, b);
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  };
}
