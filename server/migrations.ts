/**
 * The list server's SQL schema as numbered migrations, and the runner that applies the missing
 * ones. Both database implementations run exactly these statements.
 *
 * @module
 */
import type { Db } from './db';

/** Migration n (1-based) is `MIGRATIONS[n - 1]`: its statements, run in one transaction. */
export const MIGRATIONS: readonly (readonly string[])[] = [
  [
    `CREATE TABLE lists (
      id text PRIMARY KEY,
      name text NOT NULL,
      read_hash text NOT NULL,
      write_hash text NOT NULL,
      last_seq bigint NOT NULL DEFAULT 0,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE TABLE list_claims (
      list_id text NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
      claim_id text NOT NULL,
      seq bigint NOT NULL,
      body jsonb NOT NULL,
      updated_at timestamptz NOT NULL,
      deleted boolean NOT NULL DEFAULT false,
      PRIMARY KEY (list_id, claim_id)
    )`,
    `CREATE INDEX list_claims_list_seq ON list_claims (list_id, seq)`,
  ],
];

/**
 * Applies the migrations not yet recorded in `schema_migrations`. An advisory lock makes
 * instances that start together take turns instead of racing.
 */
export async function migrate(db: Db): Promise<number> {
  await db.transaction(async (tx) => {
    // Under the lock too: two instances creating the table at once would collide.
    await tx.query('SELECT pg_advisory_xact_lock(8787001)');
    await tx.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`,
    );
  });
  let applied = 0;
  for (let version = 1; version <= MIGRATIONS.length; version++) {
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(8787001)');
      const seen = await tx.query<{ version: number }>(
        'SELECT version FROM schema_migrations WHERE version = $1',
        [version],
      );
      if (seen.length > 0) return false;
      for (const sql of MIGRATIONS[version - 1]!) await tx.query(sql);
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
      return true;
    });
    if (done) applied++;
  }
  return applied;
}
