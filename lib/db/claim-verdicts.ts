/**
 * Verdicts of stored claims, for the claims browser's verdict column and filter. A claim's
 * verdict is what a page stating it would get now: checked against every other source's claim
 * for its event (the claims table and the followed lists), as `check-page` does. It is not
 * stored: it changes whenever any claim of the event does, so it is worked out when asked.
 *
 * @module
 */
import type { Claim, Verdict } from '../claims/claim';
import {
  claimMatcher,
  compareClaims,
  type ClaimFilter,
  type ClaimSort,
} from '../claims/claim-query';
import { sourceKey } from '../claims/claim-id';
import { eventKey } from '../claims/event';
import { checkMention } from '../claims/verdict';
import { checkCandidatesFor } from './claims-repo';
import type { ClaimsDatabase } from './database';
import { toClaim } from './rows';

/**
 * Works out claims' verdicts as a page check would (CLAIMS.md sections 2 and 2.1): against the
 * candidates of the claim's event and of the events that may explain it, with the other figures
 * of its own page as the parts a total may be made of. Each event's candidates and each page's
 * figures are read once. Call inside a transaction over `claims`, `listGroups` and
 * `deletedClaims` (see {@link checkCandidatesFor}).
 */
function verdictReader(db: ClaimsDatabase): (claim: Claim) => Promise<Verdict> {
  const byEvent = new Map<string, Promise<Claim[]>>();
  const byPage = new Map<string, Promise<Claim[]>>();
  return async (claim) => {
    const key = eventKey(claim);
    // No date or place: about no event another figure can share.
    if (key === null) return 'single-source';
    let candidates = byEvent.get(key);
    if (!candidates) {
      // Either attacker: the check below keeps the ones of this claim's event.
      candidates = checkCandidatesFor(db, { ...claim, attacker: null });
      byEvent.set(key, candidates);
    }
    const page = sourceKey(claim.source.url);
    let own = byPage.get(page);
    if (!own) {
      own = db.claims
        .where('sourceUrl')
        .equals(page)
        .toArray()
        .then((rows) => rows.map(toClaim));
      byPage.set(page, own);
    }
    return checkMention(claim, claim.source, await candidates, await own).verdict;
  };
}

function readTables(db: ClaimsDatabase) {
  return [db.claims, db.listGroups, db.deletedClaims] as const;
}

/** The verdict of each stored claim of `ids`, by id; ids no longer stored are left out. */
export function storedVerdicts(
  db: ClaimsDatabase,
  ids: readonly string[],
): Promise<Record<string, Verdict>> {
  return db.transaction('r', readTables(db), async () => {
    const verdictOf = verdictReader(db);
    const out: Record<string, Verdict> = {};
    for (const row of await db.claims.bulkGet([...ids])) {
      if (row) out[row.id] = await verdictOf(toClaim(row));
    }
    return out;
  });
}

/**
 * Every stored claim that matches `filter` (its `verdict` included), in `sort` order. Reads the
 * whole claims table and each matching claim's event: a verdict filter costs a scan, which the
 * browser pays only when the user picks a verdict.
 */
export function claimsWithVerdict(
  db: ClaimsDatabase,
  filter: ClaimFilter & { verdict: Verdict },
  sort: ClaimSort,
): Promise<Claim[]> {
  const { verdict, ...rest } = filter;
  const matches = claimMatcher(rest);
  return db.transaction('r', readTables(db), async () => {
    const rows = (await db.claims.toArray()).map(toClaim).filter(matches);
    const verdictOf = verdictReader(db);
    const kept: Claim[] = [];
    for (const claim of rows) if ((await verdictOf(claim)) === verdict) kept.push(claim);
    return kept.sort((a, b) => compareClaims(a, b, sort));
  });
}
