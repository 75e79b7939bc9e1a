/**
 * The protocol in one place: every request type with the schema of the request and the schema
 * of its answer. Receivers validate requests with the unions built here; senders go through
 * `send` (./client.ts), which takes the answer's schema from here, so a request and the type of
 * its answer can never be paired wrongly by hand.
 *
 * @module
 */
import { z } from 'zod';
import {
  AddListRequestSchema,
  AddListResponseSchema,
  ListStatusRequestSchema,
  ListStatusResponseSchema,
  RemoveListRequestSchema,
  RemoveListResponseSchema,
  ShareFiguresRequestSchema,
  ShareFiguresResponseSchema,
  SyncListsRequestSchema,
  SyncListsResponseSchema,
} from './list-protocol';
import {
  CheckPageResponseSchema,
  CheckPageWireSchema,
  ClaimFacetsRequestSchema,
  ClaimFacetsResponseSchema,
  ClaimVerdictsRequestSchema,
  ClaimVerdictsResponseSchema,
  ClearDataRequestSchema,
  ClearDataResponseSchema,
  CountClaimsRequestSchema,
  CountClaimsResponseSchema,
  DeleteClaimsRequestSchema,
  DeleteClaimsResponseSchema,
  EventSeriesRequestSchema,
  EventSeriesResponseSchema,
  ImportClaimsRequestSchema,
  ImportClaimsResponseSchema,
  PageSummaryRequestSchema,
  PageSummarySchema,
  QueryClaimsRequestSchema,
  QueryClaimsResponseSchema,
  RevealFigureRequestSchema,
  RevealFigureResponseSchema,
  SetSiteEnabledRequestSchema,
  SetSiteEnabledResponseSchema,
  SiteStatusRequestSchema,
  SiteStatusResponseSchema,
  UpdateClaimRequestSchema,
  UpdateClaimResponseSchema,
} from './protocol';

/** One request type: what is sent, and what comes back. */
interface Exchange {
  request: z.ZodObject<{ type: z.ZodLiteral<string> }>;
  answer: z.ZodType;
}

/** Every request a content script or an extension page may send to the background. */
export const BACKGROUND_REQUESTS = {
  'check-page': { request: CheckPageWireSchema, answer: CheckPageResponseSchema },
  'query-claims': { request: QueryClaimsRequestSchema, answer: QueryClaimsResponseSchema },
  'claim-verdicts': { request: ClaimVerdictsRequestSchema, answer: ClaimVerdictsResponseSchema },
  'count-claims': { request: CountClaimsRequestSchema, answer: CountClaimsResponseSchema },
  'claim-facets': { request: ClaimFacetsRequestSchema, answer: ClaimFacetsResponseSchema },
  'event-series': { request: EventSeriesRequestSchema, answer: EventSeriesResponseSchema },
  'update-claim': { request: UpdateClaimRequestSchema, answer: UpdateClaimResponseSchema },
  'delete-claims': { request: DeleteClaimsRequestSchema, answer: DeleteClaimsResponseSchema },
  'import-claims': { request: ImportClaimsRequestSchema, answer: ImportClaimsResponseSchema },
  'clear-data': { request: ClearDataRequestSchema, answer: ClearDataResponseSchema },
  'site-status': { request: SiteStatusRequestSchema, answer: SiteStatusResponseSchema },
  'set-site-enabled': {
    request: SetSiteEnabledRequestSchema,
    answer: SetSiteEnabledResponseSchema,
  },
  'list-status': { request: ListStatusRequestSchema, answer: ListStatusResponseSchema },
  'add-list': { request: AddListRequestSchema, answer: AddListResponseSchema },
  'remove-list': { request: RemoveListRequestSchema, answer: RemoveListResponseSchema },
  'sync-lists': { request: SyncListsRequestSchema, answer: SyncListsResponseSchema },
  'share-figures': { request: ShareFiguresRequestSchema, answer: ShareFiguresResponseSchema },
} as const satisfies Record<string, Exchange>;

/** Every request an extension page (the popup) may send to a tab's content script. */
export const CONTENT_REQUESTS = {
  'page-summary': { request: PageSummaryRequestSchema, answer: PageSummarySchema },
  'reveal-figure': { request: RevealFigureRequestSchema, answer: RevealFigureResponseSchema },
} as const satisfies Record<string, Exchange>;

/** A map of request types to their exchanges. */
export type RequestMap = Record<string, Exchange>;

/** The requests of a map: one union member per type. */
export type RequestIn<M extends RequestMap> = z.infer<M[keyof M]['request']>;

/** The answer to request `R` of map `M`, as parsed by its answer schema. */
export type AnswerIn<M extends RequestMap, R extends { type: string }> = z.infer<
  M[R['type']]['answer']
>;

/** The request schemas of a map as one union, discriminated by `type`. */
function requestUnion<M extends RequestMap>(map: M) {
  const schemas = Object.values(map).map((e) => e.request) as M[keyof M]['request'][];
  return z.discriminatedUnion(
    'type',
    schemas as [M[keyof M]['request'], ...M[keyof M]['request'][]],
  );
}

/** Every request to the background; the background parses each message with it. */
export const RequestSchema = requestUnion(BACKGROUND_REQUESTS);
export type Request = RequestIn<typeof BACKGROUND_REQUESTS>;

/** Every request to a content script; the content script parses each message with it. */
export const ContentRequestSchema = requestUnion(CONTENT_REQUESTS);
export type ContentRequest = RequestIn<typeof CONTENT_REQUESTS>;
