/**
 * Sending a request to the background (or to a tab's content script) and validating the answer:
 * whatever comes back is parsed with the schema that ./requests.ts pairs with the request's type
 * before anyone reads it, and typed as that answer.
 *
 * @module
 */
import type { z } from 'zod';
import { ErrorResponseSchema } from './protocol';
import {
  BACKGROUND_REQUESTS,
  CONTENT_REQUESTS,
  type AnswerIn,
  type RequestIn,
  type RequestMap,
} from './requests';

/** A background that has not answered by then is not going to. */
export const ANSWER_TIMEOUT_MS = 15_000;

/** How a message leaves: `browser.runtime.sendMessage`, or a tab's `tabs.sendMessage`. */
export type Send = (message: unknown) => Promise<unknown>;

/** Thrown when the other side answers with an error, nonsense, or not at all. */
export class RequestError extends Error {
  constructor(
    message: string,
    /** `error`: the other side refused; `invalid`: it answered nonsense; `timeout`/`unreachable`. */
    readonly kind: 'error' | 'invalid' | 'timeout' | 'unreachable',
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

/** How long to wait for the answer; {@link ANSWER_TIMEOUT_MS} unless given. */
export interface SendOptions {
  timeoutMs?: number;
}

/**
 * Sends `request` to the background through `to` (`browser.runtime.sendMessage`) and returns
 * its answer, parsed with the answer schema of the request's type.
 *
 * @throws RequestError with the background's error text, or why there was no usable answer.
 */
export function send<R extends RequestIn<typeof BACKGROUND_REQUESTS>>(
  to: Send,
  request: R,
  options: SendOptions = {},
): Promise<AnswerIn<typeof BACKGROUND_REQUESTS, R>> {
  return sendIn(BACKGROUND_REQUESTS, to, request, options);
}

/**
 * Sends `request` to a tab's content script through `to` (`tabs.sendMessage` to that tab) and
 * returns its answer, parsed with the answer schema of the request's type.
 *
 * @throws RequestError with the content script's error text, or why there was no usable answer.
 */
export function sendToTab<R extends RequestIn<typeof CONTENT_REQUESTS>>(
  to: Send,
  request: R,
  options: SendOptions = {},
): Promise<AnswerIn<typeof CONTENT_REQUESTS, R>> {
  return sendIn(CONTENT_REQUESTS, to, request, options);
}

function sendIn<M extends RequestMap, R extends RequestIn<M>>(
  map: M,
  to: Send,
  request: R,
  { timeoutMs = ANSWER_TIMEOUT_MS }: SendOptions,
): Promise<AnswerIn<M, R>> {
  const exchange = map[request.type];
  if (!exchange)
    return Promise.reject(new RequestError(`no such request: ${request.type}`, 'invalid'));
  return ask(to, request, exchange.answer, timeoutMs) as Promise<AnswerIn<M, R>>;
}

/** Sends `request` and returns the answer parsed with `schema`. */
async function ask<S extends z.ZodType>(
  send: Send,
  request: unknown,
  schema: S,
  timeoutMs: number = ANSWER_TIMEOUT_MS,
): Promise<z.infer<S>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new RequestError('no answer in time', 'timeout')), timeoutMs);
  });
  let answer: unknown;
  try {
    answer = await Promise.race([send(request), timeout]);
  } catch (e) {
    if (e instanceof RequestError) throw e;
    throw new RequestError(e instanceof Error ? e.message : String(e), 'unreachable');
  } finally {
    clearTimeout(timer);
  }
  const refused = ErrorResponseSchema.safeParse(answer);
  if (refused.success) throw new RequestError(refused.data.error, 'error');
  const parsed = schema.safeParse(answer);
  if (!parsed.success) throw new RequestError('the answer did not make sense', 'invalid');
  return parsed.data;
}
