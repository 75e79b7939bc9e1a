/**
 * The token hashes of each list, kept in memory for a few seconds so that a poll costs one query
 * (its changes) rather than two. Only the stored hashes are cached, never a verdict on a token:
 * every request still hashes the token it presents and compares it with both stored hashes in
 * constant time. A list's hashes never change after it is created (there is no rotation), so a
 * cached copy cannot grant anything the database would not; the time to live only bounds how
 * long an instance would keep them if rotation were added later.
 *
 * @module
 */
import type { Queryable } from './db';
import { sameHash } from './tokens';

/** What a presented token may do with a list. */
export type Access = 'none' | 'read' | 'write';

/** A list's stored token hashes (hex SHA-256). */
export interface ListKeys {
  readHash: string;
  writeHash: string;
}

/** Looks up a list's token hashes; resolves null when there is no such list. */
export type ListKeysLookup = (listId: string) => Promise<ListKeys | null>;

/** Reads a list's token hashes from the database (one parameterised query). */
export async function loadListKeys(db: Queryable, listId: string): Promise<ListKeys | null> {
  const rows = await db.query<{ read_hash: string; write_hash: string }>(
    'SELECT read_hash, write_hash FROM lists WHERE id = $1',
    [listId],
  );
  const row = rows[0];
  return row === undefined ? null : { readHash: row.read_hash, writeHash: row.write_hash };
}

/** How long and how many lists' hashes are kept. */
export interface ListKeysCacheOptions {
  /** Default 10 s. */
  ttlMs?: number;
  /** Default 10,000 lists; past that the cache starts afresh. */
  maxLists?: number;
  /** The clock, for tests; `Date.now` by default. */
  now?: () => number;
}

/**
 * Wraps `load` with a cache. Concurrent lookups of one list share one query. A missing list
 * is not remembered, so a list created on another instance is found at once.
 */
export function cacheListKeys(
  load: ListKeysLookup,
  { ttlMs = 10_000, maxLists = 10_000, now = Date.now }: ListKeysCacheOptions = {},
): ListKeysLookup {
  const entries = new Map<string, { at: number; keys: Promise<ListKeys | null> }>();
  return (listId) => {
    const t = now();
    const hit = entries.get(listId);
    if (hit !== undefined && t - hit.at < ttlMs) return hit.keys;
    if (entries.size >= maxLists) entries.clear();
    const keys = load(listId);
    const entry = { at: t, keys };
    entries.set(listId, entry);
    const forget = (): void => {
      if (entries.get(listId) === entry) entries.delete(listId);
    };
    keys.then((k) => (k === null ? forget() : undefined), forget);
    return keys;
  };
}

/**
 * What a token may do given a list's hashes, from the token's hash (hashToken); both
 * comparisons always run, in constant time.
 */
export function accessOf(keys: ListKeys, hash: string): Access {
  // Both always run, so timing does not tell which token was nearly right.
  const write = sameHash(hash, keys.writeHash);
  const read = sameHash(hash, keys.readHash);
  return write ? 'write' : read ? 'read' : 'none';
}
