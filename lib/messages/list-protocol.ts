/**
 * The messages of team lists (options and popup → background): following, syncing and removing
 * lists, and sharing a page's figures to one. Answered only for the extension's own pages.
 *
 * @module
 */
import { z } from 'zod';
import { HttpUrlSchema, MentionSchema, SourceSchema } from '../claims/mention';
import { MAX_SHARE_CLAIMS } from '../claims/claims-list';

const ListIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** A followed list as the options page and the popup show it; never its token. */
export const ListStatusSchema = z.object({
  id: ListIdSchema,
  url: z.string().max(2048),
  name: z.string().max(200),
  claimCount: z.number().int().nonnegative(),
  /** The last good sync (ISO date-time), or null before the first. */
  lastSyncAt: z.string().nullable(),
  /** Why the last sync failed; null after a good one. */
  lastError: z.string().max(1000).nullable(),
  /** When the next sync is due (milliseconds since the epoch). */
  nextSyncAt: z.number(),
  /** Whether figures can be shared to it: a server list with a write token. */
  writable: z.boolean(),
  hasToken: z.boolean(),
  /** Why the server refused the last share for good, or null. */
  shareError: z.string().max(1000).nullable(),
  /** Shares waiting in the outbox. */
  pendingShares: z.number().int().nonnegative(),
  /**
   * While a large list is being added to the claims browser: claims copied, in all, and why the
   * last batch failed (null when it did not).
   */
  indexing: z
    .object({
      done: z.number().int().nonnegative(),
      total: z.number().int().nonnegative(),
      error: z.string().max(1000).nullable(),
    })
    .nullable(),
});
export type ListStatusView = z.infer<typeof ListStatusSchema>;

/** What one sync did, as the options page reports it. */
export const SyncOutcomeSchema = z.object({
  listId: ListIdSchema,
  status: z.enum(['unchanged', 'updated', 'failed', 'skipped']),
  error: z.string().max(1000).nullable(),
});
export type SyncOutcome = z.infer<typeof SyncOutcomeSchema>;

export const ListStatusRequestSchema = z.object({ type: z.literal('list-status') });
export const ListStatusResponseSchema = z.object({
  type: z.literal('list-status-result'),
  lists: z.array(ListStatusSchema),
});

/**
 * Follows a list by URL (a list server's `…/v1/lists/:id`, or any static claims-list file) and
 * syncs it at once. Adding a followed list again replaces its token.
 */
export const AddListRequestSchema = z.object({
  type: z.literal('add-list'),
  url: z.string().min(1).max(2048),
  token: z.string().max(512).nullable(),
});
export const AddListResponseSchema = z.object({
  type: z.literal('list-added'),
  list: ListStatusSchema,
  sync: SyncOutcomeSchema,
});

/** Stops following a list; its claims go unless another list or origin holds them. */
export const RemoveListRequestSchema = z.object({
  type: z.literal('remove-list'),
  id: ListIdSchema,
});
export const RemoveListResponseSchema = z.object({
  type: z.literal('list-removed'),
  /** Claims deleted with the list. */
  removed: z.number().int().nonnegative(),
  /** Claims of a large list still to be released from the claims table, in the background. */
  later: z.number().int().nonnegative(),
});

/** Syncs one list now, or every followed list when `id` is absent, and sends waiting shares. */
export const SyncListsRequestSchema = z.object({
  type: z.literal('sync-lists'),
  id: ListIdSchema.optional(),
});
export const SyncListsResponseSchema = z.object({
  type: z.literal('lists-synced'),
  results: z.array(SyncOutcomeSchema),
});

/** Sends figures of a page to a list the user can write to; they wait in the outbox if need be. */
export const ShareFiguresRequestSchema = z.object({
  type: z.literal('share-figures'),
  listId: ListIdSchema,
  source: SourceSchema.extend({ url: HttpUrlSchema }),
  mentions: z.array(MentionSchema).min(1).max(MAX_SHARE_CLAIMS),
});
export const ShareFiguresResponseSchema = z.object({
  type: z.literal('figures-shared'),
  /** Figures put in the outbox. */
  queued: z.number().int().nonnegative(),
  /** Whether the server accepted them already; false means they wait and are retried. */
  sent: z.boolean(),
  /** Why they were not sent yet, or refused for good; null when sent. */
  error: z.string().max(1000).nullable(),
  /** Whether a refused share was dropped (retrying cannot help) rather than kept for later. */
  refused: z.boolean(),
});
export type ShareFiguresResponse = z.infer<typeof ShareFiguresResponseSchema>;
