/**
 * What the article reader keeps between reads of one page, so that a page read again (a live
 * blog that grows, an entry corrected) is walked only where the DOM changed. Every subtree it
 * remembers is forgotten as soon as anything inside it changes: a text edit, a node added or
 * removed, including the extension's own marks (which split text nodes the remembered map
 * points into).
 *
 * Attribute changes are not watched (the page watcher does not report them either): an element
 * hidden by a class change is re-judged on the next full read (navigation, burst, switch-on).
 *
 * @module
 */
import type { RunChunk, TextBlock } from './text-map';

/**
 * What reading one block-level element wrote, relative to its first block: its text (blocks
 * joined with "\n\n"), its blocks (the last one still open when the element ended) and the map
 * back to its text nodes. Empty text when the element held no words.
 */
export interface BlockRecording {
  text: string;
  blocks: readonly TextBlock[];
  /** Laid out from the element's first block; shared by every read that replays it. */
  runs: readonly RunChunk[];
}

/** The reader's memory of one page. Without a `MutationObserver` it remembers nothing. */
export class ArticleReadCache {
  #recordings = new WeakMap<Element, BlockRecording>();
  #measures = new WeakMap<Element, Map<string, number>>();
  readonly #observer: MutationObserver | null;

  /**
   * @param doc - the page; changes anywhere in it are watched from now on.
   * @param watch - false in tests that report changes themselves with {@link changed}.
   */
  constructor(doc: Document, watch = true) {
    const Observer = watch ? doc.defaultView?.MutationObserver : undefined;
    this.#observer = Observer ? new Observer((records) => this.#forgetAll(records)) : null;
    this.#observer?.observe(doc, { childList: true, subtree: true, characterData: true });
    this.enabled = !watch || this.#observer !== null;
  }

  /** Whether anything is remembered at all (a page without an observer cannot know what changed). */
  readonly enabled: boolean;

  /** Takes in the changes made since the last call; the reader calls this before each read. */
  sync(): void {
    const records = this.#observer?.takeRecords();
    if (records) this.#forgetAll(records);
  }

  /** Forgets `node` and every element around it: its text changed or its children did. */
  changed(node: Node): void {
    for (let n: Node | null = node; n; n = n.parentNode) {
      if (n.nodeType !== 1) continue;
      this.#recordings.delete(n as Element);
      this.#measures.delete(n as Element);
    }
  }

  /** Forgets everything (a full rescan). */
  clear(): void {
    this.#recordings = new WeakMap();
    this.#measures = new WeakMap();
  }

  /** Stops watching the page; the cache is then forgotten too. */
  stop(): void {
    this.#observer?.disconnect();
    this.clear();
  }

  /** What reading `el` wrote last time, if nothing in it changed since. */
  recording(el: Element): BlockRecording | undefined {
    return this.enabled ? this.#recordings.get(el) : undefined;
  }

  /** Remembers what reading `el` wrote. */
  record(el: Element, recording: BlockRecording): void {
    if (this.enabled) this.#recordings.set(el, recording);
  }

  /**
   * A number worked out from `el`'s subtree (its text length, what kind of block it is), by
   * `compute` when not remembered under `name` since `el` last changed.
   */
  measure(el: Element, name: string, compute: (el: Element) => number): number {
    if (!this.enabled) return compute(el);
    let measures = this.#measures.get(el);
    if (!measures) {
      measures = new Map();
      this.#measures.set(el, measures);
    }
    let value = measures.get(name);
    if (value === undefined) {
      value = compute(el);
      measures.set(name, value);
    }
    return value;
  }

  #forgetAll(records: readonly MutationRecord[]): void {
    for (const record of records) {
      this.changed(record.target);
      // A subtree moved in may have been edited while out of the page, where nothing watched it.
      for (const added of Array.from(record.addedNodes)) {
        if (added.nodeType !== 1) continue;
        this.#recordings.delete(added as Element);
        this.#measures.delete(added as Element);
      }
    }
  }
}
