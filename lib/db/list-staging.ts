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
import { ClaimSchema, type Claim } from '../claims/claim';
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
  /**
   * The claims as one JSON array of their texts as the answer gave them, checked already. The
   * answer's own text, not objects and not a copy made with `JSON.stringify`: the text is at
   * hand already, one string is copied into IndexedDB and back whole, and the parsed claims can
   * be let go as soon as they are read. (Serialising each claim again raised a 100,000-claim
   * sync's peak memory by some 90 MB.)
   */
  text: string;
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

/** The claims of a staged row's text. */
function parseClaims(text: string): Claim[] {
  const json = JSON.parse(text) as unknown[];
  return json.map(claimOf);
}

function bucketOf(c: Claim): number {
  return fnv1a(groupPrefix(c)) % STAGING_BUCKETS;
}

/** Claims of one bucket not yet written. */
interface Pending {
  texts: string[];
  at: number[];
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
      if (!row) this.pending.set(bucket, (row = { texts: [], at: [] }));
      row.texts.push(texts[i]!);
      row.at.push(this.given);
      const hash = fnv1a(c.id) & 0x3fffffff;
      if (this.hashes.has(hash)) this.repeated.set(c.id, this.given);
      else this.hashes.add(hash);
      this.given++;
      this.pendingCount++;
    }
  }

  /** Writes the pending rows in one transaction. */
  private async write(): Promise<void> {
    const rows = [...this.pending].map(([bucket, p]): StagedRow => ({
      listId: this.listId,
      bucket,
      seq: this.seq++,
      text: `[${p.texts.join(',')}]`,
      at: p.at,
    }));
    this.pending.clear();
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
    let read = 0;
    for (let bucket = 0; bucket < STAGING_BUCKETS; bucket++) {
      const rows: { claims: Claim[]; at: number[] }[] = (
        await this.db.listStaging
          .where('[listId+bucket+seq]')
          .between([this.listId, bucket, -Infinity], [this.listId, bucket, Infinity], true, true)
          .toArray()
      ).map((row) => ({ claims: parseClaims(row.text), at: row.at }));
      const pending = this.pending.get(bucket);
      if (pending)
        rows.push({ claims: pending.texts.map((t) => claimOf(JSON.parse(t))), at: pending.at });
      const claims: Claim[] = [];
      for (const row of rows) {
        read += row.claims.length;
        row.claims.forEach((c, k) => {
          if (this.isLast(c.id, row.at[k]!) && !deleted.has(c.id)) claims.push(c);
        });
      }
      await apply(claims);
    }
    if (read !== this.given)
      throw new Error('the downloaded claims were cleared before they could be stored');
    if (this.written) await dropStaged(this.db, this.listId);
  }
}
