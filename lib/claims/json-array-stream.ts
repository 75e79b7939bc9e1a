/**
 * Splits a claims-list/1 document fed in chunks into its claims, each as its own text with the
 * line it starts on, without ever parsing (or holding) the whole document. The document is
 * either a bare array of claims or an object whose `claims` member is that array; of the
 * object's other members, those named when the splitter is made are kept as their JSON text and
 * the rest skipped. Imports read files with it, and the team-list sync its downloads.
 *
 * The structure of the document is checked here (strings and escapes, bracket nesting, the
 * commas between claims, the names, colons and commas of the root object); each claim and each
 * kept member is parsed by the caller, so one bad claim is one rejected claim. The values of
 * skipped members are checked only for their brackets.
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

/** Which members of the root object to keep besides the claims. */
export interface SplitterOptions {
  /** The names of the members whose JSON text is kept; `format` by default. */
  members?: readonly string[];
  /** A kept member whose text is longer than this is kept as `null`; 1,000 by default. */
  maxMemberChars?: number;
}

const LF = '\n';
const QUOTE = 34;
const COMMA = 44;
const COLON = 58;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
/** Member names longer than this are not read (no member the splitter keeps has one). */
const MAX_NAME = 1000;

/** Where the claims array's reading is: after `[`, after a comma, after an element. */
type Slot = 'first' | 'next' | 'after';
/** Where the root object's reading is, from one member to the next. */
type Member = 'first' | 'name' | 'colon' | 'value' | 'after';

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Feeds chunks with `push`, then `end`; read `error`, `sawClaims`, `members`, `format` after. */
export class JsonClaimsSplitter {
  /** The first structural problem; nothing after it is read. */
  error: { line: number; message: string } | null = null;
  /** Whether the claims array was found (a bare array counts). */
  sawClaims = false;
  /** Whether the document is an object or a bare array, once its first character is read. */
  root: 'object' | 'array' | null = null;
  /**
   * The kept members read so far, as their JSON text (not yet parsed), each once complete;
   * `null` for one longer than the limit. A `claims` member that is no array is kept here when
   * `claims` is named.
   */
  readonly members = new Map<string, string | null>();

  private readonly keep: ReadonlySet<string>;
  private readonly maxMemberChars: number;
  private line = 1;
  /** The current chunk's first line break not yet counted (its length when none). */
  private nextBreak = 0;
  private text = '';
  private stack: number[] = [];
  private done = false;
  private inString = false;
  private escape = false;
  /** The next quote and backslash at or after the string scan's position, per chunk. */
  private quoteAt = -1;
  private backslashAt = -1;
  /** Depth at which claims lie: 1 in a bare array, 2 in the root object's `claims`. */
  private elementDepth = -1;
  private slot: Slot = 'first';
  private elements = 0;
  private member: Member = 'first';
  private name = '';
  /** A member name being read, while its string lasts. */
  private nameText: string | null = null;
  private capture: 'element' | 'member' | null = null;
  private captured = '';
  private tooLong = false;
  private captureLine = 0;

  constructor(options: SplitterOptions = {}) {
    this.keep = new Set(options.members ?? ['format']);
    this.maxMemberChars = options.maxMemberChars ?? MAX_NAME;
  }

  /**
   * The root object's `format` once read: its string, `null` when it is anything else (or too
   * long), `undefined` before it is read or when it is not kept.
   */
  get format(): string | null | undefined {
    const raw = this.members.get('format');
    if (raw === undefined) return undefined;
    try {
      const value: unknown = raw === null ? null : JSON.parse(raw);
      return typeof value === 'string' ? value : null;
    } catch {
      return null;
    }
  }

