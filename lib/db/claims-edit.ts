/**
 * The user's changes to stored claims from the claims browser: corrections, deletions, and
 * clearing everything.
 *
 * @module
 */
import type { Claim } from '../claims/claim';
import type { Mention } from '../claims/mention';
import type { ClaimsDatabase } from './database';
import { toClaim, toRow, validClaim } from './rows';

/** The fields of a claim the user may correct; the rest is what was read. */
export type ClaimCorrection = Partial<
  Pick<Mention, 'metric' | 'value' | 'attacker' | 'group' | 'place' | 'date' | 'attributedTo'>
>;

/**
 * Applies the user's correction to a stored claim. The claim keeps its id, source, text, quote,
 * origin and `createdAt`; `updatedAt` and `editedAt` become `now`. An edited browsed claim is the
 * user's word: re-reading its page keeps it as it is.
 *
 * @returns The claim as now stored.
 * @throws Error `no such claim` for an unknown id, or naming the field when the corrected claim
 *   is invalid (nothing is written then).
 */
export async function updateClaim(
  db: ClaimsDatabase,
  id: string,
  changes: ClaimCorrection,
  now: string,
): Promise<Claim> {
  return db.transaction('rw', db.claims, async () => {
    const row = await db.claims.get(id);
    if (!row) throw new Error('no such claim');
    const old = toClaim(row);
    const claim = validClaim(
      {
        ...old,
        ...changes,
        id: old.id,
        text: old.text,
        quote: old.quote,
        source: old.source,
        origin: old.origin,
        createdAt: old.createdAt,
        updatedAt: now,
        editedAt: now,
      },
      0,
    );
    await db.claims.put(toRow(claim));
    return claim;
  });
}

/**
 * Deletes claims in one transaction. Deleted browsed and team-list claims are recorded, so
 * reading their page or syncing their list again does not store them again; unknown ids are
 * passed over.
 *
 * @returns How many claims were deleted.
 */
export async function deleteClaims(
  db: ClaimsDatabase,
  ids: readonly string[],
  now: string,
): Promise<number> {
  return db.transaction('rw', db.claims, db.deletedClaims, async () => {
    const rows = await db.claims.bulkGet([...new Set(ids)]);
    const found = rows.flatMap((r) => (r ? [r] : []));
    await db.deletedClaims.bulkPut(
      found
        // Pages read again and lists synced again come back on their own; imports are asked for.
        .filter((r) => r.origin === 'browsed' || r.origin.startsWith('list:'))
        .map((r) => ({ id: r.id, deletedAt: now })),
    );
    await db.claims.bulkDelete(found.map((r) => r.id));
    return found.length;
  });
}

/**
 * Deletes every claim and every record of deleted claims (settings live elsewhere). Followed team
 * lists stay followed, and their claims come back in full at their next sync.
 *
 * @returns How many claims were deleted.
 */
export async function clearClaims(db: ClaimsDatabase): Promise<number> {
  const lists = [db.listClaims, db.listGroups, db.listDirectory, db.listStaging];
  return db.transaction('rw', [db.claims, db.deletedClaims, db.lists, ...lists], async () => {
    const count = await db.claims.count();
    await Promise.all([db.claims, db.deletedClaims, ...lists].map((t) => t.clear()));
    // Followed lists stay followed; forgetting their cursor makes the next sync a full one.
    await db.lists
      .toCollection()
      .modify({ cursor: null, etag: null, updatedAt: null, claimCount: 0, mirror: null });
    return count;
  });
}
