/**
 * The list server's HTTP API (node:http, JSON only). Routes:
 * GET /v1/lists/:id[?since=CURSOR], POST /v1/lists/:id/claims, DELETE /v1/lists/:id/claims/:claimId.
 * Every error is `{ "error": "..." }`. The state kept here is the rate-limit buckets (see
 * access.ts), a few seconds' copy of each list's token hashes (list-keys.ts), list heads shared
 * for at most 250 ms (read-cache.ts) and answers kept by list and cursor (answer-cache.ts); none
 * of it is needed by another instance.
 *
 * @module
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { ClaimSchema } from '../lib/claims/claim';
import { createAccessControl, NO_ACCESS, type AccessOptions } from './access';
import { createAnswerCache } from './answer-cache';
import { acceptClaims } from './claim-input';
import type { Db } from './db';
import { etagMatches, etagOf } from './etag';
import { cors, HttpError, JsonText, LINGER_MS, readJson, send } from './http-io';
import { cacheListKeys, loadListKeys } from './list-keys';
import { costOf } from './rate-limit';
import { createReadCache } from './read-cache';
import { deleteClaim, readSnapshot, snapshotJson, upsertClaims, type ListSnapshot } from './store';

/** The largest request body accepted, in bytes. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** How the API is set up. */
export interface ApiOptions extends AccessOptions {
  db: Db;
  /** Default MAX_BODY_BYTES. */
  maxBodyBytes?: number;
  /** How long a list's token hashes are kept in memory; default 10 s. */
  listKeysTtlMs?: number;
  /** Longest reuse of a list's head by other requests, at most 250 ms (the default); 0 for none. */
  readCacheMs?: number;
  /** Characters of answers kept by list and cursor; default 256 million (about 256 MB). */
  answerCacheChars?: number;
}

const ID = '[A-Za-z0-9_-]{1,64}';
const LIST_ROUTE = new RegExp(`^/v1/lists/(${ID})$`);
const CLAIMS_ROUTE = new RegExp(`^/v1/lists/(${ID})/claims$`);
const CLAIM_ROUTE = new RegExp(`^/v1/lists/(${ID})/claims/([^/]{1,200})$`);
const CURSOR = /^(0|[1-9][0-9]{0,15})$/;

const PostBodySchema = z.object({ claims: z.array(z.unknown()).max(100_000) });

