/**
 * `npm run server`: the team list server. Embedded PostgreSQL (PGlite in DATA_DIR, default
 * `.claims-server/`) unless DATABASE_URL names a PostgreSQL server. Listens on 127.0.0.1:PORT
 * (default 8787). `npm run server -- create-list --name NAME` prints a new list's id and tokens.
 *
 * Environment: PORT, HOST, DATA_DIR, DATABASE_URL, DATABASE_POOL_SIZE (default 10),
 * RATE_LIMIT_PER_SECOND, RATE_LIMIT_BURST (per token), ADDRESS_RATE_LIMIT_PER_SECOND,
 * ADDRESS_RATE_LIMIT_BURST (per client address, for requests without a valid token), TRUST_PROXY
 * (1: take the address from X-Forwarded-For), HEADERS_TIMEOUT_MS, REQUEST_TIMEOUT_MS,
 * IDLE_TIMEOUT_MS, MAX_CONNECTIONS, ANSWER_CACHE_MB. README.md's Team lists section says what
 * each is for.
 *
 * @module
 */
import { openPglite, openPostgres, type Db } from './db';
import { startServer } from './http';
import { migrate } from './migrations';
import { watchParent } from './parent-watch';
import { createList } from './store';

function numberFromEnv(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min)
    throw new Error(`${name} must be a number of at least ${min}`);
  return n;
}

/**
 * Opens the database the environment names and brings its schema up to date; `serving` opens
 * the whole PostgreSQL pool up front (a one-off command needs one connection).
 */
export async function openFromEnv(serving = false): Promise<Db> {
  const url = process.env.DATABASE_URL;
  const db = url
    ? await openPostgres(url, numberFromEnv('DATABASE_POOL_SIZE', 10, 1), serving)
    : await openPglite(process.env.DATA_DIR || '.claims-server');
  await migrate(db);
  return db;
}

async function main(argv: string[]): Promise<void> {
  const db = await openFromEnv(argv[0] !== 'create-list');
  if (argv[0] === 'create-list') {
    const at = argv.indexOf('--name');
    const name = at >= 0 ? argv[at + 1] : undefined;
    if (!name || name.length > 200) {
      await db.close();
      throw new Error('usage: create-list --name NAME (1 to 200 characters)');
    }
    console.log(JSON.stringify(await createList(db, name)));
    await db.close();
    return;
  }
  const server = await startServer({
    db,
    host: process.env.HOST || '127.0.0.1',
    // PORT=0 picks a free port (the bench does).
    port: numberFromEnv('PORT', 8787, 0),
    rateLimit: {
      perSecond: numberFromEnv('RATE_LIMIT_PER_SECOND', 20, 0.001),
      burst: numberFromEnv('RATE_LIMIT_BURST', 40, 1),
    },
    addressRateLimit: {
      perSecond: numberFromEnv('ADDRESS_RATE_LIMIT_PER_SECOND', 2, 0.001),
      burst: numberFromEnv('ADDRESS_RATE_LIMIT_BURST', 20, 1),
    },
    trustProxy: process.env.TRUST_PROXY === '1',
    headersTimeoutMs: numberFromEnv('HEADERS_TIMEOUT_MS', 10_000, 100),
    requestTimeoutMs: numberFromEnv('REQUEST_TIMEOUT_MS', 60_000, 100),
    idleTimeoutMs: numberFromEnv('IDLE_TIMEOUT_MS', 75_000, 100),
    maxConnections: numberFromEnv('MAX_CONNECTIONS', 1000, 1),
    answerCacheChars: numberFromEnv('ANSWER_CACHE_MB', 256, 0) * 1_000_000,
  });
  // One JSON line, so scripts (the bench, tests) can read the address and whom to signal.
  console.log(JSON.stringify({ listening: server.url, database: db.kind, pid: process.pid }));
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    void server
      .close()
      .then(() => db.close())
      .then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.on('SIGHUP', stop);
  // The shell that `npm run server` starts us under dies of a forwarded signal without passing
  // it on: stop when our parent goes.
  watchParent(stop);
}

main(process.argv.slice(2)).catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
