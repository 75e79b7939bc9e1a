/**
 * The list server's HTTP API (node:http, JSON only). Routes:
 * GET /v1/lists/:id[?since=CURSOR], POST /v1/lists/:id/claims, DELETE /v1/lists/:id/claims/:claimId.
 * Every error is `{ "error": "..." }`. The only state kept here is the rate-limit buckets.
 *
 * @module
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { ClaimSchema, type Claim } from '../lib/claims/claim';
import type { Db } from './db';
import { createRateLimiter, type RateLimitOptions } from './rate-limit';
import { deleteClaim, headOf, readList, upsertClaims, type ListHead } from './store';
import { hashToken } from './tokens';

/** The largest request body accepted, in bytes. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** How the API is set up. */
export interface ApiOptions {
  db: Db;
  /** Default 20 requests/s with bursts of 40, per token. */
  rateLimit?: RateLimitOptions;
  /** Default MAX_BODY_BYTES. */
  maxBodyBytes?: number;
}

/** An error answer: status, message and optional detail fields. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

const ID = '[A-Za-z0-9_-]{1,64}';
const LIST_ROUTE = new RegExp(`^/v1/lists/(${ID})$`);
const CLAIMS_ROUTE = new RegExp(`^/v1/lists/(${ID})/claims$`);
const CLAIM_ROUTE = new RegExp(`^/v1/lists/(${ID})/claims/([^/]{1,200})$`);
const EXTENSION_ORIGIN = /^(chrome-extension|moz-extension):\/\/[A-Za-z0-9-]{1,128}$/;
const CURSOR = /^(0|[1-9][0-9]{0,15})$/;

const PostBodySchema = z.object({ claims: z.array(z.unknown()).max(100_000) });

function send(
  res: ServerResponse,
  status: number,
  body?: unknown,
  headers: Record<string, string> = {},
): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    ...(body === undefined ? {} : { 'Content-Type': 'application/json; charset=utf-8' }),
    'Cache-Control': 'no-cache',
    ...headers,
  });
  res.end(text);
}

/** Adds CORS headers for extension origins only; web pages get none, so browsers block them. */
function cors(req: IncomingMessage, res: ServerResponse): boolean {
  res.setHeader('Vary', 'Origin');
  const origin = req.headers.origin;
  if (origin === undefined || !EXTENSION_ORIGIN.test(origin)) return false;
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Expose-Headers', 'ETag');
  return true;
}

function bearer(req: IncomingMessage): string | null {
  const m = /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(req.headers.authorization ?? '');
  return m ? m[1]! : null;
}

/** How long a connection refused with 413 keeps discarding what the client still sends. */
const LINGER_MS = 2000;

/** Reads the body as JSON, stopping as soon as it passes `limit` bytes. */
function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
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

function etagMatches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header.split(',').some((t) => {
    const tag = t.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag;
  });
}

/** Validates every claim; one invalid claim rejects all with its index and what is wrong. */
function validateClaims(items: readonly unknown[]): Claim[] {
  const claims: Claim[] = [];
  const issues: { index: number; message: string }[] = [];
  items.forEach((item, index) => {
    const parsed = ClaimSchema.safeParse(item);
    if (parsed.success) claims.push(parsed.data);
    else {
      const first = parsed.error.issues[0];
      const where = first && first.path.length > 0 ? `${first.path.join('.')}: ` : '';
      issues.push({ index, message: `${where}${first?.message ?? 'invalid claim'}` });
    }
  });
  if (issues.length > 0)
    throw new HttpError(400, 'invalid claims', { issues: issues.slice(0, 100) });
  return claims;
}

