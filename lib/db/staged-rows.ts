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
  /** Where each claim's JSON ends in `json` (it starts after the bracket or comma before it). */
  ends: number[];
  /**
   * A hash (30 bits, FNV-1a) of each claim's event, its group prefix: small numbers, not strings,
   * so what waits holds nothing for the collector to trace (strings of a batch, kept until it is
   * written, were much of what survived each young collection of a download). The commit takes a
   * bucket by hash, so each event's claims come together (with any event sharing its hash).
   */
  eventHashes: number[];
}

/** The most claims a staged row may hold. */
export const ROW_CLAIMS = 1 << 16;

/** A bucket's claims not yet written, appended one at a time. */
export class PendingBucket {
  private json = new JsonArrayBytes();
  private at: number[] = [];
  private ends: number[] = [];
  private eventHashes: number[] = [];

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
    this.at.push(position);
    this.ends.push(this.json.byteLength);
    this.eventHashes.push(eventHash);
  }

  /** The waiting claims as a row, and empties the bucket. */
  take(listId: string, bucket: number, seq: number): StagedRow {
    const row = { listId, bucket, seq, json: this.json.take(), at: this.at, ends: this.ends };
    const eventHashes = this.eventHashes;
    this.at = [];
    this.ends = [];
    this.eventHashes = [];
    return { ...row, eventHashes };
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
 * its hash) and one event's are all a reader holds. `json` is a view of the row's bytes, valid
 * during the call.
 *
 * @throws Error when a row is not of this format (left by an older version of the extension).
 */
export function eachInEventOrder(
  rows: readonly StagedRow[],
  each: (eventHash: number, at: number, json: Uint8Array) => void,
): void {
  // Claim k of row r as the number r * ROW_CLAIMS + k, so sorting makes no object per claim.
  const refs: number[] = [];
  rows.forEach((row, r) => {
    const { at, ends, eventHashes } = row;
    if (!Array.isArray(ends) || !Array.isArray(eventHashes) || ends.length !== at.length)
      throw new Error('a staged row is not in the current format');
    if (at.length > ROW_CLAIMS) throw new Error('a staged row holds too many claims');
    for (let k = 0; k < at.length; k++) refs.push(r * ROW_CLAIMS + k);
  });
  const rowOf = (ref: number) => rows[Math.floor(ref / ROW_CLAIMS)]!;
  refs.sort((a, b) => {
    const ra = rowOf(a);
    const rb = rowOf(b);
    const ka = a % ROW_CLAIMS;
    const kb = b % ROW_CLAIMS;
    return ra.eventHashes[ka]! - rb.eventHashes[kb]! || ra.at[ka]! - rb.at[kb]!;
  });
  for (const ref of refs) {
    const row = rowOf(ref);
    const k = ref % ROW_CLAIMS;
    // After the array's bracket, or after the comma that ends the claim before.
    const start = k === 0 ? 1 : row.ends[k - 1]! + 1;
    each(row.eventHashes[k]!, row.at[k]!, row.json.subarray(start, row.ends[k]));
  }
}
