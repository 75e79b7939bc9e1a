/**
 * Writes of a staged sync's commit and of its staging that nothing keeps until they are written.
 * IndexedDB copies a row when it is added; Dexie's `bulkAdd` keeps the rows (and their bytes)
 * until the writes end, long enough for a young collection or two to move them to V8's old
 * generation, where they wait for the next full collection (an ArrayBuffer's bytes with them).
 * Added here, a row can be collected as soon as the caller lets it go.
 *
 * @module
 */
import { Dexie, type Table } from 'dexie';
import type { ClaimsDatabase } from './database';

/** Rows added one at a time to one table in the current transaction, past Dexie. */
export class UnheldWriter<T> {
  private readonly store: IDBObjectStore;
  private last: IDBRequest | null = null;

  /** @throws Error outside a transaction over `table`. */
  constructor(
    db: ClaimsDatabase,
    private readonly table: Table<T>,
  ) {
    const transaction = Dexie.currentTransaction;
    if (!transaction) throw new Error(`${table.name}: not in a transaction`);
    // Past Dexie, and so past the middleware that keeps the event cache in step: it is told here.
    db.eventCacheOf(table.name)?.writingUnseen(transaction.idbtrans);
    this.store = transaction.idbtrans.objectStore(table.name);
  }

  /** Adds `row` (copied at once; the caller may drop it). */
  add(row: T): void {
    this.last = this.store.add(row);
  }

  /**
   * Resolves once every row added so far is written; rejects as the transaction fails (a
   * transaction's requests end in order, and one that fails aborts the rest).
   */
  written(): Promise<void> {
    const request = this.last;
    this.last = null;
    // Dexie's promises, so the transaction's zone carries on after the wait.
    if (!request) return Dexie.Promise.resolve();
    if (request.readyState === 'done') {
      return request.error ? Dexie.Promise.reject(request.error) : Dexie.Promise.resolve();
    }
    return new Dexie.Promise<void>((resolve, reject) => {
      request.onsuccess = () => resolve();
      request.onerror = () =>
        reject(request.error ?? new Error(`${this.table.name}: write failed`));
    });
  }
}
