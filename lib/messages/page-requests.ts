/**
 * The requests a page's content script takes part in, paired with their answers: its own
 * `check-page` to the background, and the popup's requests to it. The rest of the table is in
 * ./requests.ts, which includes these; they are kept apart so that the content script, which
 * evaluates on every page of the sites it runs on, builds no schema of the other requests.
 *
 * @module
 */
import { z } from 'zod';
import {
  CheckPageResponseSchema,
  CheckPageWireSchema,
  PageSummaryRequestSchema,
  PageSummarySchema,
  RevealFigureRequestSchema,
  RevealFigureResponseSchema,
} from './page-protocol';

/** One request type: what is sent, and what comes back. */
export interface Exchange {
  request: z.ZodObject<{ type: z.ZodLiteral<string> }>;
  answer: z.ZodType;
}

/** A page's figures to check and record, and the checks that come back. */
export const CHECK_PAGE = {
  request: CheckPageWireSchema,
  answer: CheckPageResponseSchema,
} as const satisfies Exchange;

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
export function requestUnion<M extends RequestMap>(map: M) {
  const schemas = Object.values(map).map((e) => e.request) as M[keyof M]['request'][];
  return z.discriminatedUnion(
    'type',
    schemas as [M[keyof M]['request'], ...M[keyof M]['request'][]],
  );
}

/** Every request to a content script; the content script parses each message with it. */
export const ContentRequestSchema = requestUnion(CONTENT_REQUESTS);
export type ContentRequest = RequestIn<typeof CONTENT_REQUESTS>;
