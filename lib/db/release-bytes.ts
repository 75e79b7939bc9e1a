/**
 * Giving the memory under bytes back as soon as nothing will read them, rather than at the
 * collection that finds them dead.
 *
 * A large list's sync keeps its claims as bytes, off the JavaScript heap (see json-bytes.ts and
 * staged-rows.ts). Bytes read back from the staging table live through a whole bucket of the
 * commit, long enough for their small ArrayBuffer objects to be moved to V8's old generation;
 * the bytes themselves, outside the heap, were then freed only at the next full collection,
 * several buckets later. Released once read, they are freed at once.
 *
 * @module
 */

/** `ArrayBuffer.prototype.transfer`, where the engine has it (Chrome 114, Firefox 122, Node 21). */
type WithTransfer = ArrayBuffer & { transfer?: (length: number) => ArrayBuffer };

/**
 * Lets go of the memory under `bytes` now: `bytes`, and any other view of its buffer, is empty
 * afterwards. Only for bytes nothing will read again, such as a row just copied into IndexedDB
 * (an `add` copies its value before it returns) or one whose every claim was read. A view into
 * part of a larger buffer is left as it is: the rest of that buffer is not the caller's.
 */
export function releaseBytes(bytes: Uint8Array): void {
  const buffer = bytes.buffer;
  if (!(buffer instanceof ArrayBuffer)) return;
  if (bytes.byteOffset !== 0 || bytes.byteLength !== buffer.byteLength) return;
  const transfer = (buffer as WithTransfer).transfer;
  if (typeof transfer === 'function') {
    // The old buffer is detached and its memory freed; the new one is empty.
    transfer.call(buffer, 0);
  } else {
    // Detached just the same; its memory goes with the young clone, at the next young collection.
    structuredClone(buffer, { transfer: [buffer] });
  }
}
