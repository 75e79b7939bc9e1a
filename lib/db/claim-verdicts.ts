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

/** What a claim's verdict is worked out from, read in one transaction. */
interface VerdictInput {
  claim: Claim;
  candidates: Claim[];
  own: Claim[];
}

/**
 * Reads what each claim's verdict is worked out from, as a page check does (CLAIMS.md sections 2
 * and 2.1): the candidates of its event and of the events that may explain it, and the other
 * figures of its own page, the parts a total may be made of. Each event's candidates and each
 * page's figures are read once.
 */
function readInputs(db: ClaimsDatabase, claims: readonly Claim[]): Promise<VerdictInput[]> {
  return db.transaction('r', readTables(db), async () => {
    const byEvent = new Map<string, Promise<Claim[]>>();
    const byPage = new Map<string, Promise<Claim[]>>();
    const inputs: VerdictInput[] = [];
    for (const claim of claims) {
      const key = eventKey(claim);
      // No date or place: about no event another figure can share, so nothing to read.
      if (key === null) {
        inputs.push({ claim, candidates: [], own: [] });
        continue;
      }
      let candidates = byEvent.get(key);
      // Either attacker: the check keeps the ones of this claim's event.
      if (!candidates)
        byEvent.set(key, (candidates = checkCandidatesFor(db, { ...claim, attacker: null })));
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
      inputs.push({ claim, candidates: await candidates, own: await own });
    }
    return inputs;
  });
}

/** How long one stretch of verdict work may hold the background before it lets others in. */
const SLICE_MS = 20;

/**
 * The verdicts of `inputs`, worked out in slices of {@link SLICE_MS}: an event with hundreds of
 * sources makes each check costly (explanations look for sums among them), and the background
 * must keep answering the table's rows and count meanwhile. Between slices, `pause` may hold
 * the work back until those are answered.
 */
async function verdictsOf(
  inputs: readonly VerdictInput[],
  pause: () => Promise<void> = () => Promise.resolve(),
): Promise<Verdict[]> {
  const out: Verdict[] = [];
  let slice = Date.now();
  for (const { claim, candidates, own } of inputs) {
    out.push(checkMention(claim, claim.source, candidates, own).verdict);
    if (Date.now() - slice > SLICE_MS) {
      await new Promise((resume) => setTimeout(resume, 0));
      await pause();
      slice = Date.now();
    }
  }
  return out;
}

function readTables(db: ClaimsDatabase) {
  return [db.claims, db.listGroups, db.deletedClaims] as const;
}

/**
 * The verdict of each stored claim of `ids`, by id; ids no longer stored are left out.
 *
 * @param pause - Resolves when the work may go on (see {@link verdictsOf}).
 */
export async function storedVerdicts(
  db: ClaimsDatabase,
  ids: readonly string[],
  pause?: () => Promise<void>,
): Promise<Record<string, Verdict>> {
  await pause?.();
  const rows = await db.transaction('r', db.claims, () => db.claims.bulkGet([...ids]));
  const claims = rows.flatMap((row) => (row ? [toClaim(row)] : []));
  const verdicts = await verdictsOf(await readInputs(db, claims), pause);
  return Object.fromEntries(claims.map((c, i) => [c.id, verdicts[i]!]));
}

/**
 * Every stored claim that matches `filter` (its `verdict` included), in `sort` order. Reads the
 * whole claims table and each matching claim's event: a verdict filter costs a scan, which the
 * browser pays only when the user picks a verdict.
 */
export async function claimsWithVerdict(
  db: ClaimsDatabase,
  filter: ClaimFilter & { verdict: Verdict },
  sort: ClaimSort,
): Promise<Claim[]> {
  const { verdict, ...rest } = filter;
  const matches = claimMatcher(rest);
  const rows = await db.transaction('r', db.claims, () => db.claims.toArray());
  const claims = rows.map(toClaim).filter(matches);
  const verdicts = await verdictsOf(await readInputs(db, claims));
  return claims.filter((_, i) => verdicts[i] === verdict).sort((a, b) => compareClaims(a, b, sort));
}
