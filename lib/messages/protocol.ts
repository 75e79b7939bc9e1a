import { z } from 'zod';
import { ClaimSchema, VerdictSchema } from '../claims/claim';
import { ClaimFilterSchema, ClaimSortSchema } from '../claims/claim-query';
import { IsoDateSchema, MentionSchema, MetricSchema } from '../claims/mention';
import { BadgeModeSchema } from '../settings/settings';

// The content script's part of the protocol lives in ./page-protocol.ts: see there.
export * from './page-protocol';

// ---- The claims browser, export and import (extension pages → background) ----

/** The most rows one answer carries; the browser pages through the rest. */
export const MAX_PAGE_ROWS = 2000;

/** A page of stored claims matching a filter, in a sort order. */
export const QueryClaimsRequestSchema = z.object({
  type: z.literal('query-claims'),
  filter: ClaimFilterSchema,
  sort: ClaimSortSchema,
  offset: z.number().int().nonnegative().max(10_000_000),
  limit: z.number().int().positive().max(MAX_PAGE_ROWS),
});
export type QueryClaimsRequest = z.infer<typeof QueryClaimsRequestSchema>;

export const QueryClaimsResponseSchema = z.object({
  type: z.literal('claims-page'),
  rows: z.array(ClaimSchema),
  /** Whether rows after these exist. */
  more: z.boolean(),
});
export type QueryClaimsResponse = z.infer<typeof QueryClaimsResponseSchema>;

/**
 * The verdicts of stored claims against the other sources for their events, for the table's
 * verdict column. Asked apart from the rows, which never wait for them.
 */
export const ClaimVerdictsRequestSchema = z.object({
  type: z.literal('claim-verdicts'),
  ids: z.array(ClaimSchema.shape.id).max(MAX_PAGE_ROWS),
});
export const ClaimVerdictsResponseSchema = z.object({
  type: z.literal('claim-verdicts-result'),
  /** By claim id; an id no longer stored is left out. */
  verdicts: z.record(z.string(), VerdictSchema),
});

/** How many stored claims match a filter (may scan; asked for separately from the rows). */
export const CountClaimsRequestSchema = z.object({
  type: z.literal('count-claims'),
  filter: ClaimFilterSchema,
});
export const CountClaimsResponseSchema = z.object({
  type: z.literal('claims-count'),
  count: z.number().int().nonnegative(),
  /** All stored claims, whatever the filter. */
  total: z.number().int().nonnegative(),
});
export type CountClaimsResponse = z.infer<typeof CountClaimsResponseSchema>;

/** The distinct values the filters offer, read from the indexes. */
export const ClaimFacetsRequestSchema = z.object({ type: z.literal('claim-facets') });
export const ClaimFacetsResponseSchema = z.object({
  type: z.literal('claim-facets-result'),
  metrics: z.array(z.string()),
  places: z.array(z.object({ code: z.string(), name: z.string() })),
  outlets: z.array(z.string()),
  originators: z.array(z.string()),
  /** The earliest and latest event dates stored, or null when there are none. */
  dates: z.object({ first: z.string(), last: z.string() }).nullable(),
});
export type ClaimFacetsResponse = z.infer<typeof ClaimFacetsResponseSchema>;

/** Every claim for one metric and place (between two dates), for the event chart. */
export const EventSeriesRequestSchema = z.object({
  type: z.literal('event-series'),
  metric: MetricSchema,
  placeCode: z.string().min(1).max(16),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
});
export type EventSeriesRequest = z.infer<typeof EventSeriesRequestSchema>;
/** The most claims the chart is given; an event series longer than this is cut at the oldest. */
export const MAX_SERIES_CLAIMS = 5000;
export const EventSeriesResponseSchema = z.object({
  type: z.literal('event-series-result'),
  claims: z.array(ClaimSchema).max(MAX_SERIES_CLAIMS),
  truncated: z.boolean(),
});
export type EventSeriesResponse = z.infer<typeof EventSeriesResponseSchema>;

/** The fields of a claim a user may correct; the rest (source, quote, id) are what was read. */
export const ClaimChangesSchema = MentionSchema.pick({
  metric: true,
  value: true,
  attacker: true,
  group: true,
  place: true,
  date: true,
  attributedTo: true,
})
  .partial()
  .strict();
export type ClaimChanges = z.infer<typeof ClaimChangesSchema>;

export const UpdateClaimRequestSchema = z.object({
  type: z.literal('update-claim'),
  id: ClaimSchema.shape.id,
  changes: ClaimChangesSchema,
});
export const UpdateClaimResponseSchema = z.object({
  type: z.literal('claim-updated'),
  claim: ClaimSchema,
});

/** Deletes claims; a deleted browsed claim is not recorded again when its page is re-read. */
export const DeleteClaimsRequestSchema = z.object({
  type: z.literal('delete-claims'),
  ids: z.array(ClaimSchema.shape.id).min(1).max(10_000),
});
export const DeleteClaimsResponseSchema = z.object({
  type: z.literal('claims-deleted'),
  deleted: z.number().int().nonnegative(),
});

/** The most claims one import message carries; the page sends a file in batches of this. */
export const MAX_IMPORT_BATCH = 1000;

/**
 * One batch of an import. Claims keep their ids, so importing the same file twice stores
 * nothing new; `origin` is what they are stored as (`imported`, or `official` for records).
 */
export const ImportClaimsRequestSchema = z.object({
  type: z.literal('import-claims'),
  claims: z.array(ClaimSchema).max(MAX_IMPORT_BATCH),
  origin: z.enum(['imported', 'official']),
});
export const ImportClaimsResponseSchema = z.object({
  type: z.literal('claims-imported'),
  added: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
  unchanged: z.number().int().nonnegative(),
});
export type ImportClaimsResponse = z.infer<typeof ImportClaimsResponseSchema>;

/** Deletes every claim and every record of deleted claims; settings stay. */
export const ClearDataRequestSchema = z.object({
  type: z.literal('clear-data'),
  confirm: z.literal(true),
});
export const ClearDataResponseSchema = z.object({
  type: z.literal('data-cleared'),
  deleted: z.number().int().nonnegative(),
});

// ---- Where the extension runs (popup / options → background) ----

/** Whether the extension runs on a page's site, and why. */
export const SiteStatusSchema = z.object({
  /** The site's settings key: a built-in news domain (`reuters.com`) or the page's host. */
  site: z.string().max(253),
  builtIn: z.boolean(),
  /** True when figures are checked on this site now. */
  enabled: z.boolean(),
  /** The badge mode in force here (the site's own, else the global one). */
  badges: BadgeModeSchema,
});
export type SiteStatus = z.infer<typeof SiteStatusSchema>;

export const SiteStatusRequestSchema = z.object({
  type: z.literal('site-status'),
  url: z.string().url().max(4096),
});
export const SiteStatusResponseSchema = z.object({
  type: z.literal('site-status-result'),
  /** Null for a page the extension can never run on (not http(s)). */
  status: SiteStatusSchema.nullable(),
});

/**
 * Turns the extension on or off for the site of `url`. Turning on a site outside the built-in
 * list needs its host permission granted first (the popup asks, on the user's click); the
 * background registers the content script for it and, given `tabId`, runs it in that tab at once.
 */
export const SetSiteEnabledRequestSchema = z.object({
  type: z.literal('set-site-enabled'),
  url: z.string().url().max(4096),
  enabled: z.boolean(),
  tabId: z.number().int().nonnegative().optional(),
});
export const SetSiteEnabledResponseSchema = z.object({
  type: z.literal('site-enabled-result'),
  status: SiteStatusSchema,
});
