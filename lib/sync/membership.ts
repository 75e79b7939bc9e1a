/**
 * Which list holds which claim. A claim from a list is stored once in the claims table, so it
 * counts in verdicts like any other; the `listClaims` table records every list holding it, so
 * removing one list keeps what another list, or the user's own browsing or imports, still holds.
 * Call these inside a transaction over `claims`, `deletedClaims` and `listClaims`.
 *
 * @module
 */
import type { Claim } from '../claims/claim';
import type { ClaimsDatabase } from '../db/database';
import { ABOVE_ALL_TEXT, toClaim, toRow, type StoredClaim } from '../db/rows';
import { listIdOf, listOrigin } from '../db/list-rows';

/** The memberships of list `listId`, on the primary key alone (claim ids are plain text). */
function membersOf(db: ClaimsDatabase, listId: string) {
  return db.listClaims
    .where('[listId+claimId]')
    .between([listId, ''], [listId, ABOVE_ALL_TEXT], true, true);
}

/** The ids of the claims list `listId` holds, the first `limit` of them when given. */
export async function memberIds(
  db: ClaimsDatabase,
  listId: string,
  limit?: number,
): Promise<string[]> {
  const members = membersOf(db, listId);
  const keys = await (limit === undefined ? members : members.limit(limit)).primaryKeys();
  return keys.map(([, claimId]) => claimId);
}

/**
 * A list that is no longer followed but still holds claims in the claims table (its removal is
 * finished in the background), or null. Steps from one list id to the next in the memberships'
 * key order, so it reads one row per list whatever their size.
 */
export async function unfollowedHolder(db: ClaimsDatabase): Promise<string | null> {
  const followed = new Set(await db.lists.toCollection().primaryKeys());
  let row = await db.listClaims.toCollection().first();
  while (row) {
    if (!followed.has(row.listId)) return row.listId;
    row = await db.listClaims.where('[listId+claimId]').above([row.listId, ABOVE_ALL_TEXT]).first();
  }
  return null;
}

/** How many claims list `listId` holds. */
export function memberCount(db: ClaimsDatabase, listId: string): Promise<number> {
  return membersOf(db, listId).count();
}

/**
 * Stores claims of list `listId` and records the list as holding them. A new claim is stored
 * with origin `list:<listId>`; one stored already keeps its row's origin: a browsed, imported or
 * official row stays as it is (what the user read or chose wins), a row of another list takes
 * the newer copy (by `updatedAt`) under that list's origin. A claim the user deleted is not
 * stored again, and one the user corrected keeps the correction; both still count as held.
 *
 * @returns How many claim rows were written.
 */
export async function holdClaims(
  db: ClaimsDatabase,
  listId: string,
  claims: readonly Claim[],
): Promise<number> {
  const origin = listOrigin(listId);
  const ids = claims.map((c) => c.id);
  const [stored, deleted] = await Promise.all([
    db.claims.bulkGet(ids),
    db.deletedClaims.bulkGet(ids),
  ]);
  const rows: StoredClaim[] = [];
  claims.forEach((c, i) => {
    const old = stored[i];
    // What the user deleted or corrected in the claims browser stays deleted or corrected.
    if (deleted[i] || old?.editedAt !== undefined) return;
    if (!old || old.origin === origin) {
      if (!old || old.updatedAt !== c.updatedAt) rows.push(toRow({ ...c, origin }));
    } else if (listIdOf(old.origin) !== null && c.updatedAt > old.updatedAt) {
      rows.push(toRow({ ...c, origin: old.origin }));
    }
  });
  await db.claims.bulkPut(rows);
  await db.listClaims.bulkPut(claims.map((c) => ({ listId, claimId: c.id })));
  return rows.length;
}

/**
 * Records that list `listId` no longer holds `claimIds`, and deletes each claim nothing else
 * holds. A claim stored under this list's origin but still held by another list passes to that
 * list's origin, so the badge card names a list that has it.
 *
 * @returns How many claims were deleted.
 */
export async function releaseClaims(
  db: ClaimsDatabase,
  listId: string,
  claimIds: readonly string[],
): Promise<number> {
  if (!claimIds.length) return 0;
  const origin = listOrigin(listId);
  await db.listClaims.bulkDelete(claimIds.map((claimId): [string, string] => [listId, claimId]));
  const rows = await db.claims.bulkGet([...claimIds]);
  const ours = rows.filter((r): r is StoredClaim => r?.origin === origin);
  if (!ours.length) return 0;
  const holders = new Map<string, string>();
  const others = await db.listClaims
    .where('claimId')
    .anyOf(ours.map((r) => r.id))
    .toArray();
  for (const m of others) holders.set(m.claimId, m.listId);
  const gone: string[] = [];
  const moved: StoredClaim[] = [];
  for (const row of ours) {
    const holder = holders.get(row.id);
    if (holder === undefined) gone.push(row.id);
    else moved.push(toRow({ ...toClaim(row), origin: listOrigin(holder) }));
  }
  await db.claims.bulkDelete(gone);
  await db.claims.bulkPut(moved);
  return gone.length;
}
