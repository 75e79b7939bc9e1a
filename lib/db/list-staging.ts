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
  claims: Claim[];
  /** Each claim's position in the answer, so the last copy of a claim given twice wins. */
  at: number[];
}

/**
 * Buckets a staged answer is spread over. The sync's transaction holds one bucket's claims at a
 * time: 1,500 of a 100,000-claim list.
 */
export const STAGING_BUCKETS = 64;

/** An answer of up to this many claims is held in memory instead of staged. */
export const HELD_MAX = 1000;

function bucketOf(c: Claim): number {
  return fnv1a(groupPrefix(c)) % STAGING_BUCKETS;
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
 * fit in {@link HELD_MAX}, staged beyond that. Then {@link replace} (a whole list) or
 * {@link update} (a `since` answer) applies them inside the sync's transaction, and
 * {@link discard} drops what was staged when they are not applied. Only one download of a list
 * may stage at a time (the sync runner never overlaps syncs).
 */
export class StagedClaims {
  private held: Claim[] = [];
  private staged = false;
  /** How many claims were staged; each one's position in the answer is its number. */
  private given = 0;
  private seq = 0;
  /** Each staged claim id's last position in the answer. */
  private readonly last = new Map<string, number>();

  constructor(
    private readonly db: ClaimsDatabase,
    readonly listId: string,
    private readonly heldMax = HELD_MAX,
  ) {}

  /** How many claims the answer gave (a claim given twice counts twice). */
  get count(): number {
    return this.given + this.held.length;
  }

  /** Adds the answer's next claims; beyond {@link HELD_MAX} they are written to the staging table. */
  async add(claims: readonly Claim[]): Promise<void> {
    if (!this.staged && this.held.length + claims.length <= this.heldMax) {
      this.held.push(...claims);
      return;
    }
    const first = !this.staged;
    const rows = this.rowsOf([...this.held, ...claims]);
    this.held = [];
    this.staged = true;
    await this.db.transaction('rw', this.db.listStaging, async () => {
      // What an earlier download of this list left when its worker was stopped.
      if (first) await dropStaged(this.db, this.listId);
      await this.db.listStaging.bulkAdd(rows);
    });
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
    await this.eachBucket(deleted, async (claims) => {
      const groups: ListGroup[] = [];
      for (const c of claims) {
        const full = builder.add(c);
        if (full) groups.push(full);
      }
      groups.push(...builder.flush());
      await this.db.listGroups.bulkAdd(groups);
    });
    await this.db.listDirectory.bulkAdd([...builder.directory.values()]);
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
    await this.eachBucket(deleted, async (claims) => {
      const counts = await updateListGroups(this.db, this.listId, claims, []);
      added += counts.added;
      removed += counts.removed;
    });
    const gone = await updateListGroups(this.db, this.listId, [], [...deleted]);
    const given = [...this.last.keys()].filter((id) => !deleted.has(id));
    return { added, removed: removed + gone.removed, given };
  }

  /** Drops what was staged, in a transaction of its own; nothing when nothing was. */
  async discard(): Promise<void> {
    if (!this.staged) return;
    this.staged = false;
    await this.db.transaction('rw', this.db.listStaging, () => dropStaged(this.db, this.listId));
  }

  /** The staging rows of `claims`, the answer's next ones: a row per bucket they fall in. */
  private rowsOf(claims: readonly Claim[]): StagedRow[] {
    const rows = new Map<number, StagedRow>();
    for (const c of claims) {
      const bucket = bucketOf(c);
      let row = rows.get(bucket);
      if (!row) {
        row = { listId: this.listId, bucket, seq: this.seq++, claims: [], at: [] };
        rows.set(bucket, row);
      }
      row.claims.push(c);
      row.at.push(this.given);
      this.last.set(c.id, this.given++);
    }
    return [...rows.values()];
  }

  /**
   * Calls `apply` with each bucket's claims in the answer's order (the last copy of each, none
   * in `deleted`), then drops the staged rows; a bucket's claims are let go before the next
   * bucket is read.
   */
  private async eachBucket(
    deleted: ReadonlySet<string>,
    apply: (claims: Claim[]) => Promise<void>,
  ): Promise<void> {
    let read = 0;
    for (let bucket = 0; bucket < STAGING_BUCKETS; bucket++) {
      const rows = await this.db.listStaging
        .where('[listId+bucket+seq]')
        .between([this.listId, bucket, -Infinity], [this.listId, bucket, Infinity], true, true)
        .toArray();
      const claims: Claim[] = [];
      for (const row of rows) {
        read += row.claims.length;
        row.claims.forEach((c, k) => {
          if (this.last.get(c.id) === row.at[k] && !deleted.has(c.id)) claims.push(c);
        });
      }
      await apply(claims);
    }
    if (read !== this.given)
      throw new Error('the downloaded claims were cleared before they could be stored');
    await dropStaged(this.db, this.listId);
  }
}
