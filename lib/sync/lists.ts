/**
 * The lists the user follows: adding one, removing one with its claims, and what the options
 * page shows about each.
 *
 * @module
 */
import type { ClaimsDatabase } from '../db/database';
import { claimsPostUrl, parseListUrl, serverListId, staticListId } from './list-url';
import { dropListGroups } from '../db/list-groups';
import { dropStaged } from '../db/list-staging';
import { memberCount, memberIds, releaseClaims } from './membership';
import type { ListRow, MirrorProgress } from '../db/list-rows';
import { firstSyncAt } from './schedule';

/** A token as an `Authorization` header can carry it: printable ASCII without spaces. */
const TOKEN = /^[\x21-\x7e]{1,512}$/;

/** What the options page shows of a list; never the token. */
export interface ListStatus {
  id: string;
  url: string;
  name: string;
  claimCount: number;
  lastSyncAt: string | null;
  lastError: string | null;
  nextSyncAt: number;
  writable: boolean;
  hasToken: boolean;
  shareError: string | null;
  /** Shares waiting in the outbox. */
  pendingShares: number;
  /**
   * While a large list is being added to the claims browser: how far it has got, and why the
   * last batch failed (null when it did not).
   */
  indexing: { done: number; total: number; error: string | null } | null;
}

/**
 * Follows the list at `url`: a list server's `…/v1/lists/:id` (its id is the list's) or any
 * static claims-list file (its id is a hash of the URL). Adding a list again replaces its token,
 * e.g. a read token by a write token, and keeps what it has synced. The first sync is due a
 * minute or two after `now`.
 *
 * @throws Error saying what is wrong with the URL or the token.
 */
export async function addList(
  db: ClaimsDatabase,
  input: { url: string; token?: string | null },
  now: number = Date.now(),
  random: number = Math.random(),
): Promise<ListRow> {
  const url = parseListUrl(input.url).toString();
  const token = input.token?.trim() || null;
  if (token !== null && !TOKEN.test(token))
    throw new Error('the token must be printable characters without spaces');
  const id = serverListId(url) ?? (await staticListId(url));
  const writable = token !== null && claimsPostUrl(url) !== null;
  return db.transaction('rw', db.lists, async () => {
    const old = await db.lists.get(id);
    const row: ListRow = old
      ? { ...old, url, token, writable, shareError: null }
      : {
          id,
          url,
          token,
          name: new URL(url).host,
          claimCount: 0,
          lastSyncAt: null,
          lastError: null,
          etag: null,
          cursor: null,
          updatedAt: null,
          nextSyncAt: firstSyncAt(now, random),
          failures: 0,
          writable,
          shareError: null,
          mirror: null,
        };
    await db.lists.put(row);
    return row;
  });
}

/** Claims released with a list in its own transaction; a larger list's follow in batches. */
export const REMOVE_INLINE_MAX = 200;

/**
 * Stops following a list: its row, its waiting shares and its own copy go in one transaction, so
 * pages stop being checked against it at once (verdicts skip claims-table rows of lists no
 * longer followed). Its claims in the claims table go with it, each unless another list or
 * origin holds it: up to {@link REMOVE_INLINE_MAX} in the same transaction, the rest in
 * batches afterwards ({@link releaseUnfollowedStep}).
 *
 * @returns How many claims were deleted, and how many the list still holds in the claims table
 *   for the background to release.
 */
export async function removeList(
  db: ClaimsDatabase,
  id: string,
): Promise<{ removed: number; later: number }> {
  const copies = [db.listGroups, db.listDirectory, db.listStaging];
  const tables = [db.lists, db.claims, db.listClaims, db.outbox, ...copies];
  return db.transaction('rw', tables, async () => {
    await dropListGroups(db, id);
    await dropStaged(db, id);
    await db.outbox.filter((e) => e.listId === id).delete();
    await db.lists.delete(id);
    const removed = await releaseClaims(db, id, await memberIds(db, id, REMOVE_INLINE_MAX));
    return { removed, later: await memberCount(db, id) };
  });
}

/**
 * How far the claims browser's copy of a list has got: claims copied of those a full copy and
 * later changes have to copy; null when it is up to date.
 */
function indexingOf(mirror: MirrorProgress | null): ListStatus['indexing'] {
  if (!mirror) return null;
  const { full, changed } = mirror;
  return {
    done: full?.done ?? 0,
    total: (full?.total ?? 0) + changed.length,
    error: mirror.error ?? null,
  };
}

/** Every followed list as the options page shows it, by name. */
export async function listStatus(db: ClaimsDatabase): Promise<ListStatus[]> {
  const [lists, outbox] = await Promise.all([db.lists.toArray(), db.outbox.toArray()]);
  const pending = new Map<string, number>();
  for (const e of outbox) pending.set(e.listId, (pending.get(e.listId) ?? 0) + 1);
  return lists
    .map((l) => ({
      id: l.id,
      url: l.url,
      name: l.name,
      claimCount: l.claimCount,
      lastSyncAt: l.lastSyncAt,
      lastError: l.lastError,
      nextSyncAt: l.nextSyncAt,
      writable: l.writable,
      hasToken: l.token !== null,
      shareError: l.shareError,
      pendingShares: pending.get(l.id) ?? 0,
      indexing: indexingOf(l.mirror),
    }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** The names of the followed lists by id, so the badge card can name a `list:<id>` source. */
export async function listNames(db: ClaimsDatabase): Promise<Map<string, string>> {
  const lists = await db.lists.toArray();
  return new Map(lists.map((l) => [l.id, l.name]));
}

/** The lists due for a sync at `now`. */
export async function dueLists(db: ClaimsDatabase, now: number): Promise<ListRow[]> {
  return db.lists.filter((l) => l.nextSyncAt <= now).toArray();
}
