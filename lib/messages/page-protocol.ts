/**
 * What a page's content script sends and receives: its `check-page` request to the background
 * and the answer, and the popup's requests to it. Kept apart from the rest of the protocol
 * (./protocol.ts, which re-exports all of this): the content script evaluates on every page of
 * the sites it runs on, and building the schemas of every other request there was wasted work.
 *
 * @module
 */
import { z } from 'zod';
import { FigureCheckSchema } from '../claims/claim';
import { HttpUrlSchema, MentionSchema, SourceSchema } from '../claims/mention';
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
