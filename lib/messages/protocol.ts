import { z } from 'zod';
import { ClaimSchema, FigureCheckSchema, VerdictSchema } from '../claims/claim';
import { ClaimFilterSchema, ClaimSortSchema } from '../claims/claim-query';
import {
  HttpUrlSchema,
  IsoDateSchema,
  MentionSchema,
  MetricSchema,
  SourceSchema,
} from '../claims/mention';
import { BadgeModeSchema } from '../settings/settings';

/** At most this many figures per page are checked; a page with more is hostile or a data dump. */
export const MAX_FIGURES_PER_PAGE = 500;

/** The content script's request: check this page's figures and record them (unless turned off). */
export const CheckPageRequestSchema = z.object({
  type: z.literal('check-page'),
  source: SourceSchema.extend({ url: HttpUrlSchema }),
  mentions: z.array(MentionSchema).max(MAX_FIGURES_PER_PAGE),
});
export type CheckPageRequest = z.infer<typeof CheckPageRequestSchema>;

/** Whether `n` can be a figure's place in a page's list, or -1 for one sent whole. */
function isPlace(n: number): boolean {
  return Number.isInteger(n) && n >= -1 && n < MAX_FIGURES_PER_PAGE;
}

/**
 * A page's figures (or their checks) by place (see lib/messages/by-place.ts): one entry per
 * figure, its place in the earlier message's list or -1 for the next item sent whole. The
 * places are checked in one pass over the list: a check per number made zod build a result for
 * each of 500 places, on every change of a live page.
 */
export const PlacesSchema = z
  .array(z.number())
  .max(MAX_FIGURES_PER_PAGE)
  .refine(
    (places) => places.every(isPlace),
    `a place is not a whole number from -1 to ${MAX_FIGURES_PER_PAGE - 1}`,
  );

/**
 * The content script's request as it travels: a figure its last answered request (`base`) had
 * too may be sent as its place in that request, so a live page that changes in one place does
 * not send its 500 figures again. The background answers a `base` it does not hold (the worker
 * was stopped meanwhile) with {@link UNKNOWN_BASE}, and the figures are sent whole.
 */
export const CheckPageWireSchema = CheckPageRequestSchema.extend({
  /** Names this request, for a later one to refer to. */
  id: z.string().min(1).max(64).optional(),
  /** The request `refs` refer to. */
  base: z.string().min(1).max(64).optional(),
  /**
   * With `base`, one entry per figure of the page, in order: its place in the base request, or
   * -1 for the next figure of `mentions` (which then holds only the figures sent whole).
   */
  refs: PlacesSchema.optional(),
});
export type CheckPageWire = z.infer<typeof CheckPageWireSchema>;

/** The error text of an answer to a request whose `base` the background does not hold. */
export const UNKNOWN_BASE = 'check-page: unknown base';

/**
 * The background's answer: one FigureCheck per mention, in the same order. To a request with a
 * `base`, a check equal to the one the base request's answer gave the same figure may be sent
 * as that figure's place in the base request instead (`resultRefs`): a live page asks again
 * after every change, and most of its figures' checks are as they were.
 */
export const CheckPageResponseSchema = z.object({
  type: z.literal('check-page-result'),
  results: z.array(FigureCheckSchema),
  recorded: z.boolean(),
  /**
   * One entry per figure of the request, in order: the place in the base request of a figure
   * whose check (in its answer) this figure's equals, or -1 for the next of `results` (which
   * then holds only the checks sent whole).
   */
  resultRefs: PlacesSchema.optional(),
});
export type CheckPageResponse = z.infer<typeof CheckPageResponseSchema>;

/** Every answer may instead be an error, never a crash. */
export const ErrorResponseSchema = z.object({
  type: z.literal('error'),
  error: z.string().max(1000),
});
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;

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

// ---- The page in a tab (popup → content script, through tabs.sendMessage) ----

/** One figure of the page as the popup lists it. */
export const PageFigureSchema = z.object({
  /** The id of the figure's mark in the page, for `reveal-figure`. */
  figureId: z.string().max(64),
  mention: MentionSchema,
  /** Null when the background has not answered (yet). */
  check: FigureCheckSchema.nullable(),
});
export type PageFigure = z.infer<typeof PageFigureSchema>;

/** What the content script knows about its page. */
export const PageSummarySchema = z.object({
  type: z.literal('page-summary-result'),
  /**
   * `off`: the site is switched off; `not-article`: no story found on the page;
   * `no-figures`: a story without figures; `checking`: figures found, no answer yet;
   * `ready`: figures with verdicts; `no-answer`: the background did not answer.
   */
  state: z.enum(['off', 'not-article', 'no-figures', 'checking', 'ready', 'no-answer']),
  source: SourceSchema,
  figures: z.array(PageFigureSchema).max(MAX_FIGURES_PER_PAGE),
  badges: BadgeModeSchema,
  /**
   * The address of the page in the tab (`location.href`), which may differ from `source.url`
   * (its canonical URL, possibly on another host). The popup needs it to name the site when the
   * browser does not tell it the tab's URL.
   */
  pageUrl: z.string().max(4096).optional(),
});
export type PageSummary = z.infer<typeof PageSummarySchema>;

export const PageSummaryRequestSchema = z.object({ type: z.literal('page-summary') });
/** Scrolls the page to a figure and draws attention to its badge. */
export const RevealFigureRequestSchema = z.object({
  type: z.literal('reveal-figure'),
  figureId: z.string().max(64),
});
export const RevealFigureResponseSchema = z.object({
  type: z.literal('figure-revealed'),
  found: z.boolean(),
});
