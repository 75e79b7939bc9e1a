/**
 * Reading a downloaded claims list: JSON, then the claims-list/1 schema. A list of 100,000 claims
 * is some 70 MB of text and several times that as objects, so the claims are checked one at a
 * time, each parsed copy taking its raw object's place: the raw tree is let go as the check
 * goes, instead of living beside a whole second copy until the end.
 *
 * @module
 */
import { z } from 'zod';
import { ClaimSchema, type Claim } from '../claims/claim';
import { futureTimestamp, isInFuture } from '../claims/claim-time';
import { ClaimsListSchema, type ClaimsList } from '../claims/claims-list';
import { SyncFailure } from './http';

/** The document with its claims not yet looked at. */
const HeadSchema = ClaimsListSchema.omit({ claims: true }).extend({ claims: z.array(z.unknown()) });

function invalid(issue: z.core.$ZodIssue | undefined, prefix: PropertyKey[] = []): SyncFailure {
  const path = [...prefix, ...(issue?.path ?? [])].map(String);
  const where = path.length ? `${path.join('.')}: ` : '';
  return new SyncFailure(`not a valid claims list: ${where}${issue?.message ?? 'invalid'}`);
}

/** The JSON of a downloaded list. @throws SyncFailure when it is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new SyncFailure('the list is not JSON');
  }
}

/**
 * A claims list from its parsed JSON, as {@link ClaimsListSchema} would give it (unknown fields
 * dropped). The `claims` array of `json` is reused for the parsed claims. A document or claim
 * dated after `now` (beyond a small clock skew) is refused: see lib/claims/claim-time.ts.
 *
 * @throws SyncFailure naming the first thing wrong, with its path (`claims.12.value: …`).
 */
export function checkListDocument(json: unknown, now: number): ClaimsList {
  const head = HeadSchema.safeParse(json);
  if (!head.success) throw invalid(head.error.issues[0]);
  if (isInFuture(head.data.updatedAt, now))
    throw new SyncFailure(
      `not a valid claims list: updatedAt: ${head.data.updatedAt} is in the future`,
    );
  const claims = head.data.claims;
  for (let i = 0; i < claims.length; i++) {
    const parsed = ClaimSchema.safeParse(claims[i]);
    if (!parsed.success) throw invalid(parsed.error.issues[0], ['claims', i]);
    const future = futureTimestamp(parsed.data, now);
    if (future) throw new SyncFailure(`not a valid claims list: claims.${i}.${future}`);
    claims[i] = parsed.data;
  }
  return { ...head.data, claims: claims as Claim[] };
}
