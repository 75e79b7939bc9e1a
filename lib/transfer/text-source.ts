/**
 * A byte stream read as UTF-8 text in bounded pieces, with progress and cancellation.
 *
 * @module
 */
import { checkAborted } from './batch-sender';

/** The longest piece of text handed on at once, so one huge stream chunk stays many small ones. */
const MAX_PIECE = 1 << 18;

/** A file that is not text in an encoding the import reads; what was read before it stays. */
export class TextEncodingError extends Error {
  override name = 'TextEncodingError';
}

/** The encoding a file's first bytes announce with a byte order mark; UTF-8 otherwise. */
function encodingOf(first: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (first[0] === 0xff && first[1] === 0xfe) return 'utf-16le';
  if (first[0] === 0xfe && first[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/**
 * Whether bytes without a byte order mark look like UTF-16: mostly-ASCII text in UTF-16 has a
 * zero in every other byte, which UTF-8 decoding would turn into text full of NULs.
 */
function looksLikeUtf16(first: Uint8Array): boolean {
  const pairs = Math.min(512, Math.floor(first.length / 2));
  if (pairs < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs; i++) {
    if (first[2 * i] === 0) even++;
    if (first[2 * i + 1] === 0) odd++;
  }
  return Math.max(even, odd) >= pairs * 0.9;
}

/**
 * Reads a stream as text, piece by piece: UTF-8, or UTF-16 when a byte order mark says so.
 * Bytes that are not valid in that encoding stop the read with a {@link TextEncodingError}
 * instead of turning into U+FFFD, which would store figures and quotes the file never held.
 */
export class TextSource {
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  private decoder: TextDecoder | null = null;
  private bytes = 0;
  private rest = '';
  private ended = false;

  constructor(
    stream: ReadableStream<Uint8Array>,
    private readonly total: number,
    private readonly onProgress: ((bytesRead: number, totalBytes: number) => void) | undefined,
    private readonly signal: AbortSignal | undefined,
  ) {
    this.reader = stream.getReader();
  }

  /** Bytes read so far. */
  get bytesRead(): number {
    return this.bytes;
  }

  /** The next piece of text, or null at the end of the stream. */
  async next(): Promise<string | null> {
    while (this.rest === '') {
      if (this.ended) return null;
      checkAborted(this.signal);
      const { done, value } = await this.reader.read();
      if (done) {
        this.ended = true;
        this.rest = this.decode(undefined);
      } else {
        this.rest = this.decode(value);
        this.bytes += value.byteLength;
        this.onProgress?.(this.bytes, Math.max(this.total, this.bytes));
      }
    }
    let cut = Math.min(this.rest.length, MAX_PIECE);
    // Never split a surrogate pair between two pieces.
    const last = this.rest.charCodeAt(cut - 1);
    if (cut < this.rest.length && last >= 0xd800 && last <= 0xdbff) cut--;
    const piece = this.rest.slice(0, cut);
    this.rest = this.rest.slice(cut);
    return piece;
  }

  /** The text of the next chunk (or of what the decoder still holds, at the end). */
  private decode(chunk: Uint8Array | undefined): string {
    if (!this.decoder) {
      const first = chunk ?? new Uint8Array();
      const encoding = encodingOf(first);
      if (encoding === 'utf-8' && looksLikeUtf16(first))
        throw new TextEncodingError(
          'The file looks like UTF-16 text without a byte order mark: save it as UTF-8 (or as ' +
            'UTF-16 with a byte order mark) and import it again.',
        );
      this.decoder = new TextDecoder(encoding, { fatal: true });
    }
    try {
      return chunk ? this.decoder.decode(chunk, { stream: true }) : this.decoder.decode();
    } catch {
      const encoding = this.decoder.encoding.toUpperCase();
      const where = chunk
        ? `bytes ${this.bytes} to ${this.bytes + chunk.byteLength} hold`
        : 'its last bytes are';
      throw new TextEncodingError(
        `The file is not text in ${encoding}: ${where} a sequence that is no ${encoding} ` +
          'character. If it is text, save it as UTF-8 and import it again.',
      );
    }
  }

  /** Stops reading; the stream is cancelled if it was not read to the end. */
  async close(): Promise<void> {
    try {
      if (!this.ended) await this.reader.cancel();
    } catch {
      // A stream that cannot be cancelled is left to the garbage collector.
    }
    this.reader.releaseLock();
  }
}
