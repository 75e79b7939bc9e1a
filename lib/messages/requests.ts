/**
 * The protocol in one place: every request type with the schema of the request and the schema
 * of its answer. Receivers validate requests with the unions built here; senders go through
 * `send` (./client.ts), which takes the answer's schema from here, so a request and the type of
 * its answer can never be paired wrongly by hand.
 *
 * @module
 */
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
  QueryClaimsRequestSchema,
  QueryClaimsResponseSchema,
  SetSiteEnabledRequestSchema,
  SetSiteEnabledResponseSchema,
  SiteStatusRequestSchema,
  SiteStatusResponseSchema,
  UpdateClaimRequestSchema,
  UpdateClaimResponseSchema,
} from './protocol';
import { CHECK_PAGE, requestUnion, type Exchange, type RequestIn } from './page-requests';

export {
  CONTENT_REQUESTS,
  ContentRequestSchema,
  type AnswerIn,
  type ContentRequest,
  type RequestIn,
  type RequestMap,
} from './page-requests';

/** Every request a content script or an extension page may send to the background. */
export const BACKGROUND_REQUESTS = {
  'check-page': CHECK_PAGE,
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

/** Every request to the background; the background parses each message with it. */
export const RequestSchema = requestUnion(BACKGROUND_REQUESTS);
export type Request = RequestIn<typeof BACKGROUND_REQUESTS>;
