/**
 * One imported row or element as a Claim: validated with the claim schema, with an absent id,
 * origin or timestamp filled in.
 *
 * @module
 */
import type { z } from 'zod';
import { ClaimSchema, type Claim } from '../claims/claim';
import { claimId, sourceKey } from '../claims/claim-id';
import { futureTimestamp } from '../claims/claim-time';

/** A claim as a file may hold it: id, origin and timestamps may be left out. */
const ImportedClaimSchema = ClaimSchema.partial({
  id: true,
  origin: true,
  createdAt: true,
  updatedAt: true,
});

/** The first few problems of a failed validation, each as `path: message`. */
export function issuesMessage(error: z.ZodError): string {
  const parts = error.issues.slice(0, 3).map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  const more = error.issues.length - parts.length;
  return parts.join('; ') + (more > 0 ? ` (and ${more} more)` : '');
}

/**
 * Validates an imported claim. An id given is kept as it is (even if the content would give
 * another: the file's author may have corrected a figure); an absent id is derived from the
 * content as the extension derives it. An absent origin is `imported`; absent timestamps are
 * `now`, and a timestamp after `now` (beyond a little clock skew) is refused.
 */
export function toClaim(
  candidate: unknown,
  now: string,
): { ok: true; claim: Claim } | { ok: false; message: string } {
  const parsed = ImportedClaimSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, message: issuesMessage(parsed.error) };
  const c = parsed.data;
  // Parsing dropped unknown fields; every field the schema knows is kept as given.
  const claim: Claim = {
    ...c,
    id: c.id ?? claimId(sourceKey(c.source.url), c),
    origin: c.origin ?? 'imported',
    createdAt: c.createdAt ?? now,
    updatedAt: c.updatedAt ?? c.createdAt ?? now,
  };
  const future = futureTimestamp(claim, Date.parse(now));
  if (future) return { ok: false, message: future };
  return { ok: true, claim };
}
