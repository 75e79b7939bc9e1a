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
 * (`updated`), except that a stored `browsed` claim is kept as it is and counted `unchanged` (what
 * the user read wins over a file). An imported claim is no longer recorded as deleted.
 *
 * @throws Error naming the first invalid claim.
 */
export async function importClaims(
  db: ClaimsDatabase,
  claims: readonly Claim[],
  origin: 'imported' | 'official',
): Promise<ImportResult> {
  // Within a batch the last copy of an id wins, as a file read top to bottom would have it.
  const byId = new Map<string, Claim>();
  claims.forEach((c, i) => {
    const claim = validClaim({ ...c, origin }, i);
    byId.set(claim.id, claim);
  });
  const ids = [...byId.keys()];
  return db.transaction('rw', db.claims, db.deletedClaims, async () => {
    const stored = await db.claims.bulkGet(ids);
    const result: ImportResult = { added: 0, updated: 0, unchanged: 0 };
    const rows = [];
    for (const [i, id] of ids.entries()) {
      const claim = byId.get(id);
      const old = stored[i];
      if (!claim) continue;
      if (old && (old.origin === 'browsed' || canonical(toClaim(old)) === canonical(claim))) {
        result.unchanged++;
        continue;
      }
      if (old) result.updated++;
      else result.added++;
      rows.push(toRow(claim));
    }
    await db.claims.bulkPut(rows);
    await db.deletedClaims.bulkDelete(ids);
    return result;
  });
}
