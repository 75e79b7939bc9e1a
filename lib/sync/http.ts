/**
 * Talking to a list's server or file host: timeouts, size limits and error texts.
 *
 * @module
 */
import { z } from 'zod';

/** The `fetch` the sync uses; tests give a fake one. */
export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/** How long one request may take, body included, when the caller does not say. */
export const DEFAULT_TIMEOUT_MS = 30_000;

const ErrorBodySchema = z.object({ error: z.string() });
const MAX_ERROR_CHARS = 300;

/**
 * Runs `work` with an AbortSignal that fires after `timeoutMs`, so a server that stops answering
 * mid-body fails the request instead of holding the worker.
 *
 * @throws Error "timed out after N s" when the time runs out.
 */
export async function withTimeout<T>(
  timeoutMs: number,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    return await work(controller.signal);
  } catch (e) {
    if (controller.signal.aborted) throw new SyncFailure(`timed out after ${timeoutMs / 1000} s`);
    if (e instanceof SyncFailure) throw e;
    throw new SyncFailure(`network error: ${messageOf(e)}`);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The body of `response` as text, refused once it passes `maxBytes`, without reading the rest.
 *
 * @throws Error "the list is larger than N MB".
 */
export async function readLimited(response: Response, maxBytes: number): Promise<string> {
  const tooLarge = () => new SyncFailure(`the list is larger than ${maxBytes / 1_000_000} MB`);
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw tooLarge();
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  const parts: string[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/**
 * How every request to a list is made about redirects: not followed. A list's token must reach
 * only the server the user named, and a list's claims come only from there; a redirect, even on
 * the same server, is refused and said (a browser does not show an extension where it led).
 */
export const NO_REDIRECTS = { redirect: 'manual' } as const satisfies RequestInit;

/** Whether `response` is a redirect that {@link NO_REDIRECTS} kept from being followed. */
export function isRedirect(response: Response): boolean {
  // A browser answers a manual redirect with an opaque response of status 0; Node with the 3xx.
  return (
    response.type === 'opaqueredirect' ||
    (response.status >= 300 && response.status < 400 && response.status !== 304)
  );
}

/** What the user is told about a redirect. */
export const REDIRECT_ERROR =
  'the server redirected the request elsewhere, which is not followed: give the final URL';

/** A failure whose message is meant for the user as it is; {@link withTimeout} passes it on. */
export class SyncFailure extends Error {}

/** The reason a non-2xx answer gives: the server's `{ error }` text when it sent one. */
export async function httpError(response: Response): Promise<string> {
  let reason = response.statusText;
  try {
    const body = ErrorBodySchema.safeParse(JSON.parse(await readLimited(response, 64_000)));
    if (body.success) reason = body.data.error;
  } catch {
    // Not JSON (a proxy's HTML page): the status says enough.
  }
  const text = `server answered ${response.status}${reason ? `: ${reason}` : ''}`;
  return text.slice(0, MAX_ERROR_CHARS);
}

/** An error's message, short enough to show. */
export function messageOf(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).slice(0, MAX_ERROR_CHARS);
}
