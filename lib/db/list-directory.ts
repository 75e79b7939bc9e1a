/**
 * The directory of a list's copy: which group record holds each claim, sharded by claim id so a
 * sync of a few changes reads and writes a few shards (see lib/db/list-groups.ts).
 *
 * @module
 */
import { utf8Text } from './utf8';

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

/** Bytes per block of a range's entries: they grow a block at a time, never copied. */
export const DIRECTORY_BLOCK = 16384;

/** Where a directory builder spills its full blocks (see {@link DirectoryBuilder}). */
export interface DirectorySpill {
  /** Called with range `range`'s next block of entries, a copy the builder does not keep. */
  to: (range: number, entries: Uint8Array) => void;
  /** Bytes per block (by default {@link DIRECTORY_BLOCK}); an entry too long gets a block of its own. */
  blockBytes?: number;
}

const encoder = new TextEncoder();

/**
 * Calls `entry` with each of a block's entries, in order: each a claim id's length (2 bytes,
 * little-endian), its UTF-8 and its group's number (4).
 */
function eachEntry(block: Uint8Array, entry: (claimId: string, group: number) => void): void {
  const view = new DataView(block.buffer, block.byteOffset, block.byteLength);
  for (let at = 0; at < block.length;) {
    const length = view.getUint16(at, true);
    // Not TextDecoder: see lib/db/utf8.ts.
    const claimId = utf8Text(block.subarray(at + 2, at + 2 + length));
    entry(claimId, view.getUint32(at + 2 + length, true));
    at += 2 + length + 4;
  }
}

/** One range's entries: each a claim id's length (2 bytes), its UTF-8 and its group's number (4). */
class EntryBlocks {
  private readonly blocks: Uint8Array[] = [];
  /** How far each block is filled. */
  private readonly filled: number[] = [];
  private view: DataView | null = null;
  /** How far the last block is filled. */
  private used = 0;

  /**
   * @param spill - When given, called with a full block's entries (a copy), and the block is
   *   filled again: what the range keeps stays one block.
   */
  constructor(
    private readonly spill?: (entries: Uint8Array) => void,
    private readonly blockBytes = DIRECTORY_BLOCK,
  ) {}

  /** @throws RangeError for an id too long for its 2-byte length (claim ids are under 70). */
  add(claimId: string, group: number): void {
    if (claimId.length > 0x3fff) throw new RangeError('a claim id too long for the directory');
    // A UTF-16 code unit takes at most 3 bytes of UTF-8.
    const most = 2 + claimId.length * 3 + 4;
    const last = this.blocks[this.blocks.length - 1];
    if (!last || this.used + most > last.length) {
      if (this.spill) this.spillLast(this.spill, most);
      else this.open(most);
    }
    const block = this.blocks[this.blocks.length - 1]!;
    const view = this.view!;
    const { written } = encoder.encodeInto(claimId, block.subarray(this.used + 2));
    view.setUint16(this.used, written, true);
    view.setUint32(this.used + 2 + written, group, true);
    this.used += 2 + written + 4;
    this.filled[this.filled.length - 1] = this.used;
  }

  /** Calls `entry` with each entry, in the order added. */
  each(entry: (claimId: string, group: number) => void): void {
    this.blocks.forEach((block, b) => eachEntry(block.subarray(0, this.filled[b]), entry));
  }

  /**
   * Hands the last block's entries to `spill` as a copy and empties it, to be filled again; a
   * block too small for `most` bytes is replaced.
   */
  private spillLast(spill: (entries: Uint8Array) => void, most: number): void {
    const last = this.blocks[this.blocks.length - 1];
    if (last && this.used) spill(last.slice(0, this.used));
    if (!last || most + 2 > last.length) {
      this.blocks.length = 0;
      this.filled.length = 0;
      this.open(most);
      return;
    }
    this.used = 0;
    this.filled[this.filled.length - 1] = 0;
  }

  private open(most: number): void {
    const block = new Uint8Array(Math.max(this.blockBytes, most + 2));
    this.blocks.push(block);
    this.filled.push(0);
    this.view = new DataView(block.buffer);
    this.used = 0;
  }
}

/**
 * Strings appended one at a time as UTF-8 bytes, read back by number: the directory's group keys,
 * off the JavaScript heap. Kept as strings (one a group, until the directory is written), they
 * were much of what outlived each young collection of a commit.
 */
class StringBytes {
  private bytes = new Uint8Array(DIRECTORY_BLOCK);
  private ends = new Uint32Array(1024);
  private used = 0;
  private count = 0;

