/**
 * Sharing claims to a list: shares wait in the outbox (in the database, so they survive the
 * worker stopping and the browser going offline) and are posted until the server accepts them.
 *
 * @module
 */
import type { Claim } from '../claims/claim';
import type { ClaimsDatabase } from '../db/database';
import { validClaim } from '../db/rows';
import {
  DEFAULT_TIMEOUT_MS,
  httpError,
  isRedirect,
  messageOf,
  NO_REDIRECTS,
  REDIRECT_ERROR,
  withTimeout,
  type Fetch,
} from './http';
import { MAX_SHARE_CLAIMS } from '../claims/claims-list';
import { claimsPostUrl } from './list-url';
import { nextAttemptAfterFailure } from './schedule';

export { MAX_SHARE_CLAIMS };

/** Answers that retrying cannot change: the share is dropped and the reason kept on the list. */
const FINAL_STATUSES = new Set([400, 403, 404, 413]);

/**
 * A share the server has failed (5xx) this many times in a row, while the list itself syncs
 * fine, is split in two: one claim the server cannot store (a database that refuses a value the
 * schema let through) then holds back only the half it is in, and in the end only itself.
 */
export const SPLIT_AFTER_FAILURES = 3;

/**
 * Puts `claims` in the outbox for list `listId`, to be posted by {@link flushOutbox}.
 *
 * @returns The entry's sequence number.
 * @throws Error when the list is not followed, cannot be written to, or a claim is invalid.
 */
export async function queueShare(
  db: ClaimsDatabase,
  listId: string,
  claims: readonly Claim[],
  now: number = Date.now(),
): Promise<number> {
  if (!claims.length) throw new Error('nothing to share');
  if (claims.length > MAX_SHARE_CLAIMS)
    throw new Error(`at most ${MAX_SHARE_CLAIMS} claims can be shared at once`);
  const valid = claims.map(validClaim);
  return db.transaction('rw', db.lists, db.outbox, async () => {
    const list = await db.lists.get(listId);
    if (!list) throw new Error('this list is not followed');
    if (!list.writable || claimsPostUrl(list.url) === null)
      throw new Error(`list ${list.name} cannot be written to`);
    return db.outbox.add({
      listId,
      claims: valid,
      attempts: 0,
      nextAttemptAt: now,
      lastError: null,
    });
  });
}

/** What one pass over the outbox did. */
export interface FlushResult {
  sent: number;
  /** Kept for another attempt. */
  retrying: number;
  /** Refused for good. */
  dropped: number;
  /** The shares the server refused for good, with its reason. */
  refused: { seq: number; error: string }[];
}

/**
 * Posts every share that is due, oldest first, to `<list URL>/claims` with the list's token. An
 * accepted share leaves the outbox; a refused one (400, 403, 404, 413) is dropped and the
 * server's reason kept on the list (`shareError`; a 403 also marks the list read-only); any other
 * failure keeps it, to be tried again after a back-off, and a share of several claims that keeps
 * failing while the list syncs is split (see {@link SPLIT_AFTER_FAILURES}).
 */
export async function flushOutbox(
  db: ClaimsDatabase,
  options: {
    fetch: Fetch;
    now?: () => number;
    random?: () => number;
    timeoutMs?: number;
    /** Sends every waiting share, in back-off or not: the user asked to sync now. */
    all?: boolean;
  },
): Promise<FlushResult> {
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const result: FlushResult = { sent: 0, retrying: 0, dropped: 0, refused: [] };
  const due = options.all
    ? await db.outbox.orderBy('seq').toArray()
    : await db.outbox.where('nextAttemptAt').belowOrEqual(now()).sortBy('seq');
  for (const entry of due) {
    const seq = entry.seq;
    if (seq === undefined) continue;
    const list = await db.lists.get(entry.listId);
    const url = list ? claimsPostUrl(list.url) : null;
    if (!list || url === null || list.token === null) {
      await db.outbox.delete(seq);
      result.dropped++;
      continue;
    }
    const token = list.token;
    let failure: { error: string; status: number } | null;
    try {
      failure = await withTimeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS, async (signal) => {
        const response = await options.fetch(url, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ claims: entry.claims }),
          signal,
          credentials: 'omit',
          ...NO_REDIRECTS,
        });
        // Kept and retried: the user may add the list again by its final URL.
        if (isRedirect(response)) return { error: REDIRECT_ERROR, status: 0 };
        if (response.ok) return null;
        return { error: await httpError(response), status: response.status };
      });
    } catch (e) {
      failure = { error: messageOf(e), status: 0 };
    }
    if (failure === null) {
      await db.outbox.delete(seq);
      result.sent++;
    } else if (FINAL_STATUSES.has(failure.status)) {
      const { error, status } = failure;
      await db.transaction('rw', db.lists, db.outbox, async () => {
        await db.outbox.delete(seq);
        const readOnly = status === 403;
        await db.lists.update(
          list.id,
          readOnly ? { shareError: error, writable: false } : { shareError: error },
        );
      });
      result.dropped++;
      result.refused.push({ seq, error });
    } else {
      const attempts = entry.attempts + 1;
      const healthy = list.failures === 0 && failure.status >= 500;
      if (healthy && attempts >= SPLIT_AFTER_FAILURES && entry.claims.length > 1) {
        // Both halves are tried at the next run; each splits again at its first failure.
        const half = Math.ceil(entry.claims.length / 2);
        const retry = { listId: entry.listId, attempts, nextAttemptAt: now() };
        await db.transaction('rw', db.outbox, async () => {
          await db.outbox.delete(seq);
          await db.outbox.bulkAdd([
            { ...retry, claims: entry.claims.slice(0, half), lastError: failure.error },
            { ...retry, claims: entry.claims.slice(half), lastError: failure.error },
          ]);
        });
      } else {
        await db.outbox.update(seq, {
          attempts,
          lastError: failure.error,
          nextAttemptAt: nextAttemptAfterFailure(now(), attempts, random()),
        });
      }
      result.retrying++;
    }
  }
  return result;
}
