/**
 * The background's answers to the claims browser, export and import (extension pages only).
 *
 * @module
 */
import type { z } from 'zod';
import type { ClaimsDatabase } from '../db/database';
import type {
  ClaimFacetsResponse,
  CountClaimsResponse,
  EventSeriesResponse,
  ImportClaimsResponse,
  QueryClaimsResponse,
  Request,
  ClearDataResponseSchema,
  DeleteClaimsResponseSchema,
  UpdateClaimResponseSchema,
} from '../messages/protocol';

/** Requests this module answers: everything but checking a page and site switches. */
export type ClaimsRequest = Exclude<
  Request,
  { type: 'check-page' } | { type: 'site-status' } | { type: 'set-site-enabled' }
>;

export type ClaimsResponse =
  | QueryClaimsResponse
  | CountClaimsResponse
  | ClaimFacetsResponse
  | EventSeriesResponse
  | ImportClaimsResponse
  | z.infer<typeof UpdateClaimResponseSchema>
  | z.infer<typeof DeleteClaimsResponseSchema>
  | z.infer<typeof ClearDataResponseSchema>;

/**
 * Answers one validated claims request.
 *
 * @throws Error with a message fit for the user when the request cannot be done (e.g. an
 *   unknown claim id); the dispatcher turns it into an error answer.
 */
export async function handleClaimsRequest(
  request: ClaimsRequest,
  deps: { db: ClaimsDatabase; now: () => string },
): Promise<ClaimsResponse> {
  void deps;
  throw new Error(`${request.type}: not implemented yet`);
}
