/**
 * The rows of recently read event keys (metric, date, place code), kept in memory so a page's
 * check does not ask IndexedDB again for the nights and places the pages before it asked about.
 *
 * The cache is kept in step with the database rather than dropped on every write: the page just
 * checked records its own figures right after its answer, into the very event keys the next page
 * about the same night reads. Every write of this connection passes through {@link
 * EventRowsCache.writing} (a DBCore middleware, lib/db/database.ts) and is applied to the kept
 * rows when its transaction commits; an aborted transaction changes nothing. Whatever this cannot
 * follow (a write that partly failed, a delete by range) drops everything.
 *
 * What a read returns is what IndexedDB would return at that moment:
 * - kept rows are used only while no write transaction of this connection is under way, so
 *   nothing committed is missing from them and nothing uncommitted is in them;
 * - a read that went to IndexedDB is kept only if no write started or ended while it ran.
 *   IndexedDB runs a read-write transaction after the transactions that overlap it and were
 *   created first, and before those created later, so such a read saw the database as the
 *   kept rows describe it.
 *
 * All writes go through the background's one connection (as `claimWrites` assumes), so none is
 * missed. Rows handed out are frozen, since the next reader gets the same objects.
 *
 * @module
 */
import type { DBCoreMutateRequest } from 'dexie';

/** What the cache needs to know about one table's rows. */
export interface EventRowsShape<T> {
  /**
   * The name of the row's event key, as {@link EventRowsCache.read} is asked for it; `null` when
   * the event index leaves the row out (no date).
   */
  eventKeyOf(row: T): string | null;
  /** A string that two rows share exactly when their primary keys are equal. */
  idOf(row: T): string;
  /** The same string for a primary key, as a delete request gives it. */
  idOfKey(key: unknown): string;
  /** IndexedDB's order for rows of one index key: by primary key. */
  compare(a: T, b: T): number;
}

/**
 * The name an event key is kept under. Metrics, dates and place codes are validated tokens that
 * never hold the separator.
 */
export function eventKeyName(metric: string, date: string, placeCode: string): string {
  return `${metric}\u001f${date}\u001f${placeCode}`;
}

/** The rows of one event key, in the table's primary-key order. */
type Entry<T> = readonly T[];

/** One mutation of a write transaction, as it will change the kept rows when committed. */
type Change<T> =
  | { kind: 'put'; id: string; key: string | null; row: T | null }
  | { kind: 'delete'; id: string }
  | { kind: 'unknown' };

/** A DBCore transaction is IndexedDB's own in Dexie's IndexedDB adapter: it says when it ends. */
interface Ending {
  addEventListener(type: 'complete' | 'abort', listener: () => void): void;
}

function isEnding(trans: unknown): trans is Ending {
  return (
    typeof trans === 'object' &&
    trans !== null &&
    typeof (trans as Partial<Ending>).addEventListener === 'function'
  );
}

/** Freezes a row and everything in it: kept rows are shared by every reader. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** The default bound on kept rows: a few megabytes, some hundred pages' event keys. */
export const KEPT_ROWS = 5000;

/** A table's rows by event key, kept while every write of this connection is followed. */
export class EventRowsCache<T> {
  /** Least recently read first. */
  private readonly entries = new Map<string, Entry<T>>();
  /** The event key each kept row's id is kept under. */
  private readonly keyOfId = new Map<string, string>();
  private rows = 0;
  /** The changes of each write transaction not yet committed or aborted. */
  private readonly open = new Map<Ending, Change<T>[]>();
  /** How many write transactions have ended: a read that saw this change is not kept. */
  private ended = 0;
  /** Set when a write could not be followed: nothing is kept from then on. */
  private lost = false;

  /**
   * @param maxRows - The most rows kept; the least recently read keys go first.
   */
  constructor(
    private readonly shape: EventRowsShape<T>,
    private readonly maxRows: number = KEPT_ROWS,
  ) {}

  /**
   * The rows of event key `key`: the kept ones when they may be used, else `load()`'s, kept
   * when nothing was written meanwhile.
   *
   * @param load - Reads the key's rows from IndexedDB, in the table's primary-key order.
   */
  async read(key: string, load: () => PromiseLike<T[]>): Promise<readonly T[]> {
    const quiet = this.open.size === 0 && !this.lost;
    if (quiet) {
      const kept = this.entries.get(key);
      if (kept) {
        this.entries.delete(key);
        this.entries.set(key, kept);
        return kept;
      }
    }
    const ended = this.ended;
    const rows = await load();
    if (quiet && this.open.size === 0 && this.ended === ended && !this.lost) {
      this.keep(key, deepFreeze(rows));
    }
    return rows;
  }

