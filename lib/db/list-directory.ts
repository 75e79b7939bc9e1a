/**
 * The directory of a list's copy: which group record holds each claim, sharded by claim id so a
 * sync of a few changes reads and writes a few shards (see lib/db/list-groups.ts).
 *
 * @module
 */
import { JsonArrayBytes } from './json-bytes';

/** How many directory records a list's claim ids are spread over. */
export const DIRECTORY_SHARDS = 2048;

/** Which group holds each of a list's claims, for the claim ids of one shard. */
export interface DirectoryShard {
  listId: string;
  shard: number;
  /** Claim id → group key. */
  at: Map<string, string>;
}

/** FNV-1a of a string's code units: the same in every browser. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The directory shard of a claim id. */
export function shardOf(claimId: string): number {
  return fnv1a(claimId) % DIRECTORY_SHARDS;
}

/** Shards per range the builder keeps apart, so each range is made into shards on its own. */
const SHARDS_PER_RANGE = 32;

const decoder = new TextDecoder();

/**
 * A list's whole directory, built while its claims are placed and written once they all are.
 * Every claim has an entry, so the directory is the one part of a full sync that grows with the
 * list until the end: its entries wait here as UTF-8 JSON, off the JavaScript heap, by range of
 * shards (held as a map of 100,000 ids, they were moved to the old generation a batch at a time
 * and kept V8's young generation at its largest). {@link ranges} then makes one range at a time
 * into shard records.
 */
export class DirectoryBuilder {
  private readonly pending = new Map<number, JsonArrayBytes>();

  constructor(private readonly listId: string) {}

  /** Records that the group keyed `key` holds claim `claimId` (a later entry for it wins). */
  add(claimId: string, key: string): void {
    const range = Math.floor(shardOf(claimId) / SHARDS_PER_RANGE);
    let bytes = this.pending.get(range);
    if (!bytes) this.pending.set(range, (bytes = new JsonArrayBytes(1024)));
    bytes.append(JSON.stringify([claimId, key]));
  }

  /**
   * The directory's shard records, a range of shards at a time, in shard order; each range is
   * let go once it is given, and the builder is empty after.
   */
  *ranges(): Generator<DirectoryShard[]> {
    const ranges = [...this.pending.keys()].sort((a, b) => a - b);
    for (const range of ranges) {
      const bytes = this.pending.get(range)!;
      this.pending.delete(range);
      const entries = JSON.parse(decoder.decode(bytes.take())) as [string, string][];
      const shards = new Map<number, DirectoryShard>();
      for (const [id, key] of entries) {
        const shard = shardOf(id);
        let entry = shards.get(shard);
        if (!entry) shards.set(shard, (entry = { listId: this.listId, shard, at: new Map() }));
        entry.at.set(id, key);
      }
      yield [...shards.values()].sort((a, b) => a.shard - b.shard);
    }
  }
}
