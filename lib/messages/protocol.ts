import { z } from 'zod';
import { FigureCheckSchema } from '../claims/claim';
import { MentionSchema, SourceSchema } from '../claims/mention';

/** At most this many figures per page are checked; a page with more is hostile or a data dump. */
export const MAX_FIGURES_PER_PAGE = 500;

/** The content script's request: check this page's figures and record them (unless turned off). */
export const CheckPageRequestSchema = z.object({
  type: z.literal('check-page'),
  source: SourceSchema.extend({ url: z.string().url().max(4096) }),
  mentions: z.array(MentionSchema).max(MAX_FIGURES_PER_PAGE),
});
export type CheckPageRequest = z.infer<typeof CheckPageRequestSchema>;

/** The background's answer: one FigureCheck per mention, in the same order. */
export const CheckPageResponseSchema = z.object({
  type: z.literal('check-page-result'),
  results: z.array(FigureCheckSchema),
  recorded: z.boolean(),
});
export type CheckPageResponse = z.infer<typeof CheckPageResponseSchema>;

/** Every answer may instead be an error, never a crash. */
export const ErrorResponseSchema = z.object({
  type: z.literal('error'),
  error: z.string().max(1000),
});
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;

/** Every request any context may send to the background. Later issues add members here. */
export const RequestSchema = z.discriminatedUnion('type', [CheckPageRequestSchema]);
export type Request = z.infer<typeof RequestSchema>;
