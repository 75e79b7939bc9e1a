/**
 * Queries and writes on the claims table for checking pages. Every write validates its claims
 * first, so a bad row is never stored and a rejected write leaves the database as it was.
 *
 * @module
 */
import type { Claim } from '../claims/claim';
import { sourceKey } from '../claims/claim-id';
import { sameEvent } from '../claims/event';
import { relatedEvents } from '../claims/explain';
import type { Mention } from '../claims/mention';
import { eventGroups, listClaimsAbout, type ListGroup } from './list-groups';
import { listIdOf } from './list-rows';
import type { ClaimsDatabase } from './database';
import { eventKeyName } from './event-cache';
import { toClaim, toRow, toRows, validClaim, type StoredClaim } from './rows';

/** The records of one event key (metric, date, place code): claims-table rows and list groups. */
interface EventRecords {
  rows: readonly StoredClaim[];
  groups: readonly ListGroup[];
}

/**
 * The event keys one check has read, so figures (and the related events of figures) that share
 * one are read once: a page's figures are mostly about a few nights and places. Good for one
 * transaction only.
 */
export type EventReads = Map<string, Promise<EventRecords>>;

/** The ids of the followed lists, when known; none followed means no list group to read. */
export interface Followed {
  has(listId: string): boolean;
  readonly size: number;
}

function eventRecords(
  db: ClaimsDatabase,
  key: [string, string, string],
  followed: Followed | undefined,
  reads: EventReads | undefined,
): Promise<EventRecords> {
  const name = eventKeyName(...key);
  let found = reads?.get(name);
  if (!found) {
    const lists = followed === undefined || followed.size > 0;
    found = Promise.all([
      db.eventRows.read(name, () =>
        db.claims.where('[metric+date+placeCode]').equals(key).toArray(),
      ),
      lists ? db.eventGroups.read(name, () => eventGroups(db, ...key)) : [],
    ]).then(([rows, groups]) => ({ rows, groups }));
    reads?.set(name, found);
  }
  return found;
}

/**
 * The stored claims that may be about the same event as `m`: those with its metric, date and
 * place code, kept when {@link sameEvent} agrees, from the claims table and from the followed
 * lists' own copies. A claim the claims table holds comes as the table has it (what the user
 * browsed, imported or corrected wins over a list's copy); a list's claim the user deleted does
 * not come. Nothing when `m` has no date or place code, since such a figure shares no event.
 * Includes the claims of `m`'s own page; `checkMention` leaves those out. Call inside a
 * transaction over `claims`, `listGroups` and `deletedClaims`.
 *
 * @param followed - The ids of the followed lists, when known: a claims-table row of a list no
 *   longer followed (its removal still going on in the background) is left out, and no list
 *   group is read when no list is followed.
 * @param reads - Event keys read already in this transaction, shared by the calls of one check.
 */
export async function candidatesFor(
  db: ClaimsDatabase,
  m: Mention,
  followed?: Followed,
  reads?: EventReads,
): Promise<Claim[]> {
  const code = m.place?.code;
  if (!m.date || !code) return [];
  const { rows, groups } = await eventRecords(db, [m.metric, m.date, code], followed, reads);
  const listed = groups.length ? listClaimsAbout(groups, m) : [];
  const unfollowed = (origin: string) => {
    const listId = listIdOf(origin);
    return followed !== undefined && listId !== null && !followed.has(listId);
  };
  const own = rows.filter((row) => sameEvent(m, row) && !unfollowed(row.origin)).map(toClaim);
  if (!listed.length) return own;
  const ids = listed.map((c) => c.id);
  const [stored, deleted] = await Promise.all([
    db.claims.bulkGet(ids),
    db.deletedClaims.bulkGet(ids),
  ]);
  // A row of a list being removed stands for nothing: another list's copy counts instead.
  return [
    ...own,
    ...listed.filter((_, i) => {
      const row = stored[i];
      return (!row || unfollowed(row.origin)) && !deleted[i];
    }),
  ];
}

