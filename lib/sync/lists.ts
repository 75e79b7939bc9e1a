/**
 * The lists the user follows: adding one, removing one with its claims, and what the options
 * page shows about each.
 *
 * @module
 */
import type { ClaimsDatabase } from '../db/database';
import { claimsPostUrl, parseListUrl, serverListId, staticListId } from './list-url';
import { dropListGroups } from './list-groups';
import { memberIds, releaseClaims } from './membership';
import type { ListRow } from './rows';
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
  /** While a large list is being added to the claims browser: how far it has got. */
  indexing: { done: number; total: number } | null;
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

/**
 * Stops following a list: its row, its waiting shares and its memberships go, and with them
 * every claim no other list or origin holds, in one transaction.
 *
 * @returns How many claims were deleted.
 */
export async function removeList(db: ClaimsDatabase, id: string): Promise<number> {
  const tables = [db.lists, db.claims, db.listClaims, db.outbox, db.listGroups, db.listDirectory];
  return db.transaction('rw', tables, async () => {
    await dropListGroups(db, id);
    const removed = await releaseClaims(db, id, await memberIds(db, id));
    await db.outbox.filter((e) => e.listId === id).delete();
    await db.lists.delete(id);
    return removed;
  });
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
      indexing: l.mirror?.full ? { done: l.mirror.full.done, total: l.mirror.full.total } : null,
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
