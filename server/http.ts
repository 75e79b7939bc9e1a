/**
 * The list server's HTTP API (node:http, JSON only). Routes:
 * GET /v1/lists/:id[?since=CURSOR], POST /v1/lists/:id/claims, DELETE /v1/lists/:id/claims/:claimId.
 * Every error is `{ "error": "..." }`. The state kept here is the rate-limit buckets, a few
 * seconds' copy of each list's token hashes (see list-keys.ts) and list reads shared for at
 * most 250 ms (see read-cache.ts); none of it is needed by another instance.
 *
 * @module
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { ClaimSchema, type Claim } from '../lib/claims/claim';
import type { Db } from './db';
import { createRateLimiter, type RateLimitOptions } from './rate-limit';
import { etagMatches, etagOf, heldCursor } from './etag';
import { accessOf, cacheListKeys, loadListKeys, type Access } from './list-keys';
import { createReadCache } from './read-cache';
import {
  deleteClaim,
  readSnapshot,
  snapshotJson,
  upsertClaims,
  type ListSnapshot,
  type SnapshotQuery,
} from './store';
import { hashToken } from './tokens';
import { bearer, cors, HttpError, JsonText, LINGER_MS, readJson, send } from './http-io';

/** The largest request body accepted, in bytes. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** How the API is set up. */
export interface ApiOptions {
  db: Db;
  /** Default 20 requests/s with bursts of 40, per token. */
  rateLimit?: RateLimitOptions;
  /** Default MAX_BODY_BYTES. */
  maxBodyBytes?: number;
  /** How long a list's token hashes are kept in memory; default 10 s. */
  listKeysTtlMs?: number;
  /** Longest reuse of a list read by other requests, at most 250 ms (the default); 0 for none. */
  readCacheMs?: number;
}

const ID = '[A-Za-z0-9_-]{1,64}';
const LIST_ROUTE = new RegExp(`^/v1/lists/(${ID})$`);
const CLAIMS_ROUTE = new RegExp(`^/v1/lists/(${ID})/claims$`);
const CLAIM_ROUTE = new RegExp(`^/v1/lists/(${ID})/claims/([^/]{1,200})$`);
const CURSOR = /^(0|[1-9][0-9]{0,15})$/;

const PostBodySchema = z.object({ claims: z.array(z.unknown()).max(100_000) });

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
  const listKeys = cacheListKeys((id) => loadListKeys(db, id), { ttlMs: options.listKeysTtlMs });
  const reads = createReadCache<ListSnapshot | null>({
    ttlMs: Math.min(options.readCacheMs ?? 250, 250),
    // Not kept: a missing list (so a new one is found at once), a since ahead of the list (an
    // error that must not outlive the moment), and large lists (memory).
    keep: (snap) =>
      snap !== null && snap.claims.length + snap.deleted.length <= 1000 && !snap.aheadOfSince,
  });

  async function authorise(
    req: IncomingMessage,
    listId: string,
    need: 'read' | 'write',
  ): Promise<Access> {
    const token = bearer(req);
    if (token === null) throw new HttpError(401, 'a bearer token is required');
    const hash = hashToken(token);
    if (!limit(hash)) throw new HttpError(429, 'too many requests');
    const keys = await listKeys(listId);
    if (keys === null) throw new HttpError(404, 'no such list');
    const access = accessOf(keys, hash);
    if (access === 'none') throw new HttpError(401, 'the token is not valid for this list');
    if (need === 'write' && access !== 'write')
      throw new HttpError(403, 'this token may only read');
    return access;
  }

  const texts = new WeakMap<ListSnapshot, string>();

  function read(listId: string, q: SnapshotQuery): Promise<ListSnapshot | null> {
    const key = `${listId}|${q.since ?? ''}|${q.unlessCursor ?? ''}`;
    return reads.get(key, () => readSnapshot(db, listId, q));
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    let m: RegExpExecArray | null;
    if ((m = LIST_ROUTE.exec(url.pathname))) {
      if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, 'method not allowed');
      const listId = m[1]!;
      const access = await authorise(req, listId, 'read');
      // Tells the extension whether this token may share, so a read token never offers Share.
      const accessHeader = { 'X-List-Access': access };
      const sinceText = url.searchParams.get('since');
      if (sinceText !== null && !CURSOR.test(sinceText))
        throw new HttpError(400, 'since must be a cursor');
      const since = sinceText === null ? undefined : Number(sinceText);
      const ifNoneMatch = req.headers['if-none-match'];
      // One query: the head and, unless the client's copy is still current, the changes.
      let snap = await read(listId, { since, unlessCursor: heldCursor(ifNoneMatch, sinceText) });
      if (snap === null) throw new HttpError(404, 'no such list');
      if (since !== undefined && since > Number(snap.cursor))
        throw new HttpError(400, 'since is ahead of the list');
      // The ETag describes exactly the snapshot sent: its cursor and the since it answers.
      const etag = etagOf(snap.cursor, sinceText);
      if (etagMatches(ifNoneMatch, etag))
        return send(res, 304, undefined, { ETag: etag, ...accessHeader });
      if (!snap.read) {
        // Only reachable if the held cursor matched but the tag did not: read the claims.
        snap = await read(listId, { since });
        if (snap === null) throw new HttpError(404, 'no such list');
      }
      // Requests sharing a snapshot share its text too.
      let text = texts.get(snap);
      if (text === undefined) texts.set(snap, (text = snapshotJson(listId, snap)));
      return send(res, 200, new JsonText(text), {
        ETag: etagOf(snap.cursor, sinceText),
        ...accessHeader,
      });
    }
    if ((m = CLAIMS_ROUTE.exec(url.pathname))) {
      if (method !== 'POST') throw new HttpError(405, 'method not allowed');
      const listId = m[1]!;
      await authorise(req, listId, 'write');
      const body = PostBodySchema.safeParse(await readJson(req, maxBody));
      if (!body.success) throw new HttpError(400, 'body must be { "claims": [...] }');
      const claims = validateClaims(body.data.claims);
      const result = await upsertClaims(db, listId, claims);
      // Before answering, so the writer's next read here sees its write.
      if (result.changed > 0) reads.clear();
      return send(res, 200, { accepted: claims.length, ...result });
    }
    if ((m = CLAIM_ROUTE.exec(url.pathname))) {
      if (method !== 'DELETE') throw new HttpError(405, 'method not allowed');
      const listId = m[1]!;
      await authorise(req, listId, 'write');
      const claimId = ClaimSchema.shape.id.safeParse(m[2]);
      if (!claimId.success) throw new HttpError(404, 'no such claim');
      const result = await deleteClaim(db, listId, claimId.data);
      if (result !== null && result.changed > 0) reads.clear();
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
