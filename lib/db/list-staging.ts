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
import type { Claim } from '../claims/claim';
import type { ClaimsDatabase } from './database';
import {
  fnv1a,
  groupPrefix,
  dropListGroups,
  replaceListGroups,
  updateListGroups,
} from './list-groups';
import { EventGroupWriter } from './event-groups';
import { DIRECTORY_BLOCK } from './list-directory';
import { Uint30Set } from './hash-set';
import {
  directoryBucket,
  eachInEventOrder,
  eventHash,
  isClaimsRow,
  PendingBucket,
  type StagedRow,
} from './staged-rows';
import { releaseBytes } from './release-bytes';
import { UnheldWriter } from './unheld-writes';

export type { StagedDirectoryRow, StagedRow } from './staged-rows';

/**
 * Buckets a staged answer is spread over. The sync's transaction reads one bucket's claims at a
 * time: 1,500 of a 100,000-claim list.
 */
export const STAGING_BUCKETS = 64;

/** An answer of up to this many claims is held in memory; a larger one is staged this many at a time. */
export const STAGE_BATCH = 1000;

/**
 * A staged claim from its JSON text. Not checked again: only this module writes the staging
 * table, and only claims the schema's check gave back (its output, serialised), so parsing them
 * with the schema again would only cost memory (it made most of a commit's garbage).
 */
