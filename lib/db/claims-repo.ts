/**
 * Queries and writes on the claims table. Every write validates its claims first, so a bad row
 * is never stored and a rejected write leaves the database as it was.
 *
 * @module
 */
import { ClaimSchema, type Claim } from '../claims/claim';
import { sourceKey } from '../claims/claim-id';
import { sameEvent } from '../claims/event';
import type { Mention } from '../claims/mention';
import { placeCodeOf, type ClaimsDatabase, type StoredClaim } from './database';

/** The Claim of a stored row, without the index-only fields. */
function toClaim(row: StoredClaim): Claim {
  const claim: Claim & Partial<Pick<StoredClaim, 'sourceUrl' | 'placeCode'>> = { ...row };
  delete claim.sourceUrl;
  delete claim.placeCode;
  return claim;
}

/**
 * Validates claims with {@link ClaimSchema} and turns them into rows.
 *
 * @throws Error naming the first invalid claim and what is wrong with it.
 */
function toRows(claims: readonly Claim[]): StoredClaim[] {
  return claims.map((c, i) => {
    const parsed = ClaimSchema.safeParse(c);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? issue.path.join('.') + ': ' : '';
      throw new Error(`invalid claim #${i}: ${where}${issue?.message ?? 'invalid'}`);
    }
    const claim = parsed.data;
    return { ...claim, sourceUrl: sourceKey(claim.source.url), placeCode: placeCodeOf(claim) };
  });
}

/**
 * The stored claims that may be about the same event as `m`: those with its metric, date and
 * place code, kept when {@link sameEvent} agrees. Nothing when `m` has no date or place code,
 * since such a figure shares no event. Includes the claims of `m`'s own page; `checkMention`
 * leaves those out.
 */
export async function candidatesFor(db: ClaimsDatabase, m: Mention): Promise<Claim[]> {
  const code = m.place?.code;
  if (!m.date || !code) return [];
  const rows = await db.claims
    .where('[metric+date+placeCode]')
    .equals([m.metric, m.date, code])
    .toArray();
  return rows.filter((row) => sameEvent(m, row)).map(toClaim);
}

/**
 * Replaces what one page said: deletes that page's `browsed` claims and stores `claims`, in one
 * transaction, so re-visiting or reloading a page (under any spelling of its URL) replaces its
 * figures instead of adding copies. A figure already stored with another origin (imported, from a
 * list) stays as it is; a figure seen before keeps its `createdAt`.
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
  const rows = toRows(claims);
  for (const row of rows) {
    if (row.sourceUrl !== page)
      throw new Error(`claim ${row.id} is from ${row.sourceUrl.slice(0, 200)}, not this page`);
    if (row.origin !== 'browsed')
      throw new Error(`claim ${row.id} has origin ${row.origin}; only browsed claims are replaced`);
  }
  return db.transaction('rw', db.claims, async () => {
    const old = await db.claims.where('sourceUrl').equals(page).toArray();
    const createdAt = new Map<string, string>();
    const kept = new Set<string>();
    for (const o of old) {
      if (o.origin === 'browsed') createdAt.set(o.id, o.createdAt);
      else kept.add(o.id);
    }
    await db.claims.bulkDelete([...createdAt.keys()]);
    const fresh = rows
      .filter((r) => !kept.has(r.id))
      .map((r) => ({ ...r, createdAt: createdAt.get(r.id) ?? r.createdAt }));
    await db.claims.bulkPut(fresh);
    return new Set(fresh.map((r) => r.id)).size;
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
