/**
 * A byte stream read as UTF-8 text in bounded pieces, with progress and cancellation.
 *
 * @module
 */
import { checkAborted } from './batch-sender';

/** The longest piece of text handed on at once, so one huge stream chunk stays many small ones. */
const MAX_PIECE = 1 << 18;

/** Reads a stream as text, piece by piece. */
export class TextSource {
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  private readonly decoder = new TextDecoder('utf-8');
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
        this.rest = this.decoder.decode();
      } else {
        this.bytes += value.byteLength;
        this.rest = this.decoder.decode(value, { stream: true });
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