function parseStaged(json: string): Claim {
  return JSON.parse(json) as Claim;
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
 * fit in one batch ({@link STAGE_BATCH}), staged as JSON bytes a batch at a time beyond that.
 * Then {@link replace} (a whole list) or {@link update} (a `since` answer) applies them inside
 * the sync's transaction, and {@link discard} drops what was staged when they are not applied.
 * Only one download of a list may stage at a time (the sync runner never overlaps syncs).
 */
export class StagedClaims {
  private held: Claim[] = [];
  private staged = false;
  /** Whether rows were written (the first write clears what a stopped download left). */
  private written = false;
  private readonly pending = new Map<number, PendingBucket>();
  private pendingCount = 0;
  /** How many claims were staged; each one's position in the answer is its number. */
  private given = 0;
  private seq = 0;
  /**
   * Hashes (30 bits, FNV-1a) of the staged claim ids: a set of small numbers, not a map of every
   * id, so what a download keeps besides its current batch grows by 8 bytes a claim at most,
   * off the JavaScript heap.
   */
  private readonly hashes = new Uint30Set();
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
   * Adds the answer's next claims, valid (as the schema gave them back), with `json`, when given,
   * the JSON text of each (which must parse to exactly it). Beyond one batch they are kept only
   * as JSON bytes, written to the staging table each time a batch is complete.
   */
  async add(claims: readonly Claim[], json?: readonly string[]): Promise<void> {
    if (!this.staged) {
      if (this.held.length + claims.length <= this.batch) {
        this.held.push(...claims);
        return;
      }
      this.staged = true;
      this.pend(this.held);
      this.held = [];
    }
    this.pend(claims, json);
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
    const groups = new UnheldWriter(this.db, this.db.listGroups);
    // The directory waits in the staging table, a block at a time, rather than in memory: held
    // whole, it was the one part of the commit that grew with the list (some 40 bytes a claim).
    const spilled = new UnheldWriter(this.db, this.db.listStaging);
    const builder = new EventGroupWriter(this.listId, (g) => groups.add(g), {
      to: (range, entries) => {
        spilled.add({
          listId: this.listId,
          bucket: directoryBucket(range),
          seq: this.seq++,
          entries,
        });
        // Copied by the add: released, not left for a full collection (lib/db/release-bytes.ts).
        releaseBytes(entries);
      },
      // A small batch (the tests') spills small blocks too, so a few claims take that path.
      blockBytes: Math.min(DIRECTORY_BLOCK, Math.max(64, this.batch * 16)),
    });
    // One claim at a time, event by event: a group is written as soon as it is complete, so
    // what is held is one event's claims, not a bucket's (held whole, a bucket's 1,500 claims
    // outlived young collections and grew V8's young generation to its largest).
    const place = (rows: StagedRow[]): number => {
      let read = 0;
      let run = -1;
      eachInEventOrder(rows, (hash, at, json) => {
        read++;
        if (hash !== run) builder.endRun();
        run = hash;
        const c = parseStaged(json);
        if (this.isLast(c.id, at) && !deleted.has(c.id)) builder.add(c);
      });
      builder.endRun();
      return read;
    };
    // Placing is synchronous, and nothing of a bucket is kept across the wait for its writes.
    await this.eachBucket(place, () => groups.written().then(() => spilled.written()));
    const directory = new UnheldWriter(this.db, this.db.listDirectory);
    for (const range of builder.directory.rangeNumbers()) {
      const blocks = await this.directoryBlocks(range);
      for (const shard of builder.directory.shardsOfRange(range, blocks)) directory.add(shard);
      for (const block of blocks) releaseBytes(block);
      await directory.written();
    }
    await dropStaged(this.db, this.listId);
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
    await this.eachBucket(async (rows) => {
      let read = 0;
      const claims: Claim[] = [];
      eachInEventOrder(rows, (_, at, json) => {
        read++;
        const c = parseStaged(json);
        if (this.isLast(c.id, at) && !deleted.has(c.id)) claims.push(c);
      });
      for (const c of claims) given.push(c.id);
      const counts = await updateListGroups(this.db, this.listId, claims, []);
      added += counts.added;
      removed += counts.removed;
      return read;
    });
    if (this.written) await dropStaged(this.db, this.listId);
    const gone = await updateListGroups(this.db, this.listId, [], [...deleted]);
    return { added, removed: removed + gone.removed, given };
  }

  /** Drops what was staged, in a transaction of its own; nothing when nothing was written. */
  async discard(): Promise<void> {
    if (!this.written) return;
    this.written = false;
    await this.db.transaction('rw', this.db.listStaging, () => dropStaged(this.db, this.listId));
  }

  /** The rows of staging bucket `bucket`, in the order they were written. */
  private rowsOf(bucket: number) {
    return this.db.listStaging
      .where('[listId+bucket+seq]')
      .between([this.listId, bucket, -Infinity], [this.listId, bucket, Infinity], true, true)
      .toArray();
  }

  /** A bucket's rows: those written, in the order they were, then those still pending. */
  private bucketRows(bucket: number): Promise<StagedRow[]> {
    return this.rowsOf(bucket).then((rows) => {
      const claims = rows.filter(isClaimsRow);
      const pending = this.pending.get(bucket);
      if (pending?.count) claims.push(pending.take(this.listId, bucket, this.seq++));
      return claims;
    });
  }

  /** The directory blocks directory range `range` spilled, in the order they were. */
  private directoryBlocks(range: number): Promise<Uint8Array[]> {
    return this.rowsOf(directoryBucket(range)).then((rows) =>
      rows.flatMap((row) => (isClaimsRow(row) ? [] : [row.entries])),
    );
  }

  /** Whether the claim with id `id` at position `at` of the answer is the last copy of it. */
  private isLast(id: string, at: number): boolean {
    const last = this.repeated.get(id);
    return last === undefined || last === at;
  }

  /** Keeps `claims` in their buckets' pending rows, as bytes (of `json`'s texts when given). */
  private pend(claims: readonly Claim[], json?: readonly string[]): void {
    for (const [i, c] of claims.entries()) {
      const hash = eventHash(groupPrefix(c));
      const bucket = hash % STAGING_BUCKETS;
      let row = this.pending.get(bucket);
      if (!row) this.pending.set(bucket, (row = new PendingBucket()));
      row.add(c, this.given, hash, json?.[i]);
      if (!this.hashes.add(fnv1a(c.id) & 0x3fffffff)) this.repeated.set(c.id, this.given);
      this.given++;
      this.pendingCount++;
    }
  }

  /** Writes the pending rows in one transaction; each bucket's buffer is kept for the next. */
  private async write(): Promise<void> {
    this.pendingCount = 0;
    const first = !this.written;
    this.written = true;
    await this.db.transaction('rw', this.db.listStaging, async () => {
      // What an earlier download of this list left when its worker was stopped.
      if (first) await dropStaged(this.db, this.listId);
      const rows = new UnheldWriter(this.db, this.db.listStaging);
      for (const [bucket, p] of this.pending) {
        if (!p.count) continue;
        const row = p.take(this.listId, bucket, this.seq++);
        rows.add(row);
        // Copied by the add: the bytes are freed now, not at the next full collection.
        releaseBytes(row.json);
      }
      await rows.written();
    });
  }

  /**
   * Calls `apply` with each bucket's rows: those written, in the order they were, then those
   * still pending; `apply` says how many claims they held. Waits for `settle` after each bucket.
   * A bucket's rows are let go before the next bucket is read.
   */
  private async eachBucket(
    apply: (rows: StagedRow[]) => number | Promise<number>,
    settle?: () => Promise<void>,
  ): Promise<void> {
    let read = 0;
    for (let bucket = 0; bucket < STAGING_BUCKETS; bucket++) {
      // The rows are passed on, not kept in a variable here: one kept across the waits would
      // hold them while the next collections run, which move them to the old generation.
      const placed = apply(await this.bucketRows(bucket));
      // A count is not awaited: after a native await, fake-indexeddb (the tests') lets the
      // transaction go inactive for raw writes (placing a bucket makes them; updating does not).
      read += typeof placed === 'number' ? placed : await placed;
      if (settle) await settle();
    }
    if (read !== this.given)
      throw new Error('the downloaded claims were cleared before they could be stored');
  }
}