  /** Appends `s`; returns its number. */
  push(s: string): number {
    const most = s.length * 3;
    if (this.used + most > this.bytes.length) {
      const grown = new Uint8Array(Math.max(this.used + most, this.bytes.length * 2));
      grown.set(this.bytes.subarray(0, this.used));
      this.bytes = grown;
    }
    if (this.count === this.ends.length) {
      const grown = new Uint32Array(this.ends.length * 2);
      grown.set(this.ends);
      this.ends = grown;
    }
    this.used += encoder.encodeInto(s, this.bytes.subarray(this.used)).written;
    this.ends[this.count] = this.used;
    return this.count++;
  }

  /** String number `n`. */
  get(n: number): string {
    return utf8Text(this.bytes.subarray(n ? this.ends[n - 1] : 0, this.ends[n]));
  }
}

/**
 * A list's whole directory, built while its claims are placed and written once they all are.
 * Every claim has an entry, so the directory is the one part of a full sync that grows with the
 * list until the end: its entries wait here as bytes, off the JavaScript heap, by range of
 * shards (held as a map of 100,000 ids, they were moved to the old generation a batch at a time
 * and kept V8's young generation at its largest), each a claim id and the number of its group's
 * key (some 40 bytes for a claim, where the key's JSON text took twice that), in blocks that are
 * never copied to grow. A full sync's commit goes further and spills each full block (see
 * lib/db/list-staging.ts), so what waits here stays the same size however long the list.
 * {@link shardsOfRange} (or {@link ranges}) then makes one range at a time into shard records.
 */
export class DirectoryBuilder {
  private readonly pending = new Map<number, EntryBlocks>();
  /** The group keys given, by number; a key given again in a row keeps its number. */
  private keys = new StringBytes();
  private lastKey: string | null = null;
  private lastNumber = -1;
  /** The keys read so far, by number, while the directory is made into shards. */
  private keyStrings: string[] = [];

  /**
   * @param spill - When given, each range's entries are spilled a block at a time as they fill,
   *   so the builder holds one block per range; each block must be given back to
   *   {@link shardsOfRange}, in the order spilled. Without it, every entry waits here until the
   *   directory is made.
   */
  constructor(
    private readonly listId: string,
    private readonly spill?: DirectorySpill,
  ) {}

  /** Records that the group keyed `key` holds claim `claimId` (a later entry for it wins). */
  add(claimId: string, key: string): void {
    if (key !== this.lastKey) {
      this.lastNumber = this.keys.push(key);
      this.lastKey = key;
    }
    const range = Math.floor(shardOf(claimId) / SHARDS_PER_RANGE);
    let entries = this.pending.get(range);
    if (!entries) {
      const spill = this.spill;
      entries = spill
        ? new EntryBlocks((block) => spill.to(range, block), spill.blockBytes)
        : new EntryBlocks();
      this.pending.set(range, entries);
    }
    entries.add(claimId, this.lastNumber);
  }

  /** The ranges that have entries, in order: each to be made with {@link shardsOfRange}. */
  rangeNumbers(): number[] {
    return [...this.pending.keys()].sort((a, b) => a - b);
  }

  /**
   * The shard records of range `range`, in shard order, from the blocks it spilled (`spilled`,
   * in the order they were) and the entries it holds; the range is let go, and once every
   * range is made the builder is empty.
   */
  shardsOfRange(range: number, spilled: readonly Uint8Array[] = []): DirectoryShard[] {
    const entries = this.pending.get(range);
    this.pending.delete(range);
    const shards = new Map<number, DirectoryShard>();
    const keys = this.keys;
    // Each key read once: a group's claims are spread over the ranges, so nearly every entry of
    // a range has a group of its own, and reading its key each time made a string per claim.
    // Read once, the keys (one a group, a sixteenth of the ids at most) are kept until the end.
    const keyStrings = this.keyStrings;
    const place = (id: string, group: number) => {
      const shard = shardOf(id);
      let entry = shards.get(shard);
      if (!entry) shards.set(shard, (entry = { listId: this.listId, shard, at: new Map() }));
      entry.at.set(id, (keyStrings[group] ??= keys.get(group)));
    };
    for (const block of spilled) eachEntry(block, place);
    entries?.each(place);
    if (this.pending.size === 0) {
      this.keys = new StringBytes();
      this.keyStrings = [];
      this.lastKey = null;
    }
    return [...shards.values()].sort((a, b) => a.shard - b.shard);
  }

  /**
   * The directory's shard records, a range of shards at a time, in shard order, for a builder
   * that spills nothing; each range is let go once it is given, and the builder is empty after.
   */
  *ranges(): Generator<DirectoryShard[]> {
    for (const range of this.rangeNumbers()) yield this.shardsOfRange(range);
  }
}
