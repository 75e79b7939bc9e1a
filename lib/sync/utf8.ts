/**
 * UTF-8 bytes to text a chunk at a time, as `TextDecoder` gives it (invalid bytes become U+FFFD),
 * but with the ASCII runs, nearly all of a list document, made by `String.fromCharCode`. Measured
 * in Chromium's extension worker on a 68 MB list read 32 KB at a time, keeping nothing: with
 * `TextDecoder` the process's peak memory rose by some 155 MB, this way by some 45 MB (reading
 * the bytes alone: 40 MB). Only the short runs of non-ASCII bytes go through a `TextDecoder`.
 *
 * @module
 */

/** The most bytes made into one string at a time (arguments of one `fromCharCode` call). */
const ASCII_RUN = 8192;

/** A streaming UTF-8 decoder: `decode(bytes, { stream: true })` per chunk, then `decode()`. */
export class Utf8Decoder {
  /** Keeps a byte order mark: the one at the very start is dropped here, not after each run. */
  private readonly decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  /** Whether the decoder may hold the first bytes of a character cut at a chunk's end. */
  private cut = false;
  /** Whether any text was given yet (a byte order mark is dropped only before it). */
  private started = false;

  /**
   * The text of `bytes`. With `stream`, a character cut at the end of `bytes` is completed by
   * the next call; without it (and at the end, `decode()`) a cut character is U+FFFD.
   */
  decode(bytes: Uint8Array = new Uint8Array(0), options: { stream?: boolean } = {}): string {
    const stream = options.stream ?? false;
    const parts: string[] = [];
    const length = bytes.length;
    let i = 0;
    while (i < length) {
      let j = i;
      const stop = Math.min(length, i + ASCII_RUN);
      while (j < stop && bytes[j]! < 0x80) j++;
      if (j > i) {
        if (this.cut) parts.push(this.finishCut());
        parts.push(String.fromCharCode.apply(null, bytes.subarray(i, j) as unknown as number[]));
        i = j;
        continue;
      }
      while (j < length && bytes[j]! >= 0x80) j++;
      // An ASCII byte after the run ends any character the run left cut (as U+FFFD), as it would
      // in one decoder; a run at the end of the chunk may continue in the next one.
      this.cut = stream && j === length;
      parts.push(this.decoder.decode(bytes.subarray(i, j), { stream: this.cut }));
      i = j;
    }
    // At the end, a character cut by the last chunk becomes U+FFFD.
    if (!stream && this.cut) parts.push(this.finishCut());
    let text = parts.length === 1 ? parts[0]! : parts.join('');
    if (!this.started && text) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    return text;
  }

  /** U+FFFD for a character cut before an ASCII byte or the end, else nothing. */
  private finishCut(): string {
    this.cut = false;
    return this.decoder.decode();
  }
}
