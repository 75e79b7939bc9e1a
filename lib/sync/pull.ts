/**
 * Syncing one list: fetch it (with ETag and, for a server, the `since` cursor), check it as it
 * arrives, and apply it in one transaction. A large answer waits in the staging table meanwhile
 * (lib/db/list-staging.ts), so memory does not grow with the list. Any failure changes no claim;
 * the list keeps its last good copy and records why.
 *
 * @module
 */
import type { ClaimsDatabase } from '../db/database';
import { isInFuture } from '../claims/claim-time';
import {
  DEFAULT_TIMEOUT_MS,
  httpError,
  isRedirect,
  messageOf,
  NO_REDIRECTS,
  REDIRECT_ERROR,
  SyncFailure,
  withTimeout,
  type Fetch,
} from './http';
import { serverListId } from './list-url';
import { readListDocument, type ListHead } from './list-document';
import type { ListRow, MirrorProgress } from '../db/list-rows';
import { StagedClaims } from '../db/list-staging';
import { nextAttemptAfterFailure, nextSyncAfterSuccess } from './schedule';

/**
 * The largest list document accepted: about 200,000 claims. A claim is 500–800 bytes of JSON, and
 * 100,000 of them (the size a large team reaches) make about 73 MB.
 */
export const MAX_LIST_BYTES = 150_000_000;

/** How a sync is run; everything from outside is injected so tests control it. */
export interface SyncOptions {
  fetch: Fetch;
  /** The time in milliseconds since the epoch; `Date.now` by default. */
  now?: () => number;
  /** A number in [0, 1) for the back-off's jitter; `Math.random` by default. */
  random?: () => number;
  timeoutMs?: number;
  maxBytes?: number;
  /** Minutes between good syncs (the user's setting). */
  intervalMinutes?: number;
  /**
   * Claims read at a time, and the most an answer may have to be held in memory instead of
   * staged; 1,000 by default.
   */
  batch?: number;
}

/** What one sync did; `claimCount` is how many claims the list holds after it. */
export type SyncResult =
  | { status: 'unchanged' }
  | { status: 'updated'; claimCount: number }
  | { status: 'failed'; error: string }
  /** The list was removed, or synced by someone else, while this sync ran: nothing applied. */
  | { status: 'skipped' };

/**
 * Syncs `list`: GET its URL with `Authorization: Bearer` when it has a token, `If-None-Match`
 * with the stored ETag, and `?since=<cursor>` when a server list has a cursor. A 304 only moves
 * `lastSyncAt`; a full document replaces the list's claims, a `since` answer adds, updates and
 * deletes what changed. The claims and the new cursor are written in one transaction, so a sync
 * stopped before it commits leaves the old cursor, and the next one asks again from there.
 */
export async function syncList(
  db: ClaimsDatabase,
  list: ListRow,
  options: SyncOptions,
): Promise<SyncResult> {
  const incremental = list.cursor !== null && serverListId(list.url) !== null;
  const staged = new StagedClaims(db, list.id, options.batch);
  try {
    return await fetchAndApply(db, list, staged, incremental, options);
  } finally {
    // Whatever happened, nothing of this answer stays staged (a committed one is gone already).
    await staged.discard().catch(() => undefined);
  }
}

async function fetchAndApply(
  db: ClaimsDatabase,
  list: ListRow,
  staged: StagedClaims,
  incremental: boolean,
  options: SyncOptions,
): Promise<SyncResult> {
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  let fetched: Fetched;
  try {
    fetched = await download(list, staged, incremental, options, now);
  } catch (e) {
    return recordFailure(db, list, messageOf(e), now(), random());
  }
  const at = now();
  // A list server says whether the token may write, so a read token never offers Share.
  const writable = fetched.access === null ? {} : { writable: fetched.access === 'write' };
  const done = {
    lastSyncAt: new Date(at).toISOString(),
    lastError: null,
    failures: 0,
    ...writable,
  };
  const nextSyncAt = nextSyncAfterSuccess(at, options.intervalMinutes);
  const tables = [db.lists, db.listGroups, db.listDirectory, db.listStaging];
  try {
    return await db.transaction('rw', tables, async () => {
      const current = await db.lists.get(list.id);
      if (!current || current.cursor !== list.cursor || current.etag !== list.etag)
        return { status: 'skipped' } as const;
      if (fetched.kind === 'not-modified') {
        await db.lists.update(list.id, { ...done, nextSyncAt });
        return { status: 'unchanged' } as const;
      }
      const { head, deleted, etag } = fetched;
      // A since answer with nothing after our cursor is no change, whatever its ETag said.
      const empty = !staged.count && !deleted.length && head.cursor === current.cursor;
      if (incremental && empty) {
        await db.lists.update(list.id, { ...done, nextSyncAt, etag, name: head.name });
        return { status: 'unchanged' } as const;
      }
      const applied = await apply(current, staged, deleted, incremental);
      await db.lists.update(list.id, {
        ...done,
        nextSyncAt,
        etag,
        cursor: head.cursor,
        name: head.name,
        updatedAt: head.updatedAt,
        claimCount: applied.claimCount,
        mirror: applied.mirror,
      });
      return { status: 'updated', claimCount: applied.claimCount } as const;
    });
  } catch (e) {
    return recordFailure(db, list, `could not store the list: ${messageOf(e)}`, now(), random());
  }
}

