/**
 * The claims browser's copy of each list: the list's claims in the claims table, so the browser
 * lists, filters and exports them with everything else. Verdicts do not wait for it, since they
 * read the list's own copy (lib/sync/list-groups.ts) from the moment a sync commits; this copy
 * follows a batch per transaction, so pages are checked between batches (the claims table's 13
 * indexes make 100,000 rows about a minute of writes), and what is left is stored on the list,
 * so a worker stopped midway goes on from there.
 *
 * @module
 */
import type { Claim } from '../claims/claim';
import type { ClaimsDatabase } from '../db/database';
import { ABOVE_ALL_TEXT } from '../db/rows';
import { heldClaims, listClaimIds } from '../db/list-groups';
import { holdClaims, memberIds, releaseClaims, unfollowedHolder } from './membership';
import type { MirrorProgress } from '../db/list-rows';

/** Claims copied per transaction: about half a second of writes with the claims table's indexes. */
export const MIRROR_BATCH = 1000;

/** Groups read at a time while filling a batch. */
const GROUPS_AT_ONCE = 16;

/** What one step left: more to copy, the copy complete, or nothing to do (or no such list). */
export type MirrorStep = 'more' | 'done' | 'idle';

/** Brings the claims table in line with the list for `ids`: held ones copied, others released. */
async function copyChanged(db: ClaimsDatabase, listId: string, ids: string[]): Promise<void> {
  const claims = await heldClaims(db, listId, ids);
  const held = new Set(claims.map((c) => c.id));
  await releaseClaims(
    db,
    listId,
    ids.filter((id) => !held.has(id)),
  );
  await holdClaims(db, listId, claims);
}

/** The longest failure text kept on a list. */
const MAX_ERROR_CHARS = 300;

/** Why a batch of the copy failed, in words for the options page and the claims browser. */
export function copyFailureText(e: unknown): string {
  // Dexie reports an aborted transaction as AbortError with the cause as `inner`.
  const inner: unknown = e instanceof Error && 'inner' in e ? e.inner : null;
  if ([e, inner].some((x) => x instanceof Error && x.name === 'QuotaExceededError'))
    return 'the browser’s storage for this extension is full';
  const text = e instanceof Error ? e.message : String(e);
  return (text.trim() || 'unknown error').slice(0, MAX_ERROR_CHARS);
}

/**
 * Notes on list `listId` why its copy's last batch failed, while the copy is still to do; the
 * next good batch clears it (see {@link mirrorStep}). Without it the copy would look stuck.
 */
export async function noteCopyFailure(
  db: ClaimsDatabase,
  listId: string,
  error: string,
): Promise<void> {
  await db.transaction('rw', db.lists, async () => {
    const list = await db.lists.get(listId);
    if (list?.mirror) await db.lists.update(listId, { mirror: { ...list.mirror, error } });
  });
}

/** Copies the next batch of a full copy; returns what is left of it, or null when it is done. */
async function copyNext(
  db: ClaimsDatabase,
  listId: string,
  full: NonNullable<MirrorProgress['full']>,
  batch: number,
): Promise<MirrorProgress['full']> {
  const claims: Claim[] = [];
  const atOnce = Math.max(1, Math.min(GROUPS_AT_ONCE, batch));
  let last = full.after;
  let finished = false;
  while (!finished && claims.length < batch) {
    const groups = await db.listGroups
      .where('[listId+key]')
      .between([listId, last ?? ''], [listId, ABOVE_ALL_TEXT], last === null, true)
      .limit(atOnce)
      .toArray();
    for (const g of groups) claims.push(...g.claims);
    finished = groups.length < atOnce;
    last = groups.at(-1)?.key ?? last;
  }
  await holdClaims(db, listId, claims);
  // A claim a since sync moved ahead of the copy is copied twice: the count stays within total.
  const done = Math.min(full.total, full.done + claims.length);
  if (!finished) return { after: last, done, total: full.total };
  // The table may still hold claims an earlier copy of the list had.
  const held = await listClaimIds(db, listId);
  const gone = (await memberIds(db, listId)).filter((id) => !held.has(id));
  await releaseClaims(db, listId, gone);
  return null;
}

/**
 * Copies the next batch of list `listId` into the claims table, by the rules of
 * {@link holdClaims} (what the user browsed, imported, deleted or corrected stays so): first
 * claims changed by `since` syncs, then the rest of a full copy. The last batch of a full copy
 * also releases what the table held for this list but the list no longer does.
 */
export async function mirrorStep(
  db: ClaimsDatabase,
  listId: string,
  batch: number = MIRROR_BATCH,
): Promise<MirrorStep> {
  const tables = [db.lists, db.listGroups, db.listDirectory, db.claims, db.listClaims];
  return db.transaction('rw', [...tables, db.deletedClaims], async () => {
    const list = await db.lists.get(listId);
    if (!list?.mirror) return 'idle';
    let { full, changed } = list.mirror;
    if (changed.length) {
      await copyChanged(db, listId, changed.slice(0, batch));
      changed = changed.slice(batch);
    } else if (full) {
      full = await copyNext(db, listId, full, batch);
    }
    const mirror = full || changed.length ? { full, changed } : null;
    await db.lists.update(listId, { mirror });
    return mirror ? 'more' : 'done';
  });
}

/** Runs {@link mirrorStep} on list `listId` until its copy is complete. */
export async function mirrorList(
  db: ClaimsDatabase,
  listId: string,
  batch: number = MIRROR_BATCH,
): Promise<void> {
  while ((await mirrorStep(db, listId, batch)) === 'more');
}

/**
 * Releases the next batch of claims that a removed list still holds in the claims table (each is
 * deleted unless another list or origin holds it).
 *
 * @returns `more` while such claims remain, else `idle`.
 */
export async function releaseUnfollowedStep(
  db: ClaimsDatabase,
  batch: number = MIRROR_BATCH,
): Promise<'more' | 'idle'> {
  return db.transaction('rw', [db.lists, db.claims, db.listClaims], async () => {
    const listId = await unfollowedHolder(db);
    if (listId === null) return 'idle';
    await releaseClaims(db, listId, await memberIds(db, listId, batch));
    return 'more';
  });
}

/** The lists whose claims-table copy lags behind. */
export async function listsMirroring(db: ClaimsDatabase): Promise<string[]> {
  return db.lists.filter((l) => Boolean(l.mirror)).primaryKeys();
}