/** The request handler of the API, for `http.createServer` or tests. */
export function createApi(
  options: ApiOptions,
): (req: IncomingMessage, res: ServerResponse) => void {
  const { db } = options;
  const limit = createRateLimiter(options.rateLimit ?? { perSecond: 20, burst: 40 });
  const maxBody = options.maxBodyBytes ?? MAX_BODY_BYTES;

  async function authorise(
    req: IncomingMessage,
    listId: string,
    need: 'read' | 'write',
  ): Promise<ListHead> {
    const token = bearer(req);
    if (token === null) throw new HttpError(401, 'a bearer token is required');
    if (!limit(hashToken(token))) throw new HttpError(429, 'too many requests');
    const head = await headOf(db, listId, token);
    if (head === null) throw new HttpError(404, 'no such list');
    if (head.access === 'none') throw new HttpError(401, 'the token is not valid for this list');
    if (need === 'write' && head.access !== 'write')
      throw new HttpError(403, 'this token may only read');
    return head;
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    let m: RegExpExecArray | null;
    if ((m = LIST_ROUTE.exec(url.pathname))) {
      if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, 'method not allowed');
      const listId = m[1]!;
      const { cursor } = await authorise(req, listId, 'read');
      const sinceText = url.searchParams.get('since');
      if (sinceText !== null && !CURSOR.test(sinceText))
        throw new HttpError(400, 'since must be a cursor');
      const since = sinceText === null ? undefined : Number(sinceText);
      if (since !== undefined && since > Number(cursor))
        throw new HttpError(400, 'since is ahead of the list');
      const etag = `"${cursor}${since === undefined ? '' : `-${since}`}"`;
      if (etagMatches(req.headers['if-none-match'], etag))
        return send(res, 304, undefined, { ETag: etag });
      const list = await readList(db, listId, since);
      if (list === null) throw new HttpError(404, 'no such list');
      // A write may land between the two reads; the ETag must describe what is sent.
      const sent = `"${list.cursor ?? ''}${since === undefined ? '' : `-${since}`}"`;
      return send(res, 200, list, { ETag: sent });
    }
    if ((m = CLAIMS_ROUTE.exec(url.pathname))) {
      if (method !== 'POST') throw new HttpError(405, 'method not allowed');
      const listId = m[1]!;
      await authorise(req, listId, 'write');
      const body = PostBodySchema.safeParse(await readJson(req, maxBody));
      if (!body.success) throw new HttpError(400, 'body must be { "claims": [...] }');
      const claims = validateClaims(body.data.claims);
      const result = await upsertClaims(db, listId, claims);
      return send(res, 200, { accepted: claims.length, ...result });
    }
    if ((m = CLAIM_ROUTE.exec(url.pathname))) {
      if (method !== 'DELETE') throw new HttpError(405, 'method not allowed');
      const listId = m[1]!;
      await authorise(req, listId, 'write');
      const claimId = ClaimSchema.shape.id.safeParse(m[2]);
      if (!claimId.success) throw new HttpError(404, 'no such claim');
      const result = await deleteClaim(db, listId, claimId.data);
      if (result === null) throw new HttpError(404, 'no such claim');
      return send(res, 200, result);
    }
    throw new HttpError(404, 'not found');
  }

  return (req, res) => {
    const allowed = cors(req, res);
    if (req.method === 'OPTIONS') {
      if (!allowed) return send(res, 403, { error: 'origin not allowed' });
      return send(res, 204, undefined, {
        'Access-Control-Allow-Methods': 'GET, POST, DELETE',
        'Access-Control-Allow-Headers': 'Authorization, Content-Type, If-None-Match',
        'Access-Control-Max-Age': '600',
      });
    }
    route(req, res).catch((e: unknown) => {
      if (e instanceof HttpError) {
        // After an oversized body the rest is not stored: the connection closes once the answer
        // is out. What the client is still sending is discarded for a moment first (a lingering
        // close), since closing on unread data resets the connection and can destroy the 413
        // before the client reads it.
        // (No `Connection: close`: Node would then close at once, on unread data.)
        if (e.status === 413)
          res.on('finish', () => {
            req.resume();
            setTimeout(() => req.destroy(), LINGER_MS).unref();
          });
        return send(res, e.status, { error: e.message, ...e.extra });
      }
      console.error(e);
      if (!res.headersSent) send(res, 500, { error: 'internal error' });
    });
  };
}

/** A running server: its base URL and how to stop it (the database is closed by the caller). */
export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Starts the API on `host:port` (port 0 picks a free one). */
export async function startServer(
  options: ApiOptions & { host?: string; port?: number },
): Promise<RunningServer> {
  const server = createServer(createApi(options));
  server.keepAliveTimeout = 65_000;
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      }),
  };
}
