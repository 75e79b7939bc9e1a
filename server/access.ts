/**
 * Who may do what with a list, and how often. A request with a valid token is limited by its
 * token's bucket and charged what its answer costs; a request without one (no token, a wrong
 * one, a list that does not exist) by its client address, so guessing tokens or list ids costs
 * the guesser, not every list. "No such list" and "wrong token" get one and the same answer, so
 * a guesser cannot tell which lists exist.
 *
 * @module
 */
import type { IncomingMessage } from 'node:http';
import { HttpError, bearer } from './http-io';
import { accessOf, type Access, type ListKeysLookup } from './list-keys';
import { createRateLimiter, type RateLimitOptions } from './rate-limit';
import { hashToken } from './tokens';

/** The one answer to a list that does not exist and to a token that does not open it. */
export const NO_ACCESS = 'no such list, or the token is not valid for it';

/** How access is limited. */
export interface AccessOptions {
  /** Per valid token; default 20 requests/s with bursts of 40. */
  rateLimit?: RateLimitOptions;
  /** Per client address, for requests without a valid token; default 2/s with bursts of 20. */
  addressRateLimit?: RateLimitOptions;
  /**
   * Take the client address from the last `X-Forwarded-For` entry (the one the reverse proxy in
   * front added) rather than the connection; only behind such a proxy. Default false.
   */
  trustProxy?: boolean;
}

/** What a request may do, and whose bucket pays for its answer. */
export interface Granted {
  access: Exclude<Access, 'none'>;
  /** Charges the rest of what the answer cost (see costOf), beyond the request itself. */
  charge(cost: number): void;
}

/** Access checks over a list's token hashes. */
export interface AccessControl {
  /**
   * Checks the request's bearer token against the list, within the rate limits.
   *
   * @throws HttpError 429 (with Retry-After) over a limit, 401 without a valid token, 403 when a
   *   read token asks to write.
   */
  authorise(req: IncomingMessage, listId: string, need: 'read' | 'write'): Promise<Granted>;
}

/** The address the request came from (see {@link AccessOptions.trustProxy}). */
export function clientAddress(req: IncomingMessage, trustProxy = false): string {
  const forwarded = req.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string') {
    const last = forwarded.split(',').at(-1)?.trim();
    if (last) return last;
  }
  return req.socket.remoteAddress ?? 'unknown';
}

function tooMany(waitMs: number): HttpError {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  return new HttpError(429, 'too many requests', {}, { 'Retry-After': String(seconds) });
}

/** Access control over `listKeys` (each list's stored token hashes). */
export function createAccessControl(
  listKeys: ListKeysLookup,
  options: AccessOptions = {},
): AccessControl {
  const tokens = createRateLimiter(options.rateLimit ?? { perSecond: 20, burst: 40 });
  const addresses = createRateLimiter(options.addressRateLimit ?? { perSecond: 2, burst: 20 });

  return {
    async authorise(req, listId, need) {
      const address = clientAddress(req, options.trustProxy);
      const refuse = (status: number, message: string): HttpError => {
        addresses.spend(address, 1);
        return new HttpError(status, message);
      };
      const token = bearer(req);
      // A token this instance has seen open a list answers to its own bucket; anything else
      // waits on its address's before the database is asked about it.
      const hash = token === null ? null : hashToken(token);
      const wait =
        hash !== null && tokens.knows(hash) ? tokens.wait(hash) : addresses.wait(address);
      if (wait > 0) throw tooMany(wait);
      if (hash === null) throw refuse(401, 'a bearer token is required');
      const keys = await listKeys(listId);
      const access = keys === null ? 'none' : accessOf(keys, hash);
      if (access === 'none') throw refuse(401, NO_ACCESS);
      tokens.spend(hash, 1);
      if (need === 'write' && access !== 'write')
        throw new HttpError(403, 'this token may only read');
      return { access, charge: (cost) => tokens.spend(hash, cost - 1) };
    },
  };
}