/**
 * Every stored claim a check of `m` reads (CLAIMS.md sections 2 and 2.1): those about its event
 * ({@link candidatesFor}) and those about the events that may explain it or that it is part of
 * (`relatedEvents`: the parts of a sum, its region's country, its group's toll), each once.
 *
 * @param reads - Shared by the checks of one page's figures, in one transaction.
 */
export async function checkCandidatesFor(
  db: ClaimsDatabase,
  m: Mention,
  followed?: Followed,
  reads?: EventReads,
): Promise<Claim[]> {
  const found = await Promise.all(
    [m, ...relatedEvents(m)].map((probe) => candidatesFor(db, probe, followed, reads)),
  );
  const byId = new Map<string, Claim>();
  for (const list of found) for (const c of list) if (!byId.has(c.id)) byId.set(c.id, c);
  return [...byId.values()];
}

/**
 * Replaces what one page said: deletes that page's `browsed` claims and stores `claims`, in one
 * transaction, so re-visiting or reloading a page (under any spelling of its URL) replaces its
 * figures instead of adding copies. What the user decided stays: a browsed claim they edited is
 * kept as it is (even when the page no longer says it), and one they deleted is not stored
 * again. A figure already stored with another origin (imported, from a list) stays as it is; a
 * figure seen before keeps its `createdAt`.
 *
 * @param sourceUrl - The page's URL; it is canonicalized, and every claim must come from it.
 * @param claims - The page's claims, all with origin `browsed`.
 * @returns How many claims the page now has stored as `browsed`.
 * @throws Error, before anything is written, when a claim is invalid, from another page, or not
 *   `browsed`.
 */
export async function replacePageClaims(
  db: ClaimsDatabase,
  sourceUrl: string,
  claims: readonly Claim[],
): Promise<number> {
  const page = sourceKey(sourceUrl);
  const valid = claims.map(validClaim);
  for (const c of valid) {
    const from = sourceKey(c.source.url);
    if (from !== page)
      throw new Error(`claim ${c.id} is from ${from.slice(0, 200)}, not this page`);
    if (c.origin !== 'browsed')
      throw new Error(`claim ${c.id} has origin ${c.origin}; only browsed claims are replaced`);
  }
  return db.transaction('rw', db.claims, db.deletedClaims, async () => {
    const old = await db.claims.where('sourceUrl').equals(page).toArray();
    const deleted = await db.deletedClaims.bulkGet(valid.map((c) => c.id));
    const createdAt = new Map<string, string>();
    const kept = new Set<string>(deleted.flatMap((d) => (d ? [d.id] : [])));
    const edited = new Set<string>();
    for (const o of old) {
      if (o.origin !== 'browsed') kept.add(o.id);
      else if (o.editedAt !== undefined) {
        kept.add(o.id);
        edited.add(o.id);
      } else createdAt.set(o.id, o.createdAt);
    }
    await db.claims.bulkDelete([...createdAt.keys()]);
    const fresh = valid
      .filter((c) => !kept.has(c.id))
      .map((c) => toRow({ ...c, createdAt: createdAt.get(c.id) ?? c.createdAt }));
    await db.claims.bulkPut(fresh);
    return new Set([...fresh.map((r) => r.id), ...edited]).size;
  });
}

/** How many claims are stored. */
export function countClaims(db: ClaimsDatabase): Promise<number> {
  return db.claims.count();
}

/**
 * Stores claims as they are, any origin, in one transaction; a claim whose id is stored already
 * replaces it. For tests and benchmarks that fill the database (e.g. with 100,000 claims).
 *
 * @throws Error, before anything is written, when a claim is invalid.
 */
export async function putClaimsForTest(
  db: ClaimsDatabase,
  claims: readonly Claim[],
): Promise<void> {
  const rows = toRows(claims);
  await db.transaction('rw', db.claims, () => db.claims.bulkPut(rows));
}
