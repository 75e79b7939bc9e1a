/**
 * The lists and their claims in SQL. Every write locks its list's row and takes the next value
 * of the list's sequence, so the commits of one list are serialised and a reader following the
 * cursor (`seq > since`) can never skip a change, however many writers race.
 *
 * @module
 */
import type { Claim } from '../lib/claims/claim';
import { CLAIMS_LIST_FORMAT } from '../lib/claims/claims-list';
import type { Db, Queryable } from './db';
import { hashToken, newListId, newToken } from './tokens';

/** What creating a list hands out once: the tokens are not stored and cannot be shown again. */
export interface NewList {
  listId: string;
  readToken: string;
  writeToken: string;
}

export type { Access } from './list-keys';

/** The result of a write: how many claims changed and the list's cursor after it. */
export interface WriteResult {
  changed: number;
  cursor: string;
}

function iso(t: Date | string): string {
  return new Date(t).toISOString();
}

/** Creates a list named `name` and returns its id and tokens. */
export async function createList(db: Db, name: string): Promise<NewList> {
  const out = { listId: newListId(), readToken: newToken(), writeToken: newToken() };
  await db.query('INSERT INTO lists (id, name, read_hash, write_hash) VALUES ($1, $2, $3, $4)', [
    out.listId,
    name,
    hashToken(out.readToken),
    hashToken(out.writeToken),
  ]);
  return out;
}

interface SnapshotRow {
  name: string;
  last_seq: string;
  updated_at: Date | string;
  claim_id: string | null;
  body: string | null;
  deleted: boolean | null;
}

/**
 * A list as one statement saw it: its header, and the claims (as the JSON text stored, so they
 * are sent without being parsed and serialised again) and deleted ids that go with the cursor.
 */
export interface ListSnapshot {
  name: string;
  updatedAt: string;
  cursor: string;
  /** Each claim's JSON text, in the order of the changes. */
  claims: string[];
  deleted: string[];
}

/** What to read of a list. */
export interface SnapshotQuery {
  /** Only what changed after this cursor (with deletions); the whole live list when omitted. */
  since?: number;
  /** Only the list's head (name, cursor, time): no claims are read. */
  headOnly?: boolean;
}

/**
 * The list (or its changes after `since`) in one statement, so the list row and its claims come
 * from one snapshot and the cursor returned covers exactly the claims returned. Null when the
 * list does not exist.
 */
export async function readSnapshot(
  db: Queryable,
  listId: string,
  { since, headOnly = false }: SnapshotQuery = {},
): Promise<ListSnapshot | null> {
  const rows = await db.query<SnapshotRow>(
    `SELECT l.name, l.last_seq::text AS last_seq, l.updated_at, c.claim_id, c.body::text AS body, c.deleted
       FROM lists l
       LEFT JOIN list_claims c
         ON c.list_id = l.id AND c.seq > $2 AND ($3 OR NOT c.deleted) AND NOT $4
      WHERE l.id = $1
      ORDER BY c.seq, c.claim_id`,
    [listId, since ?? 0, since !== undefined, headOnly],
  );
  const list = rows[0];
  if (list === undefined) return null;
  const claims: string[] = [];
  const deleted: string[] = [];
  for (const r of rows) {
    if (r.claim_id === null || r.body === null) continue;
    if (r.deleted) deleted.push(r.claim_id);
    else claims.push(r.body);
  }
  return {
    name: list.name,
    updatedAt: iso(list.updated_at),
    cursor: list.last_seq,
    claims,
    deleted,
  };
}

/** A snapshot as a claims-list/1 document, its stored claim texts pasted in as they are. */
export function snapshotJson(listId: string, s: ListSnapshot): string {
  const head = JSON.stringify({
    format: CLAIMS_LIST_FORMAT,
    id: listId,
    name: s.name,
    updatedAt: s.updatedAt,
    cursor: s.cursor,
  });
  // The texts come from PostgreSQL's jsonb output, so each is one valid JSON value.
  return `${head.slice(0, -1)},"claims":[${s.claims.join(',')}],"deleted":${JSON.stringify(s.deleted)}}`;
}

