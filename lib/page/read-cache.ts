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
import { precedes, queryAll } from './dom';
import type { RootPlan } from './root-plan';
import type { RunChunk, TextBlock } from './text-map';

/**
 * Attributes that whole-page queries select by (`[itemprop="articleBody"]`, `[role="main"]`):
 * watched so that a query's remembered elements are never out of date.
 */
const QUERIED_ATTRIBUTES = ['itemprop', 'role'];

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
  /** The elements of the whole page a selector matches, in document order. */
  #queries = new Map<string, readonly Element[]>();
  /**
   * Since each query was last brought up to date: the elements added to the page that match
   * its selector or hold a match, and whether one such was removed (see {@link queryPage}).
   */
  #queryChanges = new Map<string, { added: Element[]; removed: boolean }>();
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
  }

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
    this.#forgetAllQueries();
  }

  /** Forgets everything (a full rescan). */
  clear(): void {
    this.#recordings = new WeakMap();
    this.#measures = new WeakMap();
    this.#forgetAllQueries();
    this.#plan = null;
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
    let found = this.#queries.get(selector);
    const changes = this.#queryChanges.get(selector);
    this.#queryChanges.delete(selector);
    if (found && changes)
      found = updatedQuery(doc, found, selector, changes.added, changes.removed) ?? undefined;
    if (!found) {
      found = queryAll(doc, selector);
      this.#queries.set(selector, found);
    } else if (changes) {
      this.#queries.set(selector, found);
    }
    return found;
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

  /**
   * Forgets what the changes in `records` touch: every element around a change, every element
   * added, and the whole-page queries that an element added or removed, or a watched attribute,
   * could change. The observer's records come here; a test may hand in its own.
   */
  takeIn(records: readonly MutationRecord[]): void {
    for (const record of records) {
      this.#plan?.take(record);
      if (record.type === 'attributes') {
        this.#forgetAllQueries();
        continue;
      }
      this.#forgetAround(record.target);
      // A subtree moved in may have been edited while out of the page, where nothing watched it.
      for (const added of Array.from(record.addedNodes)) {
        if (added.nodeType !== 1) continue;
        this.#recordings.delete(added as Element);
        this.#measures.delete(added as Element);
        if (this.#queries.size > 0) this.#noteInQueries(added as Element, false);
      }
      if (this.#queries.size === 0) continue;
      for (const removed of Array.from(record.removedNodes)) {
        if (removed.nodeType === 1) this.#noteInQueries(removed as Element, true);
      }
    }
  }

  #forgetAround(node: Node): void {
    for (let n: Node | null = node; n; n = n.parentNode) {
      if (n.nodeType !== 1) continue;
      this.#recordings.delete(n as Element);
      this.#measures.delete(n as Element);
    }
  }

  /** Notes `el` (come or gone) for the queries it matches or holds a match of. */
  #noteInQueries(el: Element, removed: boolean): void {
    for (const selector of this.#queries.keys()) {
      // One removal already makes the next ask drop every element gone: no need to look.
      if (removed && this.#queryChanges.get(selector)?.removed) continue;
      let touches: boolean;
      try {
        touches = el.matches(selector) || el.querySelector(selector) !== null;
      } catch {
        // an element that cannot answer may match: the query is made afresh
        this.#queries.delete(selector);
        this.#queryChanges.delete(selector);
        continue;
      }
      if (!touches) continue;
      let changes = this.#queryChanges.get(selector);
      if (!changes) {
        changes = { added: [], removed: false };
        this.#queryChanges.set(selector, changes);
      }
      if (removed) changes.removed = true;
      else if (changes.added.length < MAX_ADDED) changes.added.push(el);
      else this.#queries.delete(selector);
    }
  }

  #forgetAllQueries(): void {
    this.#queries.clear();
    this.#queryChanges.clear();
  }
}

/** More elements added at once than this, and a query is made afresh instead of updated. */
const MAX_ADDED = 64;

/**
 * `found` (the page's matches of `selector`, in document order, before the changes) brought up
 * to date: elements no longer in the page `doc` leave, the matches in and under `added` (elements
 * added since, some perhaps moved from elsewhere in the page) come in at their place in
 * document order. Null when it would cost more than querying the page again.
 */
function updatedQuery(
  doc: Document,
  found: readonly Element[],
  selector: string,
  added: readonly Element[],
  removed: boolean,
): Element[] | null {
  const fresh = new Set<Element>();
  try {
    for (const root of added) {
      if (!root.isConnected) continue;
      if (root.matches(selector)) fresh.add(root);
      for (const el of Array.from(root.querySelectorAll(selector))) fresh.add(el);
      if (fresh.size > MAX_ADDED) return null;
    }
  } catch {
    return null;
  }
  const kept =
    removed || fresh.size > 0
      ? found.filter((el) => el.isConnected && el.ownerDocument === doc && !fresh.has(el))
      : [...found];
  for (const el of fresh) {
    // Bisection: a live blog's new entries are a few among thousands of kept matches.
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (precedes(kept[mid]!, el)) lo = mid + 1;
      else hi = mid;
    }
    kept.splice(lo, 0, el);
  }
  return kept;
}
