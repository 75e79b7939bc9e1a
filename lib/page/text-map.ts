/**
 * The map from article text offsets back to DOM text nodes. It is stored as runs (one per stretch
 * where text characters and node characters correspond one to one), so its size follows the number
 * of text nodes and collapsed whitespace gaps, not the number of characters.
 */

/**
 * A text block of the article: `text`, which is the article's `text.slice(start, end)`, came from
 * inside `element`. It holds no line break.
 */
export interface TextBlock {
  start: number;
  end: number;
  element: Element;
  text: string;
}

/** The readable text of an article with its block structure. */
export interface ArticleText {
  /** All blocks joined with "\n\n". */
  readonly text: string;
  /** Blocks in reading order; the "\n\n" separators lie between them and map to no node. */
  blocks: TextBlock[];
}

/**
 * The article of `blocks`, each standing two characters after the one before: its text is joined
 * only when asked for. A live blog read again on every change would otherwise make a new string
 * of all its text each time (1 MB of text, some 1.2 ms), though the extractor reads only its
 * lines (see {@link linesOf}).
 */
export function articleOfBlocks(blocks: TextBlock[]): ArticleText {
  let text: string | undefined;
  return {
    get text(): string {
      text ??= blocks.map((b) => b.text).join('\n\n');
      return text;
    },
    blocks,
  };
}

/** A line of an article's text and where it starts, as the extractor takes it. */
export interface TextLine {
  start: number;
  text: string;
}

/**
 * The lines of `article.text` (as the extractor cuts a text: at each line break), without joining
 * them: its blocks, with the empty line of each "\n\n" between them. An unchanged block keeps its
 * string from read to read, by which the extractor knows it at once.
 */
export function linesOf(article: ArticleText): TextLine[] {
  const { blocks } = article;
  if (blocks.length === 0) return [{ start: 0, text: '' }];
  const lines: TextLine[] = new Array<TextLine>(blocks.length * 2 - 1);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (i > 0) lines[i * 2 - 1] = { start: b.start - 1, text: '' };
    lines[i * 2] = b;
  }
  return lines;
}

/** One stretch of article text that maps character for character onto a text node. */
export interface TextRun {
  textStart: number;
  node: Text;
  nodeStart: number;
  length: number;
  /**
   * A space the page shows without a whitespace character (a `<br>`): it maps to the zero-width
   * point before `node[nodeStart]`.
   */
  virtual: boolean;
}

/** A point inside a text node, as `Range.setStart` takes it. */
export interface TextPoint {
  node: Text;
  offset: number;
}

/**
 * Runs laid out from `base` of the text: each run's `textStart` counts from there. The map is a
 * list of chunks, in text order, so that what a block element wrote when it was last read is
 * laid into a new read where it now stands without copying its runs.
 */
export interface RunChunk {
  base: number;
  /** Sorted, not overlapping, and all before the next chunk's `base`. */
  runs: readonly TextRun[];
}

// A WeakMap keeps the map off the object, so ArticleText stays plain data for logging and tests.
const runsOf = new WeakMap<ArticleText, readonly RunChunk[]>();

/** Attaches the run map built alongside `article` (used by the text walker). */
export function attachRuns(article: ArticleText, chunks: readonly RunChunk[]): void {
  runsOf.set(article, chunks);
}

/** The run map attached to `article`, as chunks in text order (empty when none is). */
export function runChunksOf(article: ArticleText): readonly RunChunk[] {
  return runsOf.get(article) ?? [];
}

/** Index of the last element of a sorted list whose key is <= `at`, or -1. */
export function lastAtOrBefore<T>(
  items: readonly T[],
  at: number,
  key: (item: T) => number,
): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) <= at) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** The run holding `offset` of the text, and its chunk's base; null in a gap between runs. */
function runAt(chunks: readonly RunChunk[], offset: number): { run: TextRun; base: number } | null {
  const chunk = chunks[lastAtOrBefore(chunks, offset, (c) => c.base)];
  if (!chunk) return null;
  const at = offset - chunk.base;
  const run = chunk.runs[lastAtOrBefore(chunk.runs, at, (r) => r.textStart)];
  return run && at < run.textStart + run.length ? { run, base: chunk.base } : null;
}

function usable(point: TextPoint): TextPoint | null {
  const { node, offset } = point;
  // a node the page removed or rewrote since reading no longer holds the characters we mapped
  if (node.isConnected === false) return null;
  if (offset > (node.data?.length ?? -1)) return null;
  return point;
}

/**
 * Resolves one offset of `article.text` to a DOM point. `edge: 'start'` gives the point before the
 * character at `offset`; `edge: 'end'` gives the point after the character at `offset - 1`, which
 * is what an exclusive span end needs. Null for separators, out-of-range offsets and lost nodes.
 */
export function resolveOffset(
  article: ArticleText,
  offset: number,
  edge: 'start' | 'end',
): TextPoint | null {
  const chunks = runsOf.get(article);
  if (!chunks || !Number.isInteger(offset)) return null;
  const at = edge === 'start' ? offset : offset - 1;
  const found = runAt(chunks, at);
  if (!found) return null;
  const { run, base } = found;
  if (run.virtual) return usable({ node: run.node, offset: run.nodeStart });
  const inside = run.nodeStart + (at - base - run.textStart);
  return usable({ node: run.node, offset: edge === 'start' ? inside : inside + 1 });
}

/** The block holding `[start, end)`, or null when the span leaves its block. */
export function blockOf(article: ArticleText, start: number, end: number): TextBlock | null {
  const block = article.blocks[lastAtOrBefore(article.blocks, start, (b) => b.start)];
  return block && start < end && end <= block.end ? block : null;
}

/**
 * The DOM points bounding `[start, end)` of `article.text`: what {@link rangeFor} feeds to a Range.
 * Null if the span is empty, crosses a block boundary, or its nodes are gone.
 */
export function locateSpan(
  article: ArticleText,
  start: number,
  end: number,
): { start: TextPoint; end: TextPoint } | null {
  if (!blockOf(article, start, end)) return null;
  const a = resolveOffset(article, start, 'start');
  const b = resolveOffset(article, end, 'end');
  return a && b ? { start: a, end: b } : null;
}

/**
 * A DOM Range for `[start, end)` of `article.text`; null if it spans a block boundary or the nodes
 * are gone. Works when the span crosses inline elements (`<a>`, `<b>`, `<span>`).
 */
export function rangeFor(article: ArticleText, start: number, end: number): Range | null {
  const span = locateSpan(article, start, end);
  return span ? rangeOfSpan(span) : null;
}

/** A DOM Range over a span {@link locateSpan} found; null where the DOM has no Range. */
export function rangeOfSpan(span: { start: TextPoint; end: TextPoint }): Range | null {
  try {
    const range = span.start.node.ownerDocument.createRange();
    range.setStart(span.start.node, span.start.offset);
    range.setEnd(span.end.node, span.end.offset);
    return range;
  } catch {
    // DOM shims without Range.setStart (linkedom) land here
    return null;
  }
}
