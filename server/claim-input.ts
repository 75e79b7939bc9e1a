/**
 * What the list server takes from a client's POST: claims that parse, count one of the metrics
 * the product knows (CLAIMS.md section 1), and belong to the list they were posted to.
 *
 * @module
 */
import { ClaimSchema, type Claim } from '../lib/claims/claim';
import { futureTimestamp } from '../lib/claims/claim-time';
import { CORE_METRICS } from '../lib/claims/mention';
import { HttpError } from './http-io';

const KNOWN_METRICS = new Set<string>(CORE_METRICS);

/** One rejected claim: its index in the request and what is wrong with it. */
interface Issue {
  index: number;
  message: string;
}

function issueOf(item: unknown, now: number): string | Claim {
  const parsed = ClaimSchema.safeParse(item);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first && first.path.length > 0 ? `${first.path.join('.')}: ` : '';
    return `${where}${first?.message ?? 'invalid claim'}`;
  }
  // The shape allows any `word.word`; a list shared by a team holds only what badges can show.
  if (!KNOWN_METRICS.has(parsed.data.metric)) {
    return `metric: unknown metric "${parsed.data.metric}" (known: ${CORE_METRICS.join(', ')})`;
  }
  // Dated in the future (beyond a little clock skew): no later copy could ever replace it.
  return futureTimestamp(parsed.data, now) ?? parsed.data;
}

/**
 * Validates every posted claim and stamps it with this list's origin (`list:<listId>`), whatever
 * the client sent: where a claim came from is the server's to say. One invalid claim (bad shape,
 * unknown metric, dated after `now`) rejects the whole request (400) with each bad claim's index
 * and reason; the error names the first reason.
 */
export function acceptClaims(items: readonly unknown[], listId: string, now: number): Claim[] {
  const claims: Claim[] = [];
  const issues: Issue[] = [];
  items.forEach((item, index) => {
    const result = issueOf(item, now);
    if (typeof result === 'string') issues.push({ index, message: result });
    else claims.push({ ...result, origin: `list:${listId}` });
  });
  if (issues.length > 0) {
    const first = issues[0]!;
    throw new HttpError(400, `invalid claims: claim ${first.index}: ${first.message}`, {
      issues: issues.slice(0, 100),
    });
  }
  return claims;
}
