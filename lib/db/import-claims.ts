/**
 * Importing claims from a file or an official record, one batch at a time.
 *
 * @module
 */
import type { Claim } from '../claims/claim';
import type { ClaimsDatabase } from './database';
import { toClaim, toRow, validClaim } from './rows';

/** What one import batch did. */
export interface ImportResult {
  added: number;
  updated: number;
  unchanged: number;
}

/** A JSON value's text with object keys sorted and `undefined` fields left out. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const fields = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`);
    return `{${fields.join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Stores a batch of claims as `origin`, keeping each claim's id and every other field as given,
 * in one transaction: a batch with an invalid claim, or one that fails, writes nothing.
 * Idempotent: a claim stored exactly so is `unchanged`, one stored differently is replaced
 * (`updated`), except that a stored `browsed` claim, and a stored `official` record when the
 * batch is not official, are kept as they are and counted `unchanged` (what the user read, and
 * what the record says, win over a file). Claims are taken in order, as a file is read top to
 * bottom, so a second copy of an id in the same batch counts as the batch after would count it:
 * every claim sent is counted once. An imported claim is no longer recorded as deleted.
 *
 * @throws Error naming the first invalid claim.
 */
export async function importClaims(
  db: ClaimsDatabase,
  claims: readonly Claim[],
  origin: 'imported' | 'official',
): Promise<ImportResult> {
  const batch = claims.map((c, i) => validClaim({ ...c, origin }, i));
  const ids = [...new Set(batch.map((c) => c.id))];
  return db.transaction('rw', db.claims, db.deletedClaims, async () => {
    const stored = await db.claims.bulkGet(ids);
    const current = new Map<string, Claim>();
    const kept = new Set<string>();
    ids.forEach((id, i) => {
      const old = stored[i];
      if (!old) return;
      current.set(id, toClaim(old));
      if (old.origin === 'browsed' || (old.origin === 'official' && origin !== 'official'))
        kept.add(id);
    });
    const result: ImportResult = { added: 0, updated: 0, unchanged: 0 };
    const changed = new Map<string, Claim>();
    for (const claim of batch) {
      const old = current.get(claim.id);
      if (old && (kept.has(claim.id) || canonical(old) === canonical(claim))) {
        result.unchanged++;
        continue;
      }
      if (old) result.updated++;
      else result.added++;
      current.set(claim.id, claim);
      changed.set(claim.id, claim);
    }
    await db.claims.bulkPut([...changed.values()].map(toRow));
    await db.deletedClaims.bulkDelete(ids);
    return result;
  });
}