/** What a server says the token may do (`X-List-Access`), when it says. */
type Access = 'read' | 'write' | null;

/** An answer: unchanged, or a valid document whose claims are in the staged claims. */
type Fetched =
  | { kind: 'not-modified'; access: Access }
  | { kind: 'document'; head: ListHead; deleted: string[]; etag: string | null; access: Access };

function accessOf(response: Response): Access {
  const value = response.headers.get('x-list-access');
  return value === 'read' || value === 'write' ? value : null;
}

async function download(
  list: ListRow,
  staged: StagedClaims,
  incremental: boolean,
  options: SyncOptions,
  now: () => number,
): Promise<Fetched> {
  const url = new URL(list.url);
  if (incremental && list.cursor !== null) url.searchParams.set('since', list.cursor);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (list.token) headers.Authorization = `Bearer ${list.token}`;
  if (list.etag) headers['If-None-Match'] = list.etag;
  const maxBytes = options.maxBytes ?? MAX_LIST_BYTES;
  return withTimeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS, async (signal, progress) => {
    const response = await options.fetch(url.toString(), {
      headers,
      signal,
      cache: 'no-store',
      credentials: 'omit',
      ...NO_REDIRECTS,
    });
    if (isRedirect(response)) throw new SyncFailure(REDIRECT_ERROR);
    if (response.status === 304) return { kind: 'not-modified', access: accessOf(response) };
    if (!response.ok) throw new SyncFailure(await httpError(response));
    const { head, deleted } = await readListDocument(response, {
      maxBytes,
      now: now(),
      onHead: (h) => checkDocument(list, h, now()),
      onClaims: async (claims, json) => {
        try {
          await staged.add(claims, json);
          progress();
        } catch (e) {
          throw new SyncFailure(`could not store the list: ${messageOf(e)}`);
        }
      },
    });
    return {
      kind: 'document',
      head,
      deleted,
      etag: response.headers.get('etag'),
      access: accessOf(response),
    };
  });
}

/**
 * Refuses a document for another list, or one older than the copy stored. A stored date in the
 * future (kept before such dates were refused) does not count, so such a list syncs again.
 */
function checkDocument(list: ListRow, doc: ListHead, now: number): void {
  const serverId = serverListId(list.url);
  if (serverId !== null && doc.id !== serverId)
    throw new SyncFailure(`the server sent list ${doc.id}, not ${serverId}`);
  const stored =
    list.updatedAt !== null && !isInFuture(list.updatedAt, now) ? list.updatedAt : null;
  if (stored !== null && Date.parse(doc.updatedAt) < Date.parse(stored))
    throw new SyncFailure(`the list is older than what is stored (${doc.updatedAt} < ${stored})`);
}

/**
 * Writes an answer's claims and deletions into the list's own copy (what verdicts read); call
 * inside the sync's transaction. The claims table's copy, for the claims browser, follows in
 * transactions of its own ({@link mirrorStep}): what it has left to do is recorded here.
 */
async function apply(
  list: ListRow,
  staged: StagedClaims,
  deletedIds: readonly string[],
  incremental: boolean,
): Promise<{ claimCount: number; mirror: MirrorProgress }> {
  const deleted = new Set(deletedIds);
  if (!incremental) {
    const claimCount = await staged.replace(deleted);
    const full = { after: null, done: 0, total: claimCount };
    return { claimCount, mirror: { full, changed: [] } };
  }
  const { added, removed, given } = await staged.update(deleted);
  const claimCount = list.claimCount + added - removed;
  const before = list.mirror ?? { full: null, changed: [] };
  const changed = [...new Set([...before.changed, ...given, ...deleted])];
  const full = before.full && { ...before.full, total: claimCount };
  return { claimCount, mirror: { full, changed } };
}

async function recordFailure(
  db: ClaimsDatabase,
  list: ListRow,
  error: string,
  now: number,
  random: number,
): Promise<SyncResult> {
  await db.transaction('rw', db.lists, async () => {
    const current = await db.lists.get(list.id);
    if (!current) return;
    const failures = current.failures + 1;
    await db.lists.update(list.id, {
      lastError: error,
      failures,
      nextSyncAt: nextAttemptAfterFailure(now, failures, random),
    });
  });
  return { status: 'failed', error };
}
