/**
 * What the article reader keeps between reads of one page, so that a page read again (a live
 * blog that grows, an entry corrected) is walked only where the DOM changed. Every subtree it
 * remembers is forgotten as soon as anything inside it changes: a text edit, a node added or
 * removed, including the extension's own marks (which split text nodes the remembered map
 * points into).
 *
 * Attribute changes are not watched (the page watcher does not report them either): an element
 * hidden by a class change is re-judged on the next full read (navigation, burst, switch-on).
 * The exception are the attributes the whole-page queries it remembers select by.
 *
 * @module
 */
import { queryAll } from './dom';
import { QueryMemory } from './query-memory';
import type { RootPlan } from './root-plan';
import { RootScores } from './root-scores';
import type { RunChunk, TextBlock } from './text-map';

/**
 * Attributes that whole-page queries select by (`[itemprop="articleBody"]`, `[role="main"]`):
 * watched so that a query's remembered elements are never out of date.
 */
const QUERIED_ATTRIBUTES = ['itemprop', 'role'];

/**
 * What reading one block-level element wrote, relative to its first block: the length of its
 * text (its blocks joined with "\n\n"), its blocks with their text (the last one still open when
 * the element ended) and the map back to its text nodes. Length 0 when the element held no words.
 */
export interface BlockRecording {
  length: number;
  blocks: readonly TextBlock[];
  /** Laid out from the element's first block; shared by every read that replays it. */
  runs: readonly RunChunk[];
}

/** The reader's memory of one page. Without a `MutationObserver` it remembers nothing. */
export class ArticleReadCache {
  #recordings = new WeakMap<Element, BlockRecording>();
  #measures = new WeakMap<Element, Map<string, number>>();
  /** The whole-page queries asked, kept up to date (see {@link queryPage}). */
  readonly #queries = new QueryMemory();
  /** What the last read wrote for each child of the article root (see RootPlan). */
  #plan: RootPlan | null = null;
  readonly #doc: Document;
  readonly #observer: MutationObserver | null;

  /**
   * @param doc - the page; changes anywhere in it are watched from now on.
   * @param watch - false in tests that report changes themselves with {@link changed}.
   */
  constructor(doc: Document, watch = true) {
    const Observer = watch ? doc.defaultView?.MutationObserver : undefined;
    this.#doc = doc;
    this.#observer = Observer ? new Observer((records) => this.takeIn(records)) : null;
    this.#observer?.observe(doc, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: QUERIED_ATTRIBUTES,
    });
    this.enabled = !watch || this.#observer !== null;
    this.rootScores = new RootScores(this.enabled ? this : null);
  }

  /** The paragraph text of the article root's candidates, kept up to date from the changes. */
  readonly rootScores: RootScores;

  /** Whether anything is remembered at all (a page without an observer cannot know what changed). */
  readonly enabled: boolean;

  /** Takes in the changes made since the last call; the reader calls this before each read. */
  sync(): void {
    const records = this.#observer?.takeRecords();
    if (records) this.takeIn(records);
  }

  /**
   * Forgets `node` and every element around it: its text changed or its children did. Not
   * knowing which elements came or went, it forgets every whole-page query too.
   */
  changed(node: Node): void {
    this.#plan?.changed(node);
    this.#forgetAround(node);
    this.#queries.clear();
    this.rootScores.reset();
  }

  /** Forgets everything (a full rescan). */
  clear(): void {
    this.#recordings = new WeakMap();
    this.#measures = new WeakMap();
    this.#queries.clear();
    this.#plan = null;
    this.rootScores.reset();
  }

  /** The plan of the last read of `root`, if the changes since let the next read follow it. */
  planFor(root: Element): RootPlan | null {
    return this.enabled && this.#plan?.usableFor(root) ? this.#plan : null;
  }

  /** Keeps the plan of a full read of the article root (null: the next read is full too). */
  keepPlan(plan: RootPlan | null): void {
    this.#plan = this.enabled ? plan : null;
  }

  /**
   * The elements of the page `doc` matching `selector`, as `querySelectorAll` finds them: a
   * page re-read on every change asked a dozen of these each time, each a walk of the whole
   * page. Remembered, and brought up to date from the elements added and removed since (a live
   * blog's new entry is one `<p>` among thousands); queried afresh after a watched attribute
   * changes or when many came at once. So only for selectors that say no more than a tag and
   * {@link QUERIED_ATTRIBUTES}. The list is shared: do not change it.
   */
  queryPage(doc: Document, selector: string): readonly Element[] {
    if (!this.enabled || doc !== this.#doc) return queryAll(doc, selector);
    this.sync();
    return this.#queries.query(doc, selector);
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
   * `compute` when not remembered under `name` since `el` last changed, or when `fresh` (what
   * is remembered may be out of date, as an element moved within a subtree that moved).
   */
  measure(el: Element, name: string, compute: (el: Element) => number, fresh = false): number {
    if (!this.enabled) return compute(el);
    let measures = this.#measures.get(el);
    if (!measures) {
      measures = new Map();
      this.#measures.set(el, measures);
    }
    let value = fresh ? undefined : measures.get(name);
    if (value === undefined) {
      value = compute(el);
      measures.set(name, value);
    }
    return value;
  }

  /**
   * Forgets what the changes in `records` touch: every element around a change, every element
   * added, and the whole-page queries that an element added or removed, or a watched attribute,
   * could change. The observer's records come here; a test may hand in its own.
   */
  takeIn(records: readonly MutationRecord[]): void {
    // Marking a figure makes several records in one paragraph: its ancestors are forgotten once.
    const forgotten = new Set<Node>();
    // The node lists are read by index: iterating one (Array.from) cost more than all the rest
    // of taking in a record, and marking a live blog's entry makes hundreds of records.
    for (const record of records) {
      const target = record.target;
      // A node taken in already in this batch lies in a child of the root that is dirty already
      // (a change of the root's own children is always taken in: it moves the plan's children).
      if (target === this.#plan?.root || !forgotten.has(target)) this.#plan?.take(record);
      if (record.type === 'attributes') {
        // A role that makes clutter, or a candidate of the story come or gone.
        this.#queries.clear();
        this.rootScores.reset();
        continue;
      }
      this.#forgetAround(target, forgotten);
      // A text changed: no node came or went (each list read makes the browser build one).
      if (record.type === 'characterData') continue;
      // A subtree moved in may have been edited while out of the page, where nothing watched it.
      const added = record.addedNodes;
      for (let i = 0; i < added.length; i++) {
        const node = added[i]!;
        if (node.nodeType !== 1) continue;
        this.#recordings.delete(node as Element);
        this.#measures.delete(node as Element);
        this.rootScores.added(node as Element);
        if (!this.#queries.empty) this.#queries.note(node as Element, false);
      }
      if (this.#queries.empty) continue;
      const removed = record.removedNodes;
      for (let i = 0; i < removed.length; i++) {
        const node = removed[i]!;
        if (node.nodeType === 1) this.#queries.note(node as Element, true);
      }
    }
  }

  /** Forgets `node` and the elements around it, up to one already in `forgotten` (then all are). */
  #forgetAround(node: Node, forgotten: Set<Node> | null = null): void {
    for (let n: Node | null = node; n; n = n.parentNode) {
      if (forgotten) {
        if (forgotten.has(n)) return;
        forgotten.add(n);
      }
      if (n.nodeType !== 1) continue;
      this.#recordings.delete(n as Element);
      this.#measures.delete(n as Element);
      this.rootScores.touched(n as Element);
    }
  }
}