  /** Reads one chunk; returns the claims it completed. */
  push(text: string): JsonElement[] {
    const out: JsonElement[] = [];
    if (this.error) return out;
    this.text = text;
    this.nextBreak = this.breakFrom(0);
    this.quoteAt = -1;
    this.backslashAt = -1;
    // Where the value being captured and the name being read start in this chunk.
    let capStart = 0;
    let nameStart = 0;
    const n = text.length;
    let i = 0;
    while (i < n) {
      if (this.inString) {
        i = this.skipString(text, i);
        if (!this.inString && this.nameText !== null) {
          this.endName(this.nameText + text.slice(nameStart, i - 1));
        }
        continue;
      }
      const c = text.charCodeAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      if (this.done) return this.fail(out, i, 'text after the end of the JSON document');
      const depth = this.stack.length;
      if (depth === this.elementDepth) {
        // Between the claims: a comma or the bracket ends an element, anything else starts one.
        if (c === COMMA || c === CLOSE_ARRAY) {
          if (this.slot === 'after') {
            out.push(this.endCapture(text.slice(capStart, i))!);
            this.slot = 'next';
          } else if (c === COMMA || this.slot === 'next') {
            return this.fail(out, i, `unexpected "${String.fromCharCode(c)}"`);
          }
          if (c === CLOSE_ARRAY) this.elementDepth = -1;
        } else if (this.slot !== 'after') {
          this.startCapture('element', i);
          capStart = i;
          this.slot = 'after';
        }
      } else if (depth === 1 && this.root === 'object') {
        if (this.member === 'after' && (c === COMMA || c === CLOSE_OBJECT)) {
          if (this.capture === 'member') this.endCapture(text.slice(capStart, i));
          this.member = 'name';
        } else if (this.member !== 'after') {
          const step = this.memberStep(c);
          if (typeof step === 'string') return this.fail(out, i, step);
          if (this.nameText !== null) nameStart = i + 1;
          if (step && this.keepsValue(c)) {
            this.startCapture('member', i);
            capStart = i;
          }
        }
      }
      if (c === QUOTE) {
        // Most strings hold no backslash: jump to the closing quote at once.
        const end = this.plainStringEnd(text, i + 1);
        if (end !== -1) {
          if (this.nameText !== null) this.endName(text.slice(i + 1, end));
          i = end + 1;
          continue;
        }
        this.inString = true;
      } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
        if (depth === 0) {
          this.root = c === OPEN_OBJECT ? 'object' : 'array';
          if (c === OPEN_ARRAY) this.startClaims(1);
        }
        this.stack.push(c);
      } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        const open = this.stack.pop();
        if (open !== (c === CLOSE_OBJECT ? OPEN_OBJECT : OPEN_ARRAY)) {
          return this.fail(out, i, `unexpected "${String.fromCharCode(c)}"`);
        }
        if (this.stack.length === 0) this.done = true;
      } else if (depth === 0) {
        return this.fail(out, i, 'a claims file starts with "{" or "["');
      }
      i++;
    }
    if (this.capture) this.keepCaptured(text.slice(capStart));
    // Past the limit the name is not read anyway; keep no more than that.
    if (this.nameText !== null) {
      this.nameText = (this.nameText + text.slice(nameStart)).slice(0, MAX_NAME + 1);
    }
    this.lineAt(n);
    return out;
  }

  /** Ends the input; reports a document that stops before its JSON is complete. */
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

  /**
   * One character at the root object's own level before a value's end: what is wrong with it,
   * or whether a value starts with it. A value's first character moves the reading to `after`,
   * where it stays until the comma or the closing brace that ends the value (nested brackets
   * are a level deeper).
   */
  private memberStep(c: number): string | boolean {
    switch (this.member) {
      case 'first':
      case 'name':
        if (c === CLOSE_OBJECT && this.member === 'first') return false;
        if (c !== QUOTE) return 'a member name is missing';
        this.nameText = '';
        this.member = 'colon';
        return false;
      case 'colon':
        if (c !== COLON) return 'a colon is missing after a member name';
        this.member = 'value';
        return false;
      default:
        if (c === COMMA || c === CLOSE_OBJECT) return 'a member has no value';
        this.member = 'after';
        if (this.name === 'claims' && c === OPEN_ARRAY) this.startClaims(2);
        return true;
    }
  }

  /** Whether the value starting with `c` is a member to keep (a `claims` array never is). */
  private keepsValue(c: number): boolean {
    return this.keep.has(this.name) && !(this.name === 'claims' && c === OPEN_ARRAY);
  }

  private startCapture(kind: 'element' | 'member', i: number): void {
    this.capture = kind;
    this.captured = '';
    this.tooLong = false;
    this.captureLine = this.lineAt(i);
  }

  private keepCaptured(piece: string): void {
    if (this.tooLong) return;
    this.captured += piece;
    if (this.capture === 'member' && this.captured.length > this.maxMemberChars) {
      this.tooLong = true;
      this.captured = '';
    }
  }

  /** Ends the value being captured with `piece`; an element is returned, a member kept. */
  private endCapture(piece: string): JsonElement | null {
    this.keepCaptured(piece);
    const kind = this.capture;
    const text = this.captured.trim();
    this.capture = null;
    this.captured = '';
    if (kind === 'member') {
      this.members.set(this.name, this.tooLong ? null : text);
      return null;
    }
    return { text, line: this.captureLine, index: this.elements++ };
  }

  /**
   * Moves past string content from `i`: to just after the closing quote (leaving the string),
   * or to the end of the chunk. Jumps from quote to quote; a backslash before the next quote
   * escapes the character after it, also across chunks.
   */
  private skipString(text: string, i: number): number {
    const n = text.length;
    if (this.escape) {
      this.escape = false;
      i++;
    }
    while (i < n) {
      if (this.quoteAt < i) {
        const q = text.indexOf('"', i);
        this.quoteAt = q === -1 ? n : q;
      }
      if (this.backslashAt < i) {
        const b = text.indexOf('\\', i);
        this.backslashAt = b === -1 ? n : b;
      }
      if (this.backslashAt < this.quoteAt) {
        i = this.backslashAt + 2;
        if (i > n) this.escape = true;
        continue;
      }
      if (this.quoteAt === n) return n;
      this.inString = false;
      return this.quoteAt + 1;
    }
    return n;
  }

  /** The next line break of the current chunk at or after `i`, or its length. */
  private breakFrom(i: number): number {
    const at = this.text.indexOf(LF, i);
    return at === -1 ? this.text.length : at;
  }

  /** The closing quote of a string starting at `from`, when no backslash comes before it; else -1. */
  private plainStringEnd(text: string, from: number): number {
    const q = text.indexOf('"', from);
    if (q === -1) return -1;
    if (this.backslashAt < from) {
      const b = text.indexOf('\\', from);
      this.backslashAt = b === -1 ? text.length : b;
    }
    return this.backslashAt < q ? -1 : q;
  }

  /** The line of position `i` of the current chunk; line breaks are counted as it moves on. */
  private lineAt(i: number): number {
    while (this.nextBreak < i) {
      this.line++;
      this.nextBreak = this.breakFrom(this.nextBreak + 1);
    }
    return this.line;
  }

  private startClaims(depth: number): void {
    this.elementDepth = depth;
    this.slot = 'first';
    this.sawClaims = true;
  }

  private endName(raw: string): void {
    this.nameText = null;
    let name = '';
    if (raw.length <= MAX_NAME) {
      try {
        name = JSON.parse(`"${raw}"`) as string;
      } catch {
        name = '';
      }
    }
    this.name = name;
  }

  private fail(out: JsonElement[], i: number, message: string): JsonElement[] {
    this.error = { line: this.lineAt(i), message };
    return out;
  }
}
