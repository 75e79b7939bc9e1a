/**
 * The background's answers to team-list requests from the options page and the popup.
 *
 * @module
 */
import type { z } from 'zod';
import { canonicalUrl, claimFromMention } from '../claims/claim-id';
import type { ClaimsDatabase } from '../db/database';
import type {
  AddListResponseSchema,
  ListStatusResponseSchema,
  ListStatusView,
  RemoveListResponseSchema,
  ShareFiguresResponse,
  SyncListsResponseSchema,
} from '../messages/list-protocol';
import type { Request } from '../messages/requests';
import { addList, listStatus, removeList } from '../sync/lists';
import { queueShare } from '../sync/push';
import type { ListSync } from './list-sync';

/** The team-list requests. */
export type ListRequest = Extract<
  Request,
  { type: 'list-status' | 'add-list' | 'remove-list' | 'sync-lists' | 'share-figures' }
>;

export type ListResponse =
  | z.infer<typeof ListStatusResponseSchema>
  | z.infer<typeof AddListResponseSchema>
  | z.infer<typeof RemoveListResponseSchema>
  | z.infer<typeof SyncListsResponseSchema>
  | ShareFiguresResponse;

const LIST_TYPES: ReadonlySet<string> = new Set([
  'list-status',
  'add-list',
  'remove-list',
  'sync-lists',
  'share-figures',
]);

/** Whether `request` is a team-list request. */
export function isListRequest(request: Request): request is ListRequest {
  return LIST_TYPES.has(request.type);
}

/** How long the popup waits for a share to reach the server before it says it will retry. */
const SHARE_TIMEOUT_MS = 10_000;

/** What the handler needs. */
export interface ListRequestDeps {
  db: ClaimsDatabase;
  lists: ListSync;
  /** The current time as an ISO date-time. */
  now: () => string;
}

async function statusOf(db: ClaimsDatabase, id: string): Promise<ListStatusView> {
  const status = (await listStatus(db)).find((l) => l.id === id);
  if (!status) throw new Error('the list was removed meanwhile');
  return status;
}

/**
 * Answers one validated team-list request.
 *
 * @throws Error with a message fit for the user, e.g. what is wrong with a list's URL.
 */
export async function handleListRequest(
  request: ListRequest,
  deps: ListRequestDeps,
): Promise<ListResponse> {
  const { db, lists } = deps;
  switch (request.type) {
    case 'list-status':
      return { type: 'list-status-result', lists: await listStatus(db) };
    case 'add-list': {
      const row = await addList(db, { url: request.url, token: request.token });
      const [sync] = await lists.syncNow([row.id]);
      if (!sync) throw new Error('the list was removed meanwhile');
      return { type: 'list-added', list: await statusOf(db, row.id), sync };
    }
    case 'remove-list': {
      const { removed, later } = await removeList(db, request.id);
      await lists.schedule();
      // The claims the list still holds in the claims table go in the background.
      if (later > 0) void lists.mirror();
      return { type: 'list-removed', removed, later };
    }
    case 'sync-lists':
      return {
        type: 'lists-synced',
        results: await lists.syncNow(request.id === undefined ? undefined : [request.id]),
      };
    case 'share-figures':
      return shareFigures(request, deps);
  }
}

/**
 * Puts the figures in the outbox as claims of their page, then tries to send them at once; what
 * the server does not take now waits in the outbox and is retried by the alarm.
 */
async function shareFigures(
  request: Extract<ListRequest, { type: 'share-figures' }>,
  deps: ListRequestDeps,
): Promise<ShareFiguresResponse> {
  const source = { ...request.source, url: canonicalUrl(request.source.url) };
  const now = deps.now();
  const claims = request.mentions.map((m) => claimFromMention(m, source, 'browsed', now));
  const seq = await queueShare(deps.db, request.listId, claims, Date.parse(now));
  const flushed = await deps.lists.flush(SHARE_TIMEOUT_MS);
  const refusal = flushed.refused.find((r) => r.seq === seq);
  if (refusal)
    return { type: 'figures-shared', queued: 0, sent: false, error: refusal.error, refused: true };
  const waiting = await deps.db.outbox.get(seq);
  return {
    type: 'figures-shared',
    queued: claims.length,
    sent: waiting === undefined,
    error: waiting ? (waiting.lastError ?? 'waiting to be sent') : null,
    refused: false,
  };
}
