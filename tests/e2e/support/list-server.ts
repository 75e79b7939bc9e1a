/**
 * Servers for the team-list e2e tests, both on 127.0.0.1 (the one host a list may be reached over
 * plain http): the real list server over embedded PostgreSQL in a temporary directory, and a
 * fault server whose answer per path the test sets (a status, broken JSON, an endless body…).
 *
 * @module
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Claim } from '../../../lib/claims/claim';
import { CLAIMS_LIST_FORMAT, type ClaimsList } from '../../../lib/claims/claims-list';
import { MAX_LIST_BYTES } from '../../../lib/sync/pull';
import { openPglite, type Db } from '../../../server/db';
import { startServer, type RunningServer } from '../../../server/http';
import { migrate } from '../../../server/migrations';
import { createList } from '../../../server/store';

/** A list created on the list server; the tokens are shown once, as the CLI shows them. */
export interface CreatedList {
  listId: string;
  /** What a user pastes into the options page: `http://127.0.0.1:PORT/v1/lists/ID`. */
  url: string;
  readToken: string;
  writeToken: string;
}

/** A running list server. */
export interface ListServer {
  /** `http://127.0.0.1:PORT`. */
  origin: string;
  createList(name: string): Promise<CreatedList>;
  /** POSTs claims to a list through the API with its write token; throws unless accepted. */
  postClaims(list: CreatedList, claims: readonly Claim[]): Promise<void>;
  /** Stops answering (the port is closed); the data stays. */
  stop(): Promise<void>;
  /** Starts again on the same port over the same data. */
  restart(): Promise<void>;
  /** Stops the server, closes the database and deletes its directory (safe to call twice). */
  close(): Promise<void>;
}

/**
 * Starts the real list server (server/http.ts) on a free port of 127.0.0.1, its data in a fresh
 * temporary directory, so it can be stopped and started again with what it held.
 */
export async function startListServer(): Promise<ListServer> {
  const dir = await mkdtemp(join(tmpdir(), 'fc-list-server-'));
  let db: Db | null = null;
  let server: RunningServer | null = null;
  let port = 0;
  const up = async (): Promise<void> => {
    db = await openPglite(dir);
    await migrate(db);
    server = await startServer({
      db,
      host: '127.0.0.1',
      port,
      rateLimit: { perSecond: 10_000, burst: 10_000 },
    });
    port = Number(new URL(server.url).port);
  };
  const down = async (): Promise<void> => {
    await server?.close();
    await db?.close();
    server = null;
    db = null;
  };
  await up();
  const origin = `http://127.0.0.1:${port}`;
  let closed: Promise<void> | null = null;
  return {
    origin,
    async createList(name) {
      if (!db) throw new Error('the list server is stopped');
      const made = await createList(db, name);
      return { ...made, url: `${origin}/v1/lists/${made.listId}` };
    },
    async postClaims(list, claims) {
      const res = await fetch(`${list.url}/claims`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${list.writeToken}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ claims }),
      });
      if (!res.ok) throw new Error(`posting claims: ${res.status} ${await res.text()}`);
    },
    stop: down,
    restart: up,
    close() {
      closed ??= (async () => {
        await down();
        await rm(dir, { recursive: true, force: true });
      })();
      return closed;
    },
  };
}

/** What the fault server answers at one path. */
export type FaultAnswer =
  /** A status with a body: JSON when an object, else the text as it is. */
  | { kind: 'status'; status: number; body?: unknown }
  /** 200 with a body that is not JSON. */
  | { kind: 'malformed' }
  /**
   * 200 with a body over the size limit (MAX_LIST_BYTES), streamed in chunks; `declare` also
   * announces its length in Content-Length, which lets the client refuse before reading.
   */
  | { kind: 'oversize'; declare?: boolean }
  /** 200 with a claims-list/1 document. */
  | { kind: 'list'; list: ClaimsList };

/** A server that answers each path as the test says. */
export interface FaultServer {
  /** `http://127.0.0.1:PORT`. */
  origin: string;
  /** Sets what `path` answers from now on; returns its URL. */
  answer(path: string, answer: FaultAnswer): string;
  /** The requests it has had per path (`GET /list.json`), preflights left out. */
  hits(path: string): number;
  close(): Promise<void>;
}

const EXTENSION_ORIGIN = /^(chrome-extension|moz-extension):\/\/[A-Za-z0-9-]{1,128}$/;

/** The CORS headers the list server sends an extension origin (server/http.ts), for any origin. */
function corsHeaders(req: IncomingMessage): Record<string, string> {
  const origin = req.headers.origin;
  if (origin === undefined || !EXTENSION_ORIGIN.test(origin)) return { Vary: 'Origin' };
  return {
    Vary: 'Origin',
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Expose-Headers': 'ETag',
  };
}

/** Writes `size` bytes of JSON-looking text in chunks, minding back-pressure, until done or cut. */
function stream(res: ServerResponse, size: number): void {
  const chunk = Buffer.alloc(1 << 20, 0x20);
  const head = Buffer.from(`{"format":"${CLAIMS_LIST_FORMAT}","padding":"`);
  let sent = 0;
  const pump = (): void => {
    if (sent === 0) {
      res.write(head);
      sent = head.length;
    }
    while (sent < size && !res.destroyed) {
      const part = chunk.subarray(0, Math.min(chunk.length, size - sent));
      sent += part.length;
      if (!res.write(part)) return void res.once('drain', pump);
    }
    if (!res.destroyed) res.end();
  };
  pump();
}

/** Starts a fault server on a free port of 127.0.0.1; unknown paths answer 404. */
export async function startFaultServer(): Promise<FaultServer> {
  const answers = new Map<string, FaultAnswer>();
  const counts = new Map<string, number>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const cors = corsHeaders(req);
    res.on('error', () => undefined);
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        ...cors,
        'Access-Control-Allow-Methods': 'GET, POST, DELETE',
        'Access-Control-Allow-Headers': 'Authorization, Content-Type, If-None-Match',
        'Access-Control-Max-Age': '600',
      });
      return void res.end();
    }
    counts.set(path, (counts.get(path) ?? 0) + 1);
    const answer = answers.get(path) ?? {
      kind: 'status',
      status: 404,
      body: { error: 'not found' },
    };
    const json = {
      ...cors,
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
    };
    switch (answer.kind) {
      case 'status': {
        const body =
          answer.body === undefined
            ? ''
            : typeof answer.body === 'string'
              ? answer.body
              : JSON.stringify(answer.body);
        res.writeHead(answer.status, json);
        return void res.end(body);
      }
      case 'malformed':
        res.writeHead(200, json);
        return void res.end('{"format":"claims-list/1","claims":[{"id":');
      case 'oversize': {
        const size = MAX_LIST_BYTES + 1_000_000;
        res.writeHead(200, answer.declare ? { ...json, 'Content-Length': String(size) } : json);
        return stream(res, size);
      }
      case 'list':
        res.writeHead(200, json);
        return void res.end(JSON.stringify(answer.list));
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    answer(path, answer) {
      answers.set(path, answer);
      return origin + path;
    },
    hits: (path) => counts.get(path) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A claims-list/1 document as a static file would hold it (no cursor). */
export function claimsListFile(id: string, name: string, claims: readonly Claim[]): ClaimsList {
  return {
    format: CLAIMS_LIST_FORMAT,
    id,
    name,
    updatedAt: '2025-08-01T00:00:00.000Z',
    cursor: null,
    claims: [...claims],
    deleted: [],
  };
}
