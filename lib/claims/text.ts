/**
 * Text that every store on a claim's way accepts. A claim's strings end up in IndexedDB, JSON
 * files, UTF-8 on the wire and PostgreSQL's `jsonb`, which refuses U+0000 and lone surrogates
 * (half of a UTF-16 pair, which is not a character and has no UTF-8 form). A page or a file can
 * hold either, and cutting an emoji-bearing title at a fixed length can make the second.
 *
 * @module
 */

/** A lone surrogate: a high one not followed by a low one, or a low one not after a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/** Whether `text` is well-formed Unicode without U+0000. */
export function isWellFormedText(text: string): boolean {
  return !text.includes('\u0000') && !LONE_SURROGATE.test(text);
}

/** `text` with every U+0000 and lone surrogate replaced by U+FFFD, the replacement character. */
export function toWellFormedText(text: string): string {
  return text.replaceAll('\u0000', '\uFFFD').replace(LONE_SURROGATES, '\uFFFD');
}

/**
 * The first `max` UTF-16 units of `text` (what schema limits count), cut between code points:
 * a character made of a surrogate pair is kept whole or left out, never halved.
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

/** What `/\s/` matches, by character code: no regular expression per character. */
export function isJsSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
