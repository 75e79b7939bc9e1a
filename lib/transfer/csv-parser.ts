/**
 * An incremental CSV parser (RFC 4180, leniently): fed text in chunks of any size, it gives
 * back each record with the line its first character is on. Quoted fields may hold commas,
 * quotes (doubled) and line breaks, and may span chunks. Line breaks are CRLF, LF or a lone CR.
 *
 * @module
 */

/** One record: its fields and the 1-based line on which it starts. */
export interface CsvRecord {
  /** `null` for an empty unquoted field, `''` for `""`. */
  fields: (string | null)[];
  line: number;
  /** Set when the file ended inside a quoted field. */
  error?: string;
}

const COMMA = 44;
const QUOTE = 34;
const CR = 13;
const LF = 10;

type State = 'start' | 'unquoted' | 'quoted' | 'quote-in-quoted';

/** Parses CSV text fed in chunks: `push` each chunk, then `end` once. */
export class CsvParser {
  private state: State = 'start';
  private field = '';
  private quoted = false;
  private fields: (string | null)[] = [];
  private inRecord = false;
  private recordLine = 1;
  private line = 1;
  private prevCR = false;
  private first = true;

  /** Parses one chunk; returns the records it completed. */
  push(chunk: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    let text = chunk;
    if (this.first && text.length > 0) {
      this.first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    let seg = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const afterCR = this.prevCR;
      this.prevCR = c === CR;
      // The line this character is on; a break counts once for CRLF.
      const breaks = c === CR || (c === LF && !afterCR);
      switch (this.state) {
        case 'start':
          if (!this.inRecord) {
            if (c === LF && afterCR) break;
            this.inRecord = true;
            this.recordLine = this.line;
          }
          if (c === QUOTE) {
            this.state = 'quoted';
            this.quoted = true;
            seg = i + 1;
          } else if (c === COMMA) {
            this.endField();
          } else if (c === CR || c === LF) {
            this.endRecord(out);
          } else {
            this.state = 'unquoted';
            seg = i;
          }
          break;
        case 'unquoted':
          if (c === COMMA || c === CR || c === LF) {
            this.field += text.slice(seg, i);
            if (c === COMMA) this.endField();
            else this.endRecord(out);
          }
          break;
        case 'quoted':
          if (c === QUOTE) {
            this.field += text.slice(seg, i);
            this.state = 'quote-in-quoted';
          }
          break;
        case 'quote-in-quoted':
          if (c === QUOTE) {
            this.field += '"';
            this.state = 'quoted';
            seg = i + 1;
          } else if (c === COMMA) {
            this.endField();
          } else if (c === CR || c === LF) {
            this.endRecord(out);
          } else {
            // Text after a closing quote: kept as written rather than lost.
            this.state = 'unquoted';
            seg = i;
          }
          break;
      }
      if (breaks) this.line++;
    }
    if (this.state === 'unquoted' || this.state === 'quoted') this.field += text.slice(seg);
    return out;
  }

  /** Ends the input; returns the last record if the text did not end with a line break. */
  end(): CsvRecord[] {
    const out: CsvRecord[] = [];
    if (!this.inRecord) return out;
    const open = this.state === 'quoted';
    this.endRecord(out);
    const last = out[out.length - 1];
    if (open && last) last.error = 'a quoted field is not closed before the end of the file';
    return out;
  }

  private endField(): void {
    this.fields.push(this.field === '' && !this.quoted ? null : this.field);
    this.field = '';
    this.quoted = false;
    this.state = 'start';
  }

  private endRecord(out: CsvRecord[]): void {
    this.endField();
    const fields = this.fields;
    this.fields = [];
    this.inRecord = false;
    // A blank line is no record.
    if (fields.length === 1 && fields[0] === null) return;
    out.push({ fields, line: this.recordLine });
  }
}