/** Locks the list row for this transaction and returns its current sequence value. */
async function lockList(tx: Queryable, listId: string): Promise<number> {
  const rows = await tx.query<{ last_seq: string }>(
    'SELECT last_seq::text AS last_seq FROM lists WHERE id = $1 FOR UPDATE',
    [listId],
  );
  const row = rows[0];
  if (row === undefined) throw new Error(`no list ${listId}`);
  return Number(row.last_seq);
}

async function bump(tx: Queryable, listId: string, seq: number): Promise<void> {
  await tx.query('UPDATE lists SET last_seq = $2, updated_at = now() WHERE id = $1', [listId, seq]);
}

const ROWS_PER_INSERT = 1000;

/**
 * Stores valid claims: a claim id not yet in the list is added; one already there is replaced
 * only by a strictly newer `updatedAt` (which also undoes a deletion). Repeats change nothing,
 * not even the cursor.
 */
export async function upsertClaims(
  db: Db,
  listId: string,
  claims: readonly Claim[],
): Promise<WriteResult> {
  // Within one request the newest copy of an id wins too, and each id is sent to SQL once.
  const newest = new Map<string, Claim>();
  for (const c of claims) {
    const seen = newest.get(c.id);
    if (seen === undefined || Date.parse(c.updatedAt) > Date.parse(seen.updatedAt))
      newest.set(c.id, c);
  }
  const unique = [...newest.values()];
  return db.transaction(async (tx) => {
    const last = await lockList(tx, listId);
    const seq = last + 1;
    let changed = 0;
    for (let i = 0; i < unique.length; i += ROWS_PER_INSERT) {
      const chunk = unique.slice(i, i + ROWS_PER_INSERT);
      const params: unknown[] = [listId, seq];
      const values = chunk.map((c) => {
        params.push(c.id, JSON.stringify(c), c.updatedAt);
        const n = params.length;
        return `($1, $${n - 2}, $2, $${n - 1}::jsonb, $${n}::timestamptz, false)`;
      });
      const rows = await tx.query<{ claim_id: string }>(
        `INSERT INTO list_claims (list_id, claim_id, seq, body, updated_at, deleted)
         VALUES ${values.join(', ')}
         ON CONFLICT (list_id, claim_id) DO UPDATE
           SET seq = EXCLUDED.seq, body = EXCLUDED.body, updated_at = EXCLUDED.updated_at, deleted = false
           WHERE list_claims.updated_at < EXCLUDED.updated_at
         RETURNING claim_id`,
        params,
      );
      changed += rows.length;
    }
    if (changed === 0) return { changed, cursor: String(last) };
    await bump(tx, listId, seq);
    return { changed, cursor: String(seq) };
  });
}

/**
 * Deletes a claim, leaving a tombstone that readers following the cursor see. Null when the
 * list holds no such claim; deleting a deleted claim changes nothing.
 */
export async function deleteClaim(
  db: Db,
  listId: string,
  claimId: string,
): Promise<WriteResult | null> {
  return db.transaction(async (tx) => {
    const last = await lockList(tx, listId);
    const rows = await tx.query<{ deleted: boolean }>(
      'SELECT deleted FROM list_claims WHERE list_id = $1 AND claim_id = $2',
      [listId, claimId],
    );
    const row = rows[0];
    if (row === undefined) return null;
    if (row.deleted) return { changed: 0, cursor: String(last) };
    const seq = last + 1;
    await tx.query(
      'UPDATE list_claims SET deleted = true, seq = $3 WHERE list_id = $1 AND claim_id = $2',
      [listId, claimId, seq],
    );
    await bump(tx, listId, seq);
    return { changed: 1, cursor: String(seq) };
  });
}
