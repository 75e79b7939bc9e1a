/**
 * Short UTF-8 texts read back as strings made by V8, not by the browser. In Chromium each string
 * a `TextDecoder` returns is made by Blink and handed to V8 as an external string: its characters
 * stay in Blink's memory, with a weak handle in Blink's string cache, until a collection finds the
 * string dead. A commit decoded a directory entry's claim id and group key one at a time, some
 * 300,000 strings for 150,000 claims in a second or two, and the extension process's memory (its
 * global handles and malloc'd memory, not V8's heap) grew by some 20 MB while it did (memory-infra
 * dumps), which set its peak. Made from the bytes in JavaScript, the strings are ordinary V8
 * strings that a young collection frees at once.
 *
 * @module
 */

const decoder = new TextDecoder();

/** Texts up to this many bytes have their char codes put in a list kept for their length. */
const REUSED_LENGTH = 128;

/**
 * A list of char codes for each length up to {@link REUSED_LENGTH}, filled anew for each text:
 * `apply` spreads a plain array as it is, where it would copy a typed array into a new list
 * first (a commit's 300,000 ids and keys made some 100 MB of such copies, each young collection
 * they brought on one more chance for what is alive to outlive it).
 */
const codes: number[][] = [];

/** Texts longer than this many bytes are left to `TextDecoder` (a string this code makes is built in one call). */
export const SHORT_TEXT_BYTES = 1024;

/**
 * The text of `bytes` (UTF-8): made in JavaScript when it is short and ASCII (claim ids and group
 * keys nearly always are), else by `TextDecoder`; the same string either way.
 */
export function utf8Text(bytes: Uint8Array): string {
  const n = bytes.length;
  if (n > SHORT_TEXT_BYTES) return decoder.decode(bytes);
  const list = n <= REUSED_LENGTH ? (codes[n] ??= Array.from({ length: n }, () => 0)) : [];
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b >= 0x80) return decoder.decode(bytes);
    // Each byte is its own character.
    list[i] = b;
  }
  return String.fromCharCode.apply(null, list);
}
