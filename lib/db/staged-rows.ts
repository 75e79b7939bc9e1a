/**
 * The rows a large list download waits in (see lib/db/list-staging.ts): one bucket's claims of
 * one batch, as UTF-8 JSON bytes off the JavaScript heap, with what the commit needs to read
 * them one claim at a time, grouped by event, without parsing the bucket whole.
 *
 * @module
 */
import type { Claim } from '../claims/claim';
import { JsonArrayBytes } from './json-bytes';
import { fnv1a } from './list-directory';
import { releaseBytes } from './release-bytes';

const decoder = new TextDecoder();

/** Claims of one download, one batch and one bucket of events. */
export interface StagedRow {
  listId: string;
  bucket: number;
  /** The order rows were written in, within the download. */
  seq: number;
  /**
   * The claims as one JSON array in UTF-8: each one as it was checked when it arrived (the
   * schema's output, so without the fields the format does not have), serialised again, or the
   * text it arrived as when that already was exactly the schema's output. Bytes
   * rather than a string, so what waits to be written is off the JavaScript heap (see
   * lib/db/json-bytes.ts).
   */
  json: Uint8Array;
  /** Each claim's position in the answer, so the last copy of a claim given twice wins. */
  at: number[];
  /**
   * Where each claim's JSON ends in the row's text (`json` decoded), in UTF-16 code units (it
   * starts after the bracket or comma before it): a row is decoded in one call and each claim
   * parsed from a slice of it (see {@link eachInEventOrder}).
   */
  charEnds: number[];
  /**
   * A hash (30 bits, FNV-1a) of each claim's event, its group prefix: small numbers, not strings,
   * so what waits holds nothing for the collector to trace (strings of a batch, kept until it is
   * written, were much of what survived each young collection of a download). The commit takes a
   * bucket by hash, so each event's claims come together (with any event sharing its hash).
   */
  eventHashes: number[];
}

/**
 * A block of a full sync's directory entries, spilled while the commit places the claims (see
 * lib/db/list-directory.ts) and read back once they all are: range `r`'s blocks are in bucket
 * {@link directoryBucket}(r), below the claims' buckets.
 */
export interface StagedDirectoryRow {
  listId: string;
  bucket: number;
  seq: number;
  /** Entries in the directory builder's format. */
  entries: Uint8Array;
}

/** The staging bucket of directory range `range`'s blocks: negative, apart from the claims'. */
export function directoryBucket(range: number): number {
  return -1 - range;
}

/** Whether `row` is a claims row, not a directory block. */
export function isClaimsRow(row: StagedRow | StagedDirectoryRow): row is StagedRow {
  return !('entries' in row);
}

/** The most claims a staged row may hold. */
export const ROW_CLAIMS = 1 << 16;

/** A bucket's claims not yet written, appended one at a time. */
export class PendingBucket {
  private json = new JsonArrayBytes();
  private at: number[] = [];
  private charEnds: number[] = [];
  private eventHashes: number[] = [];
  /** The length of the row's text so far, its opening bracket included. */
  private chars = 1;

  /** How many claims wait. */
  get count(): number {
    return this.at.length;
  }

  /**
   * Appends claim `c`, checked, at `position` in the answer, whose event's hash is `eventHash`;
   * `json` is its JSON text when the caller has it (it must parse to exactly `c`).
   */
  add(c: Claim, position: number, eventHash: number, json = JSON.stringify(c)): void {
    this.json.append(json);
    // The comma before it, when it is not the first.
    this.chars += (this.at.length ? 1 : 0) + json.length;
    this.at.push(position);
    this.charEnds.push(this.chars);
    this.eventHashes.push(eventHash);
  }

  /** The waiting claims as a row, and empties the bucket. */
  take(listId: string, bucket: number, seq: number): StagedRow {
    const row = { listId, bucket, seq, json: this.json.take(), at: this.at };
    const { charEnds, eventHashes } = this;
    this.at = [];
    this.charEnds = [];
    this.eventHashes = [];
    this.chars = 1;
    return { ...row, charEnds, eventHashes };
  }
}

/** The 30-bit hash of an event (a group prefix) that staged rows keep. */
export function eventHash(prefix: string): number {
  return fnv1a(prefix) & 0x3fffffff;
}

/**
 * Calls `each` with the claims of a bucket's `rows` (each row's in order, the rows in the order
 * given), sorted by event hash and, within one, by position in the answer: the order in which a
 * list's groups are filled, so each event's claims come together (with those of an event sharing
 * its hash) and one event's are all a reader holds. `json` is the claim's JSON text.
 *
 * Each row is decoded once, when its first claim is given, and let go after its last, its bytes
 * released (`row.json` is empty after the call, for every row that held a claim): a
 * `TextDecoder` string is Blink's, kept off V8's heap with a handle in Blink's string cache until
 * a collection finds it dead (see lib/db/utf8.ts), so one a claim (150,000 of them in a commit)
 * added up to more memory than the claims' text; one a row is some 16 claims' worth.
 *
 * @throws Error when a row is not of this format (left by an older version of the extension).
 */
export function eachInEventOrder(
  rows: readonly StagedRow[],
  each: (eventHash: number, at: number, json: string) => void,
): void {
  // Claim k of row r as the number r * ROW_CLAIMS + k, so sorting makes no object per claim.
  const refs: number[] = [];
  const left = new Uint32Array(rows.length);
  rows.forEach((row, r) => {
    const { at, charEnds, eventHashes } = row;
    if (!Array.isArray(charEnds) || !Array.isArray(eventHashes) || charEnds.length !== at.length)
      throw new Error('a staged row is not in the current format');
    if (at.length > ROW_CLAIMS) throw new Error('a staged row holds too many claims');
    for (let k = 0; k < at.length; k++) refs.push(r * ROW_CLAIMS + k);
    left[r] = at.length;
  });
  const rowOf = (ref: number) => rows[Math.floor(ref / ROW_CLAIMS)]!;
  refs.sort((a, b) => {
    const ra = rowOf(a);
    const rb = rowOf(b);
    const ka = a % ROW_CLAIMS;
    const kb = b % ROW_CLAIMS;
    return ra.eventHashes[ka]! - rb.eventHashes[kb]! || ra.at[ka]! - rb.at[kb]!;
  });
  const texts: (string | undefined)[] = [];
  for (const ref of refs) {
    const r = Math.floor(ref / ROW_CLAIMS);
    const row = rows[r]!;
    const k = ref % ROW_CLAIMS;
    const text = (texts[r] ??= decoder.decode(row.json));
    if (--left[r]! === 0) {
      texts[r] = undefined;
      // Its text was decoded: the row's bytes are of no more use (see lib/db/release-bytes.ts).
      releaseBytes(row.json);
    }
    // After the array's bracket, or after the comma that ends the claim before.
    const start = k === 0 ? 1 : row.charEnds[k - 1]! + 1;
    each(row.eventHashes[k]!, row.at[k]!, text.slice(start, row.charEnds[k]));
  }
}
