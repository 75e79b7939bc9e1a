/**
 * Sending a request to the background (or to a tab's content script) and validating the answer:
 * whatever comes back is parsed with the schema that ./requests.ts pairs with the request's type
 * before anyone reads it, and typed as that answer.
 *
 * @module
 */
import { ANSWER_TIMEOUT_MS, exchange, RequestError, type SendOptions, type Send } from './ask';
import {
  BACKGROUND_REQUESTS,
  CONTENT_REQUESTS,
  type AnswerIn,
  type RequestIn,
  type RequestMap,
} from './requests';

export { ANSWER_TIMEOUT_MS, RequestError, type Send, type SendOptions } from './ask';

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
  const pair = map[request.type];
  if (!pair) return Promise.reject(new RequestError(`no such request: ${request.type}`, 'invalid'));
  return exchange(to, request, pair.answer, timeoutMs) as Promise<AnswerIn<M, R>>;
}
