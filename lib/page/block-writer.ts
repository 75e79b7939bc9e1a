/**
 * The writer behind the article reader: it turns the text nodes a walk meets into blocks of
 * whitespace-collapsed text (each a string of its own, placed as if joined with "\n\n"), with the
 * run map back to the nodes, and keeps what each block element wrote in the read cache so an
 * unchanged one is replayed next time.
 *
 * @module
 */
import { MAX_TEXT } from './dom';
import type { ArticleReadCache, BlockRecording } from './read-cache';
import {
  articleOfBlocks,
  attachRuns,
  lastAtOrBefore,
  type ArticleText,
  type RunChunk,
  type TextBlock,
  type TextRun,
} from './text-map';

/**
 * Room beyond its own length that text written again whole (a replayed element, a laid-in
 * stretch) needs below the limit: the "\n\n" before it, and the room a walk keeps after each
 * word (see `word`), which its last word, after a space, would be refused without. Less room,
 * and a walk would have stopped before that word: the text is walked instead, which stops where
 * a fresh read does.
 */
const LAID_IN_ROOM = 4;

const WORD = /\S+/g;

/** Where a pending collapsed space came from: a whitespace character, or a `<br>`. */
type PendingSpace = { node: Text; offset: number } | 'break' | null;

/** Where the writer stood when a block element it is recording began. */
interface RecordingStart {
  pos: number;
  chunks: number;
  blocks: number;
}

/** Accumulates blocks, whitespace-normalised text and the run map in one pass. */
export class BlockWriter {
  /**
   * What the open block wrote so far; joined into its text when it closes. Each block is a string
   * of its own: the article's text is joined only if asked for (see `articleOfBlocks`).
   */
  private blockParts: string[] = [];
  private pos = 0;
  private readonly blocks: TextBlock[] = [];
  private readonly chunks: RunChunk[] = [];
  /**
   * The chunk being written, its runs counted from `liveBase`; closed (null) where a recorded
   * element opens or ends, so a recording's chunks are its own and never written to again.
   */
  private live: TextRun[] | null = null;
  private liveBase = 0;
  private readonly stack: { el: Element; start: RecordingStart | null }[] = [];
  private blockStart = -1;
  private blockElement: Element | null = null;
  private crossed = true;
  private pending: PendingSpace = null;
  full = false;

  constructor(private readonly cache: ArticleReadCache | null = null) {}

  /** Opens a block element; `record` keeps what it writes in the cache when it ends. */
  open(el: Element, record = false): void {
    if (record) this.live = null;
    const start = record
      ? { pos: this.pos, chunks: this.chunks.length, blocks: this.blocks.length }
      : null;
    this.stack.push({ el, start });
    this.crossed = true;
  }

  /** Called for every node whose subtree is finished; pops it if it opened a block. */
  leave(node: Node): void {
    const top = this.stack[this.stack.length - 1];
    if (top?.el === node) {
      this.stack.pop();
      this.crossed = true;
      if (top.start && this.cache && !this.full) {
        this.live = null;
        this.cache.record(top.el, this.recordingSince(top.start));
      }
    }
  }

  /**
   * What was written since `start`: a block element always begins a new block, so the text from
   * its first block on is the same wherever the element stands (only the "\n\n" before it and
   * the offsets differ).
   */
  private recordingSince(start: RecordingStart): BlockRecording {
    if (this.pos === start.pos) return { length: 0, blocks: [], runs: [] };
    // Blocks closed since the element opened, but for the one open before it (closed by its
    // first word, starting before it).
    const closed = this.blocks.slice(start.blocks).filter((b) => b.start >= start.pos);
    // The element's text begins with its first block: the separator before that belongs to the
    // text before it. Text is written only into blocks, so the element wrote one.
    const first = closed[0]?.start ?? this.blockStart;
    const blocks: TextBlock[] = closed.map((b) => ({
      start: b.start - first,
      end: b.end - first,
      element: b.element,
      text: b.text,
    }));
    if (this.blockStart >= first && this.blockElement) {
      const text = this.openText();
      blocks.push({
        start: this.blockStart - first,
        end: this.pos - first,
        element: this.blockElement,
        text,
      });
    }
    // Every chunk since the element opened began inside it, at or after its first block.
    const runs = this.chunks
      .slice(start.chunks)
      .map((c) => ({ base: c.base - first, runs: c.runs }));
    return { length: this.pos - first, blocks, runs };
  }

  /**
   * Writes what a block element wrote when it was last read, as reading it again would: the
   * open block is closed, the element's blocks follow (its last one left open), and the next
   * word starts a new block. False when the text would run past the limit (then walk it).
   */
  replay(recording: BlockRecording): boolean {
    if (recording.length === 0) {
      this.crossed = true;
      return true;
    }
    if (this.pos + recording.length + LAID_IN_ROOM > MAX_TEXT) return false;
    this.endBlock();
    if (this.blocks.length > 0) this.pos += 2;
    const base = this.pos;
    this.live = null;
    for (const c of recording.runs) this.chunks.push({ base: c.base + base, runs: c.runs });
    const last = recording.blocks.length - 1;
    recording.blocks.forEach((b, i) => {
      if (i < last)
        this.blocks.push({
          start: b.start + base,
          end: b.end + base,
          element: b.element,
          text: b.text,
        });
    });
    const open = recording.blocks[last]!;
    this.blockStart = open.start + base;
    this.blockElement = open.element;
    this.blockParts = [open.text];
    this.pos = base + recording.length;
    this.crossed = true;
    this.pending = null;
    return true;
  }

