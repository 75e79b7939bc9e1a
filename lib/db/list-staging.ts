/**
 * A list download's claims while the download is still arriving. A sync changes the list's copy
 * only once the whole answer is in and checked, but a large list cannot wait in memory (100,000
 * claims are some 70 MB of JSON and several times that as objects), and IndexedDB cannot keep a
 * transaction open across network reads. So an answer larger than one batch is written to the
 * staging table a batch at a time as it arrives, and the sync's one transaction then reads it
 * back, a bucket at a time, into the list's copy. Nothing reads the staging table otherwise, so
 * a download that fails halfway changes nothing verdicts see.
 *
 * Claims are staged in buckets by event, so each bucket holds whole events and can be grouped
 * on its own (a list's groups hold one event each).
 *
 * @module
 */
import { Dexie, type Table } from 'dexie';
import { ClaimSchema, type Claim } from '../claims/claim';
import type { ClaimsDatabase } from './database';
import { JsonArrayBytes } from './json-bytes';
import {
  fnv1a,
  GroupBuilder,
  groupPrefix,
  dropListGroups,
  replaceListGroups,
  updateListGroups,
  type ListGroup,
} from './list-groups';

/** Claims of one download, one batch and one bucket of events. */
export interface StagedRow {
  listId: string;
  bucket: number;
  /** The order rows were written in, within the download. */
  seq: number;
  /**
   * The claims as one JSON array, in UTF-8, of their texts as the answer gave them, checked
   * already. The answer's own text, not objects and not a copy made with `JSON.stringify`
   * (serialising each claim again raised a 100,000-claim sync's peak memory by some 90 MB), and
   * bytes rather than a string, so what waits to be written is off the JavaScript heap (see
   * lib/db/json-bytes.ts).
   */
  json: Uint8Array;
  /** Each claim's position in the answer, so the last copy of a claim given twice wins. */
  at: number[];
}

/**
 * Buckets a staged answer is spread over. The sync's transaction holds one bucket's claims at a
 * time: 1,500 of a 100,000-claim list.
 */
export const STAGING_BUCKETS = 64;

/** An answer of up to this many claims is held in memory; a larger one is staged this many at a time. */
export const STAGE_BATCH = 1000;

/**
 * A staged claim from its text, as it was checked when it arrived: parsed again, which drops the
 * fields the format does not have.
 */
function claimOf(json: unknown): Claim {
  return ClaimSchema.parse(json);
}

const decoder = new TextDecoder();

/** The claims of a staged row's JSON. */
function parseClaims(json: Uint8Array): Claim[] {
  return (JSON.parse(decoder.decode(json)) as unknown[]).map(claimOf);
}

function bucketOf(c: Claim): number {
  return fnv1a(groupPrefix(c)) % STAGING_BUCKETS;
}

/** Claims of one bucket not yet written. */
interface Pending {
  json: JsonArrayBytes;
  at: number[];
}

/**
 * Adds `rows` to `table` in the current transaction; resolves once they are written. IndexedDB
 * copies each row as it is added, and unlike Dexie's `bulkAdd`, which keeps the rows until they
 * are written, nothing here keeps them: a bucket's groups (and its claims) can be collected while
 * the writes go on, before a collection would move them to the old generation.
 *
 * @throws Error outside a transaction over `table`; rejects as the transaction fails.
 */
function addUnheld<T>(db: ClaimsDatabase, table: Table<T>, rows: readonly T[]): Promise<void> {
  const transaction = Dexie.currentTransaction;
  if (!transaction) throw new Error(`${table.name}: not in a transaction`);
  // Past Dexie, and so past the middleware that keeps the event cache in step: it is told here.
  db.eventCacheOf(table.name)?.writingUnseen(transaction.idbtrans);
  const store = transaction.idbtrans.objectStore(table.name);
  let last: IDBRequest | null = null;
  for (const row of rows) last = store.add(row);
  if (!last) return Promise.resolve();
  const request = last;
  // Dexie's promise, so the transaction's zone carries on after the wait.
  return new Dexie.Promise<void>((resolve, reject) => {
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`${table.name}: write failed`));
  });
}

/** Every staged row of list `listId`. */
function stagedOf(db: ClaimsDatabase, listId: string) {
  return db.listStaging
    .where('[listId+bucket+seq]')
    .between([listId, -Infinity, -Infinity], [listId, Infinity, Infinity], true, true);
}

