/**
 * The claims browser's requests to the background, each answer checked with its schema (see
 * lib/messages/client.ts). The transport is injected, so tests drive it with a fake background.
 *
 * @module
 */
import type { Claim } from '../claims/claim';
import type { ClaimFilter } from '../claims/claim-query';
import { send, type Send } from '../messages/client';
import {
  type ClaimChanges,
  type ClaimFacetsResponse,
  type EventSeriesRequest,
  type EventSeriesResponse,
  type ImportClaimsResponse,
} from '../messages/protocol';
import type { FetchPage, FetchVerdicts } from './row-pager';

/** The most ids one `delete-claims` request takes (DeleteClaimsRequestSchema). */
const MAX_DELETE_IDS = 10_000;

/** Counting scans; a large database may take longer than an ordinary answer. */
const COUNT_TIMEOUT_MS = 60_000;

export interface ClaimsApi {
  /** A page of claims of a view (`query-claims`). */
  queryPage: FetchPage;
  /** The verdicts of stored claims by id (`claim-verdicts`). */
  verdicts: FetchVerdicts;
  /** Matching and total claims (`count-claims`). */
  count(filter: ClaimFilter): Promise<{ count: number; total: number }>;
  /** The values the filters offer (`claim-facets`). */
  facets(): Promise<ClaimFacetsResponse>;
  /** Every claim for one metric and place (`event-series`). */
  series(request: Omit<EventSeriesRequest, 'type'>): Promise<EventSeriesResponse>;
  /** Corrects a claim and returns it as stored (`update-claim`). */
  update(id: string, changes: ClaimChanges): Promise<Claim>;
  /** Deletes claims and returns how many went (`delete-claims`). */
  remove(ids: readonly string[]): Promise<number>;
  /** Stores one batch of an import (`import-claims`). */
  importBatch(
    claims: readonly Claim[],
    origin: 'imported' | 'official',
  ): Promise<ImportClaimsResponse>;
}

/** The background's claims requests, sent through `toBackground` (`browser.runtime.sendMessage`). */
export function claimsApi(toBackground: Send): ClaimsApi {
  return {
    queryPage: async (view, offset, limit) => {
      const request = { type: 'query-claims' as const, ...view, offset, limit };
      const answer = await send(toBackground, request);
      return { rows: answer.rows, more: answer.more };
    },
    verdicts: async (ids) => {
      const request = { type: 'claim-verdicts' as const, ids: [...ids] };
      const answer = await send(toBackground, request, { timeoutMs: COUNT_TIMEOUT_MS });
      return new Map(Object.entries(answer.verdicts));
    },
    count: async (filter) => {
      const request = { type: 'count-claims' as const, filter };
      const answer = await send(toBackground, request, { timeoutMs: COUNT_TIMEOUT_MS });
      return { count: answer.count, total: answer.total };
    },
    facets: () => send(toBackground, { type: 'claim-facets' }),
    series: (request) => send(toBackground, { type: 'event-series', ...request }),
    update: async (id, changes) => {
      const request = { type: 'update-claim' as const, id, changes };
      return (await send(toBackground, request)).claim;
    },
    remove: async (ids) => {
      let deleted = 0;
      for (let at = 0; at < ids.length; at += MAX_DELETE_IDS) {
        const request = { type: 'delete-claims' as const, ids: ids.slice(at, at + MAX_DELETE_IDS) };
        deleted += (await send(toBackground, request)).deleted;
      }
      return deleted;
    },
    importBatch: (claims, origin) =>
      send(toBackground, { type: 'import-claims', claims: [...claims], origin }),
  };
}
