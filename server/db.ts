/**
 * The thin database interface the list server uses, with two implementations: embedded
 * PostgreSQL (PGlite, one process, data in a directory) and a PostgreSQL server (node-postgres
 * pool, for several server instances behind a load balancer). Both run the same SQL.
 *
 * @module
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** Something SQL can be sent to: the database itself or one open transaction. */
export interface Queryable {
  /** Runs one parameterised statement and returns its rows. */
  query<R extends object>(sql: string, params?: readonly unknown[]): Promise<R[]>;
}

/** A database: queries, transactions and closing. */
export interface Db extends Queryable {
  /** Which implementation this is, for logs and test names. */
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` in a transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Opens embedded PostgreSQL with its data in `dataDir` (created when missing); in memory when omitted. */
export async function openPglite(dataDir?: string): Promise<Db> {
  const db = dataDir === undefined ? new PGlite() : new PGlite(dataDir);
  await db.waitReady;
  return {
    kind: 'pglite',
    async query<R extends object>(sql: string, params: readonly unknown[] = []) {
      return (await db.query<R>(sql, [...params])).rows;
    },
    // PGlite has one connection guarded by a mutex, so its transactions are serialised anyway.
    transaction: <T>(fn: (tx: Queryable) => Promise<T>) =>
      db.transaction((tx) =>
        fn({
          async query<R extends object>(sql: string, params: readonly unknown[] = []) {
            return (await tx.query<R>(sql, [...params])).rows;
          },
        }),
      ),
    close: () => db.close(),
  };
}

/**
 * Connects to the PostgreSQL server at `url` (a `postgres://` connection string) with a pool.
 * With `warm`, all `poolSize` connections are opened now and kept open: a server then never
 * makes a request wait for a new connection (a PostgreSQL backend to start), which otherwise
 * happens whenever load rises after connections have idled out.
 */
export async function openPostgres(url: string, poolSize = 10, warm = false): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, min: warm ? poolSize : 0 });
  // Fail at start-up, not on the first request, when the server is unreachable.
  const clients = await Promise.all(
    Array.from({ length: warm ? poolSize : 1 }, () => pool.connect()),
  );
  for (const c of clients) c.release();
  return {
    kind: 'postgres',
    async query<R extends object>(sql: string, params: readonly unknown[] = []) {
      return (await pool.query<R>(sql, [...params])).rows;
    },
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({
          async query<R extends object>(sql: string, params: readonly unknown[] = []) {
            return (await client.query<R>(sql, [...params])).rows;
          },
        });
        await client.query('COMMIT');
        return result;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