/** Deletes what a download of list `listId` staged. Call inside a transaction over it. */
export function dropStaged(db: ClaimsDatabase, listId: string): Promise<number> {
  return stagedOf(db, listId).delete();
}

/**
 * The claims of one answer to a list's sync, in the answer's order: held in memory while they
 * fit in one batch ({@link STAGE_BATCH}), staged as JSON text a batch at a time beyond that.
 * Then {@link replace} (a whole list) or {@link update} (a `since` answer) applies them inside
 * the sync's transaction, and {@link discard} drops what was staged when they are not applied.
 * Only one download of a list may stage at a time (the sync runner never overlaps syncs).
 */
export class StagedClaims {
  private held: Claim[] = [];
  /** The held claims' texts, for staging them when the answer outgrows one batch. */
  private heldTexts: string[] = [];
  private staged = false;
  /** Whether rows were written (the first write clears what a stopped download left). */
  private written = false;
  private readonly pending = new Map<number, Pending>();
  private pendingCount = 0;
  /** How many claims were staged; each one's position in the answer is its number. */
  private given = 0;
  private seq = 0;
  /**
   * Hashes (30 bits, FNV-1a) of the staged claim ids: a set of small numbers, not a map of every
   * id, so what a download keeps besides its current batch grows by a few bytes a claim.
   */
  private readonly hashes = new Set<number>();
  /**
   * The last position of each id whose hash was seen before it: a claim given again (or one
   * that shares a hash with an earlier one). Every other id is given once.
   */
  private readonly repeated = new Map<string, number>();

  constructor(
    private readonly db: ClaimsDatabase,
    readonly listId: string,
    private readonly batch = STAGE_BATCH,
  ) {}

  /** How many claims the answer gave (a claim given twice counts twice). */
  get count(): number {
    return this.given + this.held.length;
  }

  /**
   * Adds the answer's next claims, valid, with each one's JSON text as the answer gave it
   * (`texts[i]` is `claims[i]`'s). Beyond one batch only their texts are kept, and written to
   * the staging table each time a batch is complete; the claims themselves are not kept.
   */
  async add(claims: readonly Claim[], texts: readonly string[]): Promise<void> {
    if (!this.staged) {
      if (this.held.length + claims.length <= this.batch) {
        this.held.push(...claims);
        this.heldTexts.push(...texts);
        return;
      }
      this.staged = true;
      this.pend(this.held, this.heldTexts);
      this.held = [];
      this.heldTexts = [];
    }
    this.pend(claims, texts);
    if (this.pendingCount >= this.batch) await this.write();
  }

  /**
   * Replaces the list's copy by the answer's claims: the last copy of each, none in `deleted`.
   * Call inside a transaction over `listGroups`, `listDirectory` and `listStaging`.
   *
   * @returns How many claims the list now holds.
   * @throws Error when staged claims went missing meanwhile (all data was cleared).
   */
  async replace(deleted: ReadonlySet<string>): Promise<number> {
    if (!this.staged) {
      const kept = this.held.filter((c) => !deleted.has(c.id));
      return replaceListGroups(this.db, this.listId, kept);
    }
    await dropListGroups(this.db, this.listId);
    const builder = new GroupBuilder(this.listId);
    // Not async: nothing of the bucket is held while its groups are written.
    await this.eachBucket(deleted, (claims) => {
      const groups: ListGroup[] = [];
      for (const c of claims) {
        const full = builder.add(c);
        if (full) groups.push(full);
      }
      groups.push(...builder.flush());
      return addUnheld(this.db, this.db.listGroups, groups);
    });
    for (const shards of builder.directory.ranges())
      await addUnheld(this.db, this.db.listDirectory, shards);
    return builder.count;
  }

  /**
   * Applies the answer as changes to the list's copy: its claims added or replaced (the last
   * copy of each, none in `deleted`), then `deleted` removed. Call inside a transaction over
   * `listGroups`, `listDirectory` and `listStaging`.
   *
   * @returns How many claims the list holds that it did not, how many it no longer holds, and
   *   the ids of the claims given.
   * @throws Error when staged claims went missing meanwhile (all data was cleared).
   */
  async update(
    deleted: ReadonlySet<string>,
  ): Promise<{ added: number; removed: number; given: string[] }> {
    if (!this.staged) {
      const kept = this.held.filter((c) => !deleted.has(c.id));
      const counts = await updateListGroups(this.db, this.listId, kept, [...deleted]);
      return { ...counts, given: kept.map((c) => c.id) };
    }
    let added = 0;
    let removed = 0;
    const given: string[] = [];
    await this.eachBucket(deleted, async (claims) => {
      for (const c of claims) given.push(c.id);
      const counts = await updateListGroups(this.db, this.listId, claims, []);
      added += counts.added;
      removed += counts.removed;
    });
    const gone = await updateListGroups(this.db, this.listId, [], [...deleted]);
    return { added, removed: removed + gone.removed, given };
  }

