/**
 * The list server's HTTP plumbing: JSON answers, error answers, CORS for extension origins,
 * bearer tokens and size-limited JSON bodies.
 *
 * @module
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

const EXTENSION_ORIGIN = /^(chrome-extension|moz-extension):\/\/[A-Za-z0-9-]{1,128}$/;

/** An error answer: status, message, optional detail fields and headers (`Retry-After`). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** JSON text made here from trusted parts, sent as it is. */
export class JsonText {
  constructor(readonly text: string) {}
}

/** Writes a JSON answer (or an empty one) with the given status and headers. */
export function send(
  res: ServerResponse,
  status: number,
  body?: unknown,
  headers: Record<string, string> = {},
): void {
  const text =
    body === undefined ? '' : body instanceof JsonText ? body.text : JSON.stringify(body);
  res.writeHead(status, {
    ...(body === undefined ? {} : { 'Content-Type': 'application/json; charset=utf-8' }),
    // A list answer is one token's data, and the extension revalidates by ETag itself, so no
    // cache keeps any. `no-store` also stops Chromium reading a large answer ahead of the
    // extension into memory (it buffers a fetch body eagerly unless the answer is no-store).
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(text);
}

/** Adds CORS headers for extension origins only; web pages get none, so browsers block them. */
export function cors(req: IncomingMessage, res: ServerResponse): boolean {
  res.setHeader('Vary', 'Origin');
  const origin = req.headers.origin;
  if (origin === undefined || !EXTENSION_ORIGIN.test(origin)) return false;
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Expose-Headers', 'ETag, X-List-Access');
  return true;
}

/** The bearer token of a request, or null when it has none of the accepted shape. */
export function bearer(req: IncomingMessage): string | null {
  const m = /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(req.headers.authorization ?? '');
  return m ? m[1]! : null;
}

/** How long a connection refused with 413 keeps discarding what the client still sends. */
export const LINGER_MS = 2000;

/** Reads the body as JSON, stopping as soon as it passes `limit` bytes. */
export function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > limit)
    return Promise.reject(new HttpError(413, 'request body is over the size limit'));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.pause();
        reject(new HttpError(413, 'request body is over the size limit'));
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('error', reject);
    req.on('end', () => {
      if (size > limit) return;
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        reject(new HttpError(400, 'request body is not JSON'));
      }
    });
  });
}
