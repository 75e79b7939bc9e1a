/**
 * Index walks that skip: a cursor that jumps (`continue(key)`) past the entries it does not
 * need. IndexedDB seeks to a key cheaply, whereas visiting entries one by one costs about as much
 * as reading rows (with 100,000 claims, walking a whole index takes seconds in Chromium), and
 * Dexie has no cursor that jumps like this.
 *
 * @module
 */
import { Dexie } from 'dexie';
import type { ClaimsDatabase } from './database';
import type { StoredClaim } from './rows';

/** The smallest string above `s`: any string greater than `s` is at least `s` + U+0000. */
const after = (s: string) => `${s}\u0000`;

/** Runs a cursor until it ends or `step` returns false; `step` moves the cursor on itself. */
function run<C extends IDBCursor>(
  request: IDBRequest<C | null>,
  step: (cursor: C) => boolean,
): Promise<void> {
  return new Promise((resolve, reject) => {
    request.onerror = () => reject(request.error ?? new Error('reading an index failed'));
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor || !step(cursor)) resolve();
    };
  });
}

/** A read-only transaction's view of the claims table (opened synchronously, so it is live). */
async function claimsStore(db: ClaimsDatabase): Promise<IDBObjectStore> {
  await db.open();
  return db.backendDB().transaction('claims', 'readonly').objectStore('claims');
}

/**
 * For each of `indexes` (text keys), the row of each distinct non-empty key, in key order: the
 * first row of that key (the one with the lowest id), at most `max` per index. One seek per key,
 * so the cost follows the number of distinct values, not of claims.
 */
export async function firstRowPerKey(
  db: ClaimsDatabase,
  indexes: readonly string[],
  max: number,
): Promise<StoredClaim[][]> {
  const store = await claimsStore(db);
  return Promise.all(
    indexes.map(async (name) => {
      const rows: StoredClaim[] = [];
      await run(store.index(name).openCursor(), (cursor) => {
        const key = String(cursor.key);
        // '' stands for "none", which the filters offer on their own.
        if (key !== '') rows.push(cursor.value as StoredClaim);
        if (rows.length >= max) return false;
        cursor.continue(after(key));
        return true;
      });
      return rows;
    }),
  );
}

/** The distinct non-empty text keys of `index`, in order, at most `max`, one seek per key. */
export async function distinctKeys(
  db: ClaimsDatabase,
  index: string,
  max: number,
): Promise<string[]> {
  const store = await claimsStore(db);
  const keys: string[] = [];
  await run(store.index(index).openKeyCursor(), (cursor) => {
    const key = String(cursor.key);
    if (key !== '') keys.push(key);
    if (keys.length >= max) return false;
    cursor.continue(after(key));
    return true;
  });
  return keys;
}

/**
 * The ids of the claims for `metric` at `placeCode` with a date from `from` to `to` (each
 * optional, both included), oldest first, ties by id, from the `[metric+date+placeCode]` index.
 * Within each date the cursor seeks straight to the place code, and from there to the next
 * date, so claims at other places cost one seek per date rather than one step each.
 */
export async function seriesIds(
  db: ClaimsDatabase,
  query: { metric: string; placeCode: string; from?: string; to?: string },
): Promise<string[]> {
  const { metric, placeCode, from, to } = query;
  const store = await claimsStore(db);
  const start = Dexie.dependencies.IDBKeyRange.lowerBound([metric, from ?? '', placeCode]);
  const ids: string[] = [];
  await run(store.index('[metric+date+placeCode]').openKeyCursor(start), (cursor) => {
    const key: unknown = cursor.key;
    if (!Array.isArray(key)) return false;
    const [m, date, code]: unknown[] = key;
    if (m !== metric || typeof date !== 'string' || (to !== undefined && date > to)) return false;
    if (code === placeCode) {
      ids.push(String(cursor.primaryKey));
      cursor.continue();
    } else if (String(code) < placeCode) cursor.continue([metric, date, placeCode]);
    else cursor.continue([metric, after(date), placeCode]);
    return true;
  });
  return ids;
}

/**
 * The primary keys of every claim in the order of index `name` (ties by id), read in one
 * `getAllKeys` call: with 100,000 claims tens of milliseconds, where a key cursor (what Dexie
 * uses for `orderBy(...).primaryKeys()`) takes a second.
 */
export async function primaryKeysInOrder(db: ClaimsDatabase, name: string): Promise<string[]> {
  const store = await claimsStore(db);
  return new Promise((resolve, reject) => {
    const request = store.index(name).getAllKeys();
    request.onerror = () => reject(request.error ?? new Error('reading an index failed'));
    request.onsuccess = () => resolve(request.result.map(String));
  });
}
