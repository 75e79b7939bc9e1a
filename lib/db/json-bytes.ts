/**
 * A JSON array built from its elements' texts as UTF-8 bytes, off the JavaScript heap. A list
 * download's claims wait in these between arriving and being staged: held as strings, each batch
 * of texts (and the larger decoded pieces of the answer they are cut from) outlived a garbage
 * collection or two and was moved into the old generation, which made V8 grow its young one to
 * the maximum and the extension process's peak memory grow with the list. Bytes in an
 * ArrayBuffer are not the collector's to move.
 *
 * @module
 */

const OPEN = 0x5b; // [
const COMMA = 0x2c;
const CLOSE = 0x5d; // ]

const encoder = new TextEncoder();

/** Elements' JSON texts appended one at a time, then taken as the bytes of one JSON array. */
export class JsonArrayBytes {
  private bytes: Uint8Array;
  private length = 1;
  private elements = 0;

  constructor(initialBytes = 4096) {
    this.bytes = new Uint8Array(Math.max(16, initialBytes));
    this.bytes[0] = OPEN;
  }

  /** How many elements were appended since the last {@link take}. */
  get count(): number {
    return this.elements;
  }

  /** How many bytes the array holds so far, its opening bracket included. */
  get byteLength(): number {
    return this.length;
  }

  /** Appends one element, given as valid JSON text. */
  append(json: string): void {
    // A UTF-16 code unit takes at most 3 bytes of UTF-8; one more for the comma, one for `]`.
    this.reserve(json.length * 3 + 2);
    if (this.elements++) this.bytes[this.length++] = COMMA;
    this.length += encoder.encodeInto(json, this.bytes.subarray(this.length)).written;
  }

  /** The array so far as UTF-8 bytes of JSON (a copy, exactly as long), and empties it. */
  take(): Uint8Array {
    this.bytes[this.length] = CLOSE;
    const out = this.bytes.slice(0, this.length + 1);
    this.length = 1;
    this.elements = 0;
    return out;
  }

  private reserve(more: number): void {
    const need = this.length + more;
    if (need <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(need, this.bytes.length * 2));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }
}