  /** Where the next character would be written: the length of the text so far. */
  get position(): number {
    return this.pos;
  }

  /**
   * Whether what is written next is laid out as if nothing came before (but for its offsets
   * and the "\n\n" before it): no block open to continue, no run chunk open to extend.
   */
  get clean(): boolean {
    return this.crossed && this.live === null;
  }

  /**
   * Closes the run chunk being written, so that what follows gets chunks of its own. Changes
   * nothing a reader of the map sees: runs are only ever merged within one text node.
   */
  closeChunk(): void {
    this.live = null;
  }

  /**
   * Writes `[start, end)` of an earlier read `from` again, as walking again the elements that
   * wrote it would: whole blocks, written at a clean boundary and ending at one (see
   * {@link clean}), so their text, blocks and map are the same wherever they now stand. The
   * blocks and chunks are moved to where they now stand (shared when they did not move).
   * False when the text would run past the limit (then walk it).
   */
  layIn(from: ArticleText, chunks: readonly RunChunk[], start: number, end: number): boolean {
    if (start >= end) return true;
    if (this.pos + (end - start) + LAID_IN_ROOM > MAX_TEXT) return false;
    this.endBlock();
    if (this.blocks.length > 0) this.pos += 2;
    const by = this.pos - start;
    const blocks = from.blocks;
    for (let i = lastAtOrBefore(blocks, start - 1, (b) => b.start) + 1; i < blocks.length; i++) {
      const b = blocks[i]!;
      if (b.start >= end) break;
      this.blocks.push(
        by === 0 ? b : { start: b.start + by, end: b.end + by, element: b.element, text: b.text },
      );
    }
    for (let i = lastAtOrBefore(chunks, start - 1, (c) => c.base) + 1; i < chunks.length; i++) {
      const c = chunks[i]!;
      if (c.base >= end) break;
      this.chunks.push(by === 0 ? c : { base: c.base + by, runs: c.runs });
    }
    this.pos += end - start;
    this.live = null;
    this.crossed = true;
    this.pending = null;
    return true;
  }

  lineBreak(): void {
    if (this.blockStart >= 0 && !this.crossed && this.pending === null) this.pending = 'break';
  }

  text(node: Text): void {
    const data = node.data ?? '';
    let wordEnd = 0;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(data); m; m = WORD.exec(data)) {
      if (m.index > wordEnd) this.space(node, wordEnd);
      if (!this.word(node, m.index, m[0])) return;
      wordEnd = m.index + m[0].length;
    }
    if (data.length > wordEnd) this.space(node, wordEnd);
  }

  private space(node: Text, offset: number): void {
    // leading whitespace of a block is dropped, and a run keeps its first source character
    if (this.blockStart >= 0 && !this.crossed && this.pending === null) {
      this.pending = { node, offset };
    }
  }

  private word(node: Text, offset: number, word: string): boolean {
    if (this.pos + word.length + 3 > MAX_TEXT) {
      this.full = true;
      return false;
    }
    if (this.crossed || this.blockStart < 0) this.startBlock();
    const pending = this.pending;
    if (pending === 'break') this.write(' ', node, offset, true);
    else if (pending) this.write(' ', pending.node, pending.offset, false);
    this.pending = null;
    this.write(word, node, offset, false);
    return true;
  }

  private startBlock(): void {
    this.endBlock();
    if (this.blocks.length > 0) this.pos += 2;
    this.blockStart = this.pos;
    this.blockElement = this.stack[this.stack.length - 1]?.el ?? null;
    this.crossed = false;
    this.pending = null;
  }

  private endBlock(): void {
    if (this.blockStart >= 0 && this.pos > this.blockStart && this.blockElement) {
      const text = this.openText();
      this.blocks.push({ start: this.blockStart, end: this.pos, element: this.blockElement, text });
    }
    this.blockParts = [];
    this.blockStart = -1;
    this.pending = null;
  }

  /**
   * The open block's text so far, kept as its one part: the block closes with this very string,
   * so a recording of it and the read hand the extractor one string object, which it knows
   * unchanged at a glance.
   */
  private openText(): string {
    const parts = this.blockParts;
    if (parts.length !== 1) this.blockParts = [parts.join('')];
    return this.blockParts[0]!;
  }

  private write(s: string, node: Text, nodeStart: number, virtual: boolean): void {
    let live = this.live;
    if (!live) {
      live = this.live = [];
      this.liveBase = this.pos;
      this.chunks.push({ base: this.pos, runs: live });
    }
    const at = this.pos - this.liveBase;
    const last = live[live.length - 1];
    if (
      !virtual &&
      last &&
      !last.virtual &&
      last.node === node &&
      last.nodeStart + last.length === nodeStart &&
      last.textStart + last.length === at
    ) {
      last.length += s.length;
    } else {
      live.push({ textStart: at, node, nodeStart, length: s.length, virtual });
    }
    this.blockParts.push(s);
    this.pos += s.length;
  }

  finish(): ArticleText {
    this.endBlock();
    const article = articleOfBlocks(this.blocks);
    attachRuns(article, this.chunks);
    return article;
  }
}
