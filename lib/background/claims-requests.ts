/**
 * The background's answers to the claims browser, export and import (extension pages only).
 *
 * @module
 */
import type { z } from 'zod';
import type { Claim, Verdict } from '../claims/claim';
import { DEFAULT_SORT } from '../claims/claim-query';
import { claimsWithVerdict, storedVerdicts } from '../db/claim-verdicts';
import { createIdleGate } from './idle-gate';
import { claimFacets, eventSeries } from '../db/claims-facets';
import { countClaims } from '../db/claims-repo';
import { clearClaims, deleteClaims, updateClaim } from '../db/claims-edit';
import { queryClaims } from '../db/claims-query';
import { countMatching } from '../db/count-claims';
import type { ClaimsDatabase } from '../db/database';
import { importClaims } from '../db/import-claims';
import {
  ClaimChangesSchema,
  MAX_SERIES_CLAIMS,
  type ClaimFacetsResponse,
  type CountClaimsResponse,
  type EventSeriesResponse,
  type ImportClaimsResponse,
  type ClaimVerdictsResponseSchema,
  type QueryClaimsRequest,
  type QueryClaimsResponse,
  type ClearDataResponseSchema,
  type DeleteClaimsResponseSchema,
  type UpdateClaimResponseSchema,
} from '../messages/protocol';
import type { Request } from '../messages/requests';

/** A page of the claims with one verdict (see {@link claimsWithVerdict}). */
async function verdictPage(
  db: ClaimsDatabase,
  query: QueryClaimsRequest & { filter: { verdict: Verdict } },
): Promise<{ rows: Claim[]; more: boolean }> {
  const all = await claimsWithVerdict(db, query.filter, query.sort);
  const end = query.offset + query.limit;
  return { rows: all.slice(query.offset, end), more: all.length > end };
}

/** Requests this module answers: everything but checking a page and site switches. */
export type ClaimsRequest = Exclude<
  Request,
  | { type: 'check-page' }
  | { type: 'site-status' }
  | { type: 'set-site-enabled' }
  | { type: 'list-status' | 'add-list' | 'remove-list' | 'sync-lists' | 'share-figures' }
>;

export type ClaimsResponse =
  | QueryClaimsResponse
  | z.infer<typeof ClaimVerdictsResponseSchema>
  | CountClaimsResponse
  | ClaimFacetsResponse
  | EventSeriesResponse
  | ImportClaimsResponse
  | z.infer<typeof UpdateClaimResponseSchema>
  | z.infer<typeof DeleteClaimsResponseSchema>
  | z.infer<typeof ClearDataResponseSchema>;

/**
 * Answers one validated claims request. Verdicts for the table's column (`claim-verdicts`) are
 * worked out only while no other claims request is under way, so rows and counts stay quick.
 *
 * @throws Error with a message fit for the user when the request cannot be done (e.g. an
 *   unknown claim id); the dispatcher turns it into an error answer.
 */
export function handleClaimsRequest(
  request: ClaimsRequest,
  deps: { db: ClaimsDatabase; now: () => string },
): Promise<ClaimsResponse> {
  if (request.type === 'claim-verdicts') {
    return storedVerdicts(deps.db, request.ids, urgent.idle).then((verdicts) => ({
      type: 'claim-verdicts-result',
      verdicts,
    }));
  }
  return urgent.during(() => answer(request, deps));
}

/** Urgent claims requests under way, which the verdict column's checks give way to. */
const urgent = createIdleGate();

async function answer(
  request: Exclude<ClaimsRequest, { type: 'claim-verdicts' }>,
  deps: { db: ClaimsDatabase; now: () => string },
): Promise<ClaimsResponse> {
  const { db } = deps;
  switch (request.type) {
    case 'query-claims': {
      const { verdict, ...filter } = request.filter;
      const page = verdict
        ? await verdictPage(db, { ...request, filter: { ...filter, verdict } })
        : await queryClaims(db, { ...request, filter });
      return { type: 'claims-page', rows: page.rows, more: page.more };
    }
    case 'count-claims': {
      const { verdict, ...filter } = request.filter;
      if (verdict) {
        const matching = await claimsWithVerdict(db, { ...filter, verdict }, DEFAULT_SORT);
        return { type: 'claims-count', count: matching.length, total: await countClaims(db) };
      }
      const { count, total } = await countMatching(db, filter);
      return { type: 'claims-count', count, total };
    }
    case 'claim-facets':
      return { type: 'claim-facets-result', ...(await claimFacets(db)) };
    case 'event-series': {
      const series = await eventSeries(db, request, MAX_SERIES_CLAIMS);
      return { type: 'event-series-result', ...series };
    }
    case 'update-claim': {
      // The dispatcher has validated the request; this guards direct callers too.
      const changes = ClaimChangesSchema.safeParse(request.changes);
      if (!changes.success) throw new Error('invalid changes to a claim');
      const claim = await updateClaim(db, request.id, changes.data, deps.now());
      return { type: 'claim-updated', claim };
    }
    case 'delete-claims':
      return { type: 'claims-deleted', deleted: await deleteClaims(db, request.ids, deps.now()) };
    case 'import-claims':
      return {
        type: 'claims-imported',
        ...(await importClaims(db, request.claims, request.origin)),
      };
    case 'clear-data':
      return { type: 'data-cleared', deleted: await clearClaims(db) };
  }
}
