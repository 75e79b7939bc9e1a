import type { Claim } from '../../lib/claims/claim';
import { openPglite, openPostgres, type Db } from '../../server/db';
import {
  startServer,
  type ApiOptions,
  type ConnectionLimits,
  type RunningServer,
} from '../../server/http';
import { migrate } from '../../server/migrations';
import { createList, type NewList } from '../../server/store';

/** A database the tests run against: embedded always, PostgreSQL when TEST_DATABASE_URL is set. */
export interface Backend {
  name: string;
  open: (dataDir?: string) => Promise<Db>;
}

const pgUrl = process.env.TEST_DATABASE_URL;

/** The backends available on this machine. */
export const BACKENDS: Backend[] = [
  { name: 'pglite', open: (dir) => openPglite(dir) },
  ...(pgUrl ? [{ name: 'postgres', open: () => openPostgres(pgUrl, 20) }] : []),
];

/** A valid claim numbered `n`; `over` changes fields. */
export function claim(n: number, over: Partial<Claim> = {}): Claim {
  return {
    id: `c_${n.toString(16).padStart(16, '0')}`,
    text: String(100 + n),
    quote: `The ministry said ${100 + n} drones were downed.`,
    metric: 'drones.downed',
    value: { n: 100 + n, min: 100 + n, max: 100 + n, qualifier: 'exact' },
    attacker: 'UA',
    group: null,
    place: { name: 'Russia', code: 'RU', level: 'country' },
    date: '2025-07-20',
    attributedTo: 'Russian Defense Ministry',
    source: { url: `https://news.example/${n}`, outlet: 'News', title: null, publishedAt: null },
    origin: 'browsed',
    createdAt: '2025-07-20T10:00:00.000Z',
    updatedAt: '2025-07-20T10:00:00.000Z',
    ...over,
  };
}

/** A server on a free port over a migrated database, with one list. */
export interface Harness {
  db: Db;
  server: RunningServer;
  list: NewList;
  /** fetch against the server with the list's read or write token (or none / another). */
  call: (path: string, init?: RequestInit & { token?: string | null }) => Promise<Response>;
  stop: () => Promise<void>;
}

/** What a server of the harness is started with, besides its database. */
export type ServeOptions = Partial<Omit<ApiOptions, 'db'>> & ConnectionLimits;

/**
 * Serves `db` with a new list in it; the rate limits default to ones high enough not to
 * interfere. Stopping stops the server only: the database stays open for the next.
 */
export async function serve(db: Db, options: ServeOptions = {}): Promise<Harness> {
  const unlimited = { perSecond: 100_000, burst: 100_000 };
  const server = await startServer({
    rateLimit: unlimited,
    addressRateLimit: unlimited,
    ...options,
    db,
  });
  const list = await createList(db, 'Team list');
  const call: Harness['call'] = (path, init = {}) => {
    const { token = list.readToken, ...rest } = init;
    const headers = new Headers(rest.headers);
    if (token !== null) headers.set('Authorization', `Bearer ${token}`);
    if (rest.body !== undefined) headers.set('Content-Type', 'application/json');
    return fetch(server.url + path, { ...rest, headers });
  };
  return { db, server, list, call, stop: () => server.close() };
}

/** Opens and migrates a database of `backend`, and serves it (see {@link serve}). */
export async function start(
  backend: Backend,
  opts: ServeOptions & { dataDir?: string } = {},
): Promise<Harness> {
  const { dataDir, ...options } = opts;
  const db = await backend.open(dataDir);
  await migrate(db);
  const harness = await serve(db, options);
  return {
    ...harness,
    stop: async () => {
      await harness.stop();
      await db.close();
    },
  };
}

/** POSTs claims with the write token. */
export function post(h: Harness, claims: unknown[], token = h.list.writeToken): Promise<Response> {
  return h.call(`/v1/lists/${h.list.listId}/claims`, {
    method: 'POST',
    token,
    body: JSON.stringify({ claims }),
  });
}
