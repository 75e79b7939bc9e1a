/**
 * Talking to a list's server or file host: timeouts, size limits and error texts.
 *
 * @module
 */
import { z } from 'zod';

/** The `fetch` the sync uses; tests give a fake one. */
export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/**
 * How long a request may go without progress, when the caller does not say: no answer, or no
 * batch of a list's body read and stored, for this long fails it.
 */
export const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * However steady its progress, a request fails after this many idle timeouts: a server that
 * drips a body a byte at a time cannot hold the worker forever.
 */
const MOST_TIMEOUTS = 20;

const ErrorBodySchema = z.object({ error: z.string() });
const MAX_ERROR_CHARS = 300;

/**
 * Runs `work` with an AbortSignal that fires once `timeoutMs` pass without progress (`work`
 * calls `progress` each time it gets on: a batch of a big list read and stored), or after
 * `MOST_TIMEOUTS` times `timeoutMs` in all. So a server that stops answering mid-body fails the
 * request instead of holding the worker, and a big list that takes long to store does not.
 *
 * @throws Error "timed out after N s" when the time runs out.
 */
export async function withTimeout<T>(
  timeoutMs: number,
  work: (signal: AbortSignal, progress: () => void) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  let idle = setTimeout(() => controller.abort(), timeoutMs);
  const total = setTimeout(() => controller.abort(), timeoutMs * MOST_TIMEOUTS);
  const progress = (): void => {
    if (controller.signal.aborted) return;
    clearTimeout(idle);
    idle = setTimeout(() => controller.abort(), timeoutMs);
  };
  try {
    return await work(controller.signal, progress);
  } catch (e) {
    if (controller.signal.aborted) throw new SyncFailure(`timed out after ${timeoutMs / 1000} s`);
    if (e instanceof SyncFailure) throw e;
    throw new SyncFailure(`network error: ${messageOf(e)}`);
  } finally {
    clearTimeout(idle);
    clearTimeout(total);
  }
}

/** The most bytes read at once into the one buffer a byte stream is read with. */
const READ_BUFFER = 1 << 15;

/**
 * The body of `response` a chunk at a time, refused once it passes `maxBytes` (by its declared
 * length before anything is read, else as it arrives) without reading the rest. A byte stream
 * (a browser's fetch body) is read into one buffer over and over instead of a new one per
 * chunk: each chunk is valid only until the next one is asked for.
 *
 * @throws SyncFailure "the list is larger than N MB".
 */
export async function* limitedChunks(
  response: Response,
  maxBytes: number,
): AsyncGenerator<Uint8Array> {
  const tooLarge = () => new SyncFailure(`the list is larger than ${maxBytes / 1_000_000} MB`);
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw tooLarge();
  if (!response.body) return;
  const reader = readerOf(response.body);
  let buffer = new ArrayBuffer(READ_BUFFER);
  let size = 0;
  let done = false;
  try {
    for (;;) {
      const next =
        reader.kind === 'byob'
          ? await reader.reader.read(new Uint8Array(buffer))
          : await reader.reader.read();
      if (next.done || !next.value) {
        done = true;
        return;
      }
      size += next.value.byteLength;
      if (size > maxBytes) throw tooLarge();
      yield next.value;
      // The buffer came back with the chunk (a read transfers it): the next read reuses it.
      if (reader.kind === 'byob') buffer = next.value.buffer as ArrayBuffer;
    }
  } finally {
    // Stopped early (too large, or the reader gave up): the rest is not downloaded.
    if (!done) await reader.reader.cancel().catch(() => undefined);
  }
}

type BodyReader =
  | { kind: 'byob'; reader: ReadableStreamBYOBReader }
  | { kind: 'default'; reader: ReadableStreamDefaultReader<Uint8Array> };

/**
 * A reader of `body`: into our own buffer when it is a byte stream, since a chunk each in a new
 * buffer leaves a list's whole size of them to the garbage collector (Chromium collects them
 * late); chunk by chunk otherwise.
 */
function readerOf(body: ReadableStream<Uint8Array>): BodyReader {
  try {
    return { kind: 'byob', reader: body.getReader({ mode: 'byob' }) };
  } catch {
    return { kind: 'default', reader: body.getReader() };
  }
}

/**
 * The body of `response` as text, refused once it passes `maxBytes`, without reading the rest.
 *
 * @throws SyncFailure "the list is larger than N MB".
 */
export async function readLimited(response: Response, maxBytes: number): Promise<string> {
  const decoder = new TextDecoder();
  const parts: string[] = [];
  for await (const chunk of limitedChunks(response, maxBytes)) {
    parts.push(decoder.decode(chunk, { stream: true }));
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