/** The request handler of the API, for `http.createServer` or tests. */
export function createApi(
  options: ApiOptions,
): (req: IncomingMessage, res: ServerResponse) => void {
  const { db } = options;
  const maxBody = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const listKeys = cacheListKeys((id) => loadListKeys(db, id), { ttlMs: options.listKeysTtlMs });
  const access = createAccessControl(listKeys, options);
  // A list's head (name, cursor, no claims), shared by every reader for at most 250 ms.
  const heads = createReadCache<ListSnapshot | null>({
    ttlMs: Math.min(options.readCacheMs ?? 250, 250),
    // A missing list is not kept, so a new one is found at once.
    keep: (snap) => snap !== null,
  });
  // Reads of claims under way, shared by identical requests; the answers are kept below.
  const reads = createReadCache<ListSnapshot | null>({ keep: () => false });
  const answers = createAnswerCache({ maxChars: options.answerCacheChars ?? 256_000_000 });

  /** The JSON text of `listId`'s answer to `since` at the head's cursor (or a later one). */
  async function answerText(
    listId: string,
    since: number | undefined,
    sinceText: string | null,
    cursor: string,
  ): Promise<{ text: string; cursor: string }> {
    const kept = answers.get(listId, sinceText, cursor);
    if (kept !== undefined) return { text: kept, cursor };
    const snap = await reads.get(`${listId}|${sinceText ?? ''}`, () =>
      readSnapshot(db, listId, { since }),
    );
    if (snap === null) throw new HttpError(401, NO_ACCESS);
    const text = snapshotJson(listId, snap);
    answers.set(listId, sinceText, snap.cursor, text);
    return { text, cursor: snap.cursor };
  }

  /** After a write here: heads and reads under way are not shared past it. */
  function forgetReads(): void {
    heads.clear();
    reads.clear();
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    let m: RegExpExecArray | null;
    if ((m = LIST_ROUTE.exec(url.pathname))) {
      if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, 'method not allowed');
      const listId = m[1]!;
      const granted = await access.authorise(req, listId, 'read');
      // Tells the extension whether this token may share, so a read token never offers Share.
      const accessHeader = { 'X-List-Access': granted.access };
      const sinceText = url.searchParams.get('since');
      if (sinceText !== null && !CURSOR.test(sinceText))
        throw new HttpError(400, 'since must be a cursor');
      const since = sinceText === null ? undefined : Number(sinceText);
      const readHead = () => readSnapshot(db, listId, { headOnly: true });
      let head = await heads.get(listId, readHead);
      // A shared head may be a moment older than a cursor this reader was already given (by a
      // write through another instance, or one committing as the head was read): ask again.
      if (head !== null && since !== undefined && since > Number(head.cursor))
        head = await readHead();
      if (head === null) throw new HttpError(401, NO_ACCESS);
      if (since !== undefined && since > Number(head.cursor))
        throw new HttpError(400, 'since is ahead of the list');
      // The ETag describes exactly the answer: its cursor and the since it answers.
      const etag = etagOf(head.cursor, sinceText);
      if (etagMatches(req.headers['if-none-match'], etag))
        return send(res, 304, undefined, { ETag: etag, ...accessHeader });
      const answer = await answerText(listId, since, sinceText, head.cursor);
      // What is sent is paid for: a large list read over and over empties its token's bucket.
      granted.charge(costOf(answer.text.length));
      return send(res, 200, new JsonText(answer.text), {
        ETag: etagOf(answer.cursor, sinceText),
        ...accessHeader,
      });
    }
    if ((m = CLAIMS_ROUTE.exec(url.pathname))) {
      if (method !== 'POST') throw new HttpError(405, 'method not allowed');
      const listId = m[1]!;
      const granted = await access.authorise(req, listId, 'write');
      const body = PostBodySchema.safeParse(await readJson(req, maxBody));
      if (!body.success) throw new HttpError(400, 'body must be { "claims": [...] }');
      granted.charge(costOf(Number(req.headers['content-length']) || 0));
      const claims = acceptClaims(body.data.claims, listId, Date.now());
      const result = await upsertClaims(db, listId, claims);
      // Before answering, so the writer's next read here sees its write.
      if (result.changed > 0) forgetReads();
      return send(res, 200, { accepted: claims.length, ...result });
    }
    if ((m = CLAIM_ROUTE.exec(url.pathname))) {
      if (method !== 'DELETE') throw new HttpError(405, 'method not allowed');
      const listId = m[1]!;
      await access.authorise(req, listId, 'write');
      const claimId = ClaimSchema.shape.id.safeParse(m[2]);
      if (!claimId.success) throw new HttpError(404, 'no such claim');
      const result = await deleteClaim(db, listId, claimId.data);
      if (result !== null && result.changed > 0) forgetReads();
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
        return send(res, e.status, { error: e.message, ...e.extra }, e.headers);
      }
      // A client that went away (or was timed out) mid-request is no server error.
      if (req.destroyed && !res.headersSent) return;
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

/**
 * How long a connection may take and how many there may be: without these, idle or trickling
 * clients hold sockets (and memory) for as long as they like.
 */
export interface ConnectionLimits {
  /** Longest wait for a request's headers, ms; default 10 s. */
  headersTimeoutMs?: number;
  /** Longest a whole request may take to arrive, body included, ms; default 60 s. */
  requestTimeoutMs?: number;
  /** A connection with nothing sent either way for this long is closed, ms; default 75 s. */
  idleTimeoutMs?: number;
  /** Most connections open at once; the ones over it are closed as they come. Default 1,000. */
  maxConnections?: number;
}

/** Starts the API on `host:port` (port 0 picks a free one). */
export async function startServer(
  options: ApiOptions & ConnectionLimits & { host?: string; port?: number },
): Promise<RunningServer> {
  const headersTimeout = options.headersTimeoutMs ?? 10_000;
  const requestTimeout = Math.max(options.requestTimeoutMs ?? 60_000, headersTimeout);
  const server = createServer(
    // Node checks the two timeouts on this interval: a fraction of the shorter keeps them close.
    { connectionsCheckingInterval: Math.min(5000, Math.max(50, headersTimeout / 4)) },
    createApi(options),
  );
  server.headersTimeout = headersTimeout;
  server.requestTimeout = requestTimeout;
  // Kept-alive connections idle out first (load balancers keep theirs 60 s), then any other.
  const idle = options.idleTimeoutMs ?? 75_000;
  server.keepAliveTimeout = Math.min(65_000, idle);
  server.timeout = idle;
  server.maxConnections = options.maxConnections ?? 1000;
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
