/**
 * Splits a JSON claims file fed in chunks into its claims, each as its own text with the line
 * it starts on, without ever parsing (or holding) the whole file. The file is either a bare
 * array of claims or an object whose `claims` member is that array (claims-list/1); every
 * other member is skipped, except `format`, which is read.
 *
 * Only the structure is checked here (strings, escapes, bracket nesting); each element is
 * parsed on its own by the caller, so one bad element is one rejected claim.
 *
 * @module
 */

/** One element of the claims array, as written, where it starts, and its place in the array. */
export interface JsonElement {
  text: string;
  /** The 1-based line it starts on (every element of a minified file is on line 1). */
  line: number;
  /** Its 0-based position in the claims array. */
  index: number;
}

const LF = 10;
const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
/** Keys and the format value longer than this are not kept. */
const MAX_SHORT_STRING = 1000;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === LF || c === 13;
}

/** Feeds chunks with `push`, then `end`; read `error`, `sawClaims` and `format` after. */
export class JsonClaimsSplitter {
  /** The first structural problem; nothing after it is read. */
  error: { line: number; message: string } | null = null;
  /** Whether the claims array was found (a bare array counts). */
  sawClaims = false;
  /** The root object's `format`, when it is a string; `null` when it is anything else. */
  format: string | null | undefined = undefined;

  private line = 1;
  private stack: number[] = [];
  private root: number | null = null;
  private done = false;
  private inString = false;
  private escape = false;
  /** Depth at which claims lie: 1 in a bare array, 2 in the root object's `claims`. */
  private elementDepth = -1;
  private capturing = false;
  private captured = '';
  private elementLine = 0;
  private elements = 0;
  // The root object's keys and the format value: strings read at depth 1.
  private expectKey = false;
  private key = '';
  private shortString: string | null = null;
  private shortIsKey = false;

  /** Reads one chunk; returns the claims it completed. */
  push(text: string): JsonElement[] {
    const out: JsonElement[] = [];
    if (this.error) return out;
    let capStart = 0;
    let shortStart = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === LF) this.line++;
      if (this.inString) {
        if (this.escape) this.escape = false;
        else if (c === BACKSLASH) this.escape = true;
        else if (c === QUOTE) {
          this.inString = false;
          if (this.shortString !== null) {
            this.endShortString(this.shortString + text.slice(shortStart, i));
          }
        }
        continue;
      }
      if (isSpace(c)) continue;
      if (this.done) return this.fail(out, 'text after the end of the JSON document');
      const depth = this.stack.length;
      if (depth === this.elementDepth) {
        if (this.capturing && (c === COMMA || c === CLOSE_ARRAY)) {
          out.push({
            text: (this.captured + text.slice(capStart, i)).trim(),
            line: this.elementLine,
            index: this.elements++,
          });
          this.capturing = false;
          this.captured = '';
        } else if (!this.capturing && c !== COMMA && c !== CLOSE_ARRAY) {
          this.capturing = true;
          capStart = i;
          this.elementLine = this.line;
        }
        if (c === CLOSE_ARRAY) this.elementDepth = -1;
      }
      if (c === QUOTE) {
        this.inString = true;
        if (depth === 1 && this.root === OPEN_OBJECT && (this.expectKey || this.key === 'format')) {
          this.shortString = '';
          this.shortIsKey = this.expectKey;
          shortStart = i + 1;
        }
      } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
        if (depth === 0) {
          this.root = c;
          this.expectKey = c === OPEN_OBJECT;
          if (c === OPEN_ARRAY) this.startClaims(1);
        } else if (depth === 1 && this.root === OPEN_OBJECT) {
          if (this.key === 'claims' && c === OPEN_ARRAY) this.startClaims(2);
          if (this.key === 'format') this.format = null;
        }
        this.stack.push(c);
      } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        const open = this.stack.pop();
        if (open !== (c === CLOSE_OBJECT ? OPEN_OBJECT : OPEN_ARRAY)) {
          return this.fail(out, `unexpected "${String.fromCharCode(c)}"`);
        }
        if (this.stack.length === 0) this.done = true;
      } else if (depth === 0) {
        return this.fail(out, 'a claims file starts with "{" or "["');
      } else if (depth === 1 && this.root === OPEN_OBJECT) {
        if (c === COLON) this.expectKey = false;
        else if (c === COMMA) {
          this.expectKey = true;
          this.key = '';
        } else if (this.key === 'format') this.format = null;
      }
    }
    if (this.capturing) this.captured += text.slice(capStart);
    if (this.shortString !== null) {
      // Past the limit the value is dropped anyway; keep no more than that.
      this.shortString = (this.shortString + text.slice(shortStart)).slice(0, MAX_SHORT_STRING + 1);
    }
    return out;
  }

  /** Ends the input; reports a file that stops before its JSON is complete. */
  end(): JsonElement[] {
    if (!this.error && !this.done) {
      this.error = {
        line: this.line,
        message:
          this.root === null
            ? 'the file holds no JSON'
            : 'the file ends before the JSON is complete',
      };
    }
    return [];
  }

  private startClaims(depth: number): void {
    this.elementDepth = depth;
    this.sawClaims = true;
  }

  private endShortString(raw: string): void {
    this.shortString = null;
    let value: string | null = null;
    if (raw.length <= MAX_SHORT_STRING) {
      try {
        value = JSON.parse(`"${raw}"`) as string;
      } catch {
        value = null;
      }
    }
    if (this.shortIsKey) this.key = value ?? '';
    else this.format = value;
  }

  private fail(out: JsonElement[], message: string): JsonElement[] {
    this.error = { line: this.line, message };
    return out;
  }
}
