/**
 * How long browsed claims are kept.
 *
 * @module
 */
import { Dexie } from 'dexie';
import type { ClaimsDatabase } from './database';
import { toClaim, toRow } from './rows';

const DAY_MS = 86_400_000;
/** The widest UTC offset an ISO date-time may carry (+14:00), in milliseconds. */
const MAX_OFFSET_MS = 14 * 3_600_000;
/**
 * Claims deleted per transaction. Deleting a claim updates every index (a third of a
 * millisecond each in Chromium), and a page being checked meanwhile waits for the transaction.
 */
const PURGE_BATCH = 500;

/** A claim found expired: its key in `[originKind+updatedAt]` and its id. */
interface Expired {
  key: [string, string];
  id: string;
}

/** The list holding each of `ids` that some followed list holds. */
async function heldByLists(db: ClaimsDatabase, ids: readonly string[]) {
  const held = new Map<string, string>();
  if (!ids.length) return held;
  const members = await db.listClaims
    .where('claimId')
    .anyOf([...ids])
    .toArray();
  for (const m of members) held.set(m.claimId, m.listId);
  return held;
}

/** Stores each claim under the origin of a list holding it (`list:<id>`), so retention spares it. */
async function passToLists(db: ClaimsDatabase, held: ReadonlyMap<string, string>) {
  if (!held.size) return;
  const rows = await db.claims.bulkGet([...held.keys()]);
  const moved = rows
    .filter((r) => r !== undefined)
    .map((r) => toRow({ ...toClaim(r), origin: `list:${held.get(r.id) ?? ''}` }));
  await db.claims.bulkPut(moved);
}

/**
 * Deletes the `browsed` claims last updated more than `retentionDays` days before `now`. Claims
 * of every other origin (imported, official, lists) are the user's explicit choice and are never
 * purged; an expired browsed claim that a team list also holds passes to that list. Finds them on the `[originKind+updatedAt]` index alone, then deletes them a batch per
 * transaction, so checking pages is never held up for long; a claim refreshed in between (its
 * page read again) has another key by then and stays.
 *
 * @param now - The current time as an ISO date-time.
 * @returns How many claims were deleted.
 * @throws Error when `now` is not a date-time or `retentionDays` is not a positive number.
 */
export async function purgeExpired(
  db: ClaimsDatabase,
  options: { now: string; retentionDays: number },
): Promise<number> {
  const nowMs = Date.parse(options.now);
  if (Number.isNaN(nowMs)) throw new Error(`not a date-time: ${options.now.slice(0, 64)}`);
  if (!(options.retentionDays > 0)) throw new Error('retentionDays must be positive');
  const cutoff = nowMs - options.retentionDays * DAY_MS;
  // `updatedAt` strings compare as local wall times, which are off from UTC by at most 14 hours:
  // the index range reaches that far past the cutoff, and each candidate is then compared as
  // an instant.
  const upper = new Date(cutoff + MAX_OFFSET_MS).toISOString();
  const expired: Expired[] = [];
  await db.claims
    .where('[originKind+updatedAt]')
    .between(['browsed', Dexie.minKey], ['browsed', upper], true, true)
    .eachKey((key, cursor) => {
      const updatedAt: unknown = Array.isArray(key) ? key[1] : undefined;
      if (typeof updatedAt === 'string' && Date.parse(updatedAt) < cutoff)
        expired.push({ key: ['browsed', updatedAt], id: cursor.primaryKey });
    });
  let deleted = 0;
  for (let i = 0; i < expired.length; i += PURGE_BATCH) {
    const batch = expired.slice(i, i + PURGE_BATCH);
    deleted += await db.transaction('rw', db.claims, db.listClaims, async () => {
      const still = new Set(
        await db.claims
          .where('[originKind+updatedAt]')
          .anyOf(batch.map((e) => e.key))
          .primaryKeys(),
      );
      const ids = batch.map((e) => e.id).filter((id) => still.has(id));
      // A claim a team list also holds is the list's now, not an old page's: it stays.
      const held = await heldByLists(db, ids);
      const gone = ids.filter((id) => !held.has(id));
      await db.claims.bulkDelete(gone);
      await passToLists(db, held);
      return gone.length;
    });
  }
  return deleted;
}