  /** Drops what was staged, in a transaction of its own; nothing when nothing was written. */
  async discard(): Promise<void> {
    if (!this.written) return;
    this.written = false;
    await this.db.transaction('rw', this.db.listStaging, () => dropStaged(this.db, this.listId));
  }

  /** Whether the claim with id `id` at position `at` of the answer is the last copy of it. */
  private isLast(id: string, at: number): boolean {
    const last = this.repeated.get(id);
    return last === undefined || last === at;
  }

  /** Keeps the `texts` of `claims` in their buckets' pending rows. */
  private pend(claims: readonly Claim[], texts: readonly string[]): void {
    for (let i = 0; i < claims.length; i++) {
      const c = claims[i]!;
      const bucket = bucketOf(c);
      let row = this.pending.get(bucket);
      if (!row) this.pending.set(bucket, (row = { json: new JsonArrayBytes(), at: [] }));
      row.json.append(texts[i]!);
      row.at.push(this.given);
      const hash = fnv1a(c.id) & 0x3fffffff;
      if (this.hashes.has(hash)) this.repeated.set(c.id, this.given);
      else this.hashes.add(hash);
      this.given++;
      this.pendingCount++;
    }
  }

  /** Writes the pending rows in one transaction; each bucket's buffer is kept for the next. */
  private async write(): Promise<void> {
    const rows: StagedRow[] = [];
    for (const [bucket, p] of this.pending) {
      if (!p.at.length) continue;
      rows.push({ listId: this.listId, bucket, seq: this.seq++, json: p.json.take(), at: p.at });
      p.at = [];
    }
    this.pendingCount = 0;
    const first = !this.written;
    this.written = true;
    await this.db.transaction('rw', this.db.listStaging, async () => {
      // What an earlier download of this list left when its worker was stopped.
      if (first) await dropStaged(this.db, this.listId);
      await this.db.listStaging.bulkAdd(rows);
    });
  }

  /**
   * Calls `apply` with each bucket's claims in the answer's order (the last copy of each, none
   * in `deleted`): those written, then those still pending. Then drops the staged rows. A
   * bucket's claims are let go before the next bucket is read.
   */
  private async eachBucket(
    deleted: ReadonlySet<string>,
    apply: (claims: Claim[]) => Promise<void>,
  ): Promise<void> {
    const read = { claims: 0 };
    for (let bucket = 0; bucket < STAGING_BUCKETS; bucket++) {
      const parts: { json: Uint8Array; at: number[] }[] = await this.db.listStaging
        .where('[listId+bucket+seq]')
        .between([this.listId, bucket, -Infinity], [this.listId, bucket, Infinity], true, true)
        .toArray();
      const pending = this.pending.get(bucket);
      if (pending?.at.length) parts.push({ json: pending.json.take(), at: pending.at });
      // The bucket's claims are passed on, not kept in a variable here: one kept across the wait
      // would hold them while the next collections run, which move them to the old generation.
      await apply(this.lastCopies(parts, deleted, read));
    }
    if (read.claims !== this.given)
      throw new Error('the downloaded claims were cleared before they could be stored');
    if (this.written) await dropStaged(this.db, this.listId);
  }

  /** The claims of a bucket's `parts`, the last copy of each and none in `deleted`; counts them in `read`. */
  private lastCopies(
    parts: readonly { json: Uint8Array; at: number[] }[],
    deleted: ReadonlySet<string>,
    read: { claims: number },
  ): Claim[] {
    const claims: Claim[] = [];
    for (const part of parts) {
      const given = parseClaims(part.json);
      read.claims += given.length;
      given.forEach((c, k) => {
        if (this.isLast(c.id, part.at[k]!) && !deleted.has(c.id)) claims.push(c);
      });
    }
    return claims;
  }
}