  /**
   * Notes a mutation of this table before it runs; it changes the kept rows when its
   * transaction commits. Called by the database's middleware for every mutation.
   */
  writing(request: DBCoreMutateRequest): void {
    try {
      this.note(request);
    } catch {
      // Never in the way of a write: a change the cache cannot note ends the caching.
      this.lose();
    }
  }

  /**
   * Notes writes of this table made past the database's middleware, straight to IndexedDB in
   * transaction `trans`: while it is open nothing is read from memory, and its commit drops every
   * kept row, as for any write the cache cannot follow. Call before the first such write.
   */
  writingUnseen(trans: unknown): void {
    if (isEnding(trans)) this.changesOf(trans).push({ kind: 'unknown' });
    else this.lose();
  }

  /** The noted changes of write transaction `trans`, which is open from now on. */
  private changesOf(trans: Ending): Change<T>[] {
    let changes = this.open.get(trans);
    if (!changes) {
      const log: Change<T>[] = [];
      this.open.set(trans, (changes = log));
      trans.addEventListener('complete', () => this.end(trans, log));
      trans.addEventListener('abort', () => this.end(trans, null));
    }
    return changes;
  }

  private note(request: DBCoreMutateRequest): void {
    const trans = request.trans;
    if (!isEnding(trans)) {
      this.lose();
      return;
    }
    const changes = this.changesOf(trans);
    switch (request.type) {
      case 'add':
      case 'put':
        for (const value of request.values as readonly T[]) {
          const key = this.shape.eventKeyOf(value);
          // Keys cannot be kept while this write is open, so only those kept now can need the row;
          // a copy, as the caller may change its object before the transaction commits.
          const row =
            key !== null && this.entries.has(key) ? deepFreeze(structuredClone(value)) : null;
          changes.push({ kind: 'put', id: this.shape.idOf(value), key, row });
        }
        break;
      case 'delete':
        for (const k of request.keys) changes.push({ kind: 'delete', id: this.shape.idOfKey(k) });
        break;
      default:
        changes.push({ kind: 'unknown' });
    }
  }

  /** Notes that a mutation failed in part or whole: its transaction's end drops everything. */
  failed(request: DBCoreMutateRequest): void {
    const trans = request.trans;
    if (isEnding(trans)) this.open.get(trans)?.push({ kind: 'unknown' });
    else this.lose();
  }

  /** Forgets every kept row. */
  clear(): void {
    this.entries.clear();
    this.keyOfId.clear();
    this.rows = 0;
  }

  private lose(): void {
    this.lost = true;
    this.clear();
  }

  private end(trans: Ending, committed: Change<T>[] | null): void {
    if (!this.open.delete(trans)) return;
    this.ended++;
    if (!committed) return;
    if (committed.some((c) => c.kind === 'unknown')) {
      this.clear();
      return;
    }
    for (const change of committed) {
      if (change.kind === 'unknown') continue;
      this.remove(change.id);
      if (change.kind === 'put' && change.row !== null && change.key !== null)
        this.insert(change.key, change.id, change.row);
    }
    this.trim();
  }

  private keep(key: string, rows: readonly T[]): void {
    this.drop(key);
    if (rows.length > this.maxRows) return;
    this.entries.set(key, rows);
    for (const row of rows) this.keyOfId.set(this.shape.idOf(row), key);
    this.rows += rows.length;
    this.trim();
  }

  /** Drops the least recently read keys until at most `maxRows` rows are kept. */
  private trim(): void {
    for (const oldest of this.entries.keys()) {
      if (this.rows <= this.maxRows) break;
      this.drop(oldest);
    }
  }

  private drop(key: string): void {
    const rows = this.entries.get(key);
    if (!rows) return;
    this.entries.delete(key);
    for (const row of rows) this.keyOfId.delete(this.shape.idOf(row));
    this.rows -= rows.length;
  }

  /** Takes the row with `id` out of its key's rows, if kept. A new array: readers keep theirs. */
  private remove(id: string): void {
    const key = this.keyOfId.get(id);
    if (key === undefined) return;
    this.keyOfId.delete(id);
    const rows = this.entries.get(key)!;
    this.entries.set(
      key,
      rows.filter((r) => this.shape.idOf(r) !== id),
    );
    this.rows--;
  }

  /** Puts `row` among `key`'s rows in primary-key order, if that key is kept. */
  private insert(key: string, id: string, row: T): void {
    const rows = this.entries.get(key);
    if (!rows) return;
    const at = rows.findIndex((r) => this.shape.compare(row, r) < 0);
    const next = at < 0 ? [...rows, row] : [...rows.slice(0, at), row, ...rows.slice(at)];
    this.entries.set(key, next);
    this.keyOfId.set(id, key);
    this.rows++;
  }
}
