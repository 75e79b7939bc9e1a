/**
 * One request and its answer, the answer parsed before anyone reads it: what `send`
 * (./client.ts) does for every request, without the table of every request type, which a
 * content script has no use for (see ./page-requests.ts).
 *
 * @module
 */
import type { z } from 'zod';
import { ErrorResponseSchema } from './page-protocol';

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
 * Sends `request` through `send` and returns the answer parsed with `schema`, which must be the
 * answer's schema of the request's type (./requests.ts pairs them; `send` in ./client.ts takes it
 * from there).
 *
 * @throws RequestError with the other side's error text, or why there was no usable answer.
 */
export async function exchange<S extends z.ZodType>(
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
