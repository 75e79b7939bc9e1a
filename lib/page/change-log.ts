/**
 * What moved in a page since the extension last placed its marks and badges, so that a page
 * checked again on every change (a live blog) does not ask the DOM, for each of hundreds of
 * figures, whether its mark still stands and its badge still follows it. Each such question is
 * a few property reads across the content script's world boundary, about a microsecond apiece.
 *
 * The log watches every change of a child list in the page, and every change of a figure id. A
 * node last seen as a child of `parent` is where it was if, since then, `parent`'s children did
 * not change, the node was not taken out (alone or with an element around it) and its figure id
 * was not rewritten. The log cannot say that a node stands; only that nothing happened that
 * could have moved it. Whoever asks must have seen it standing after the log started, and
 * checks it on the page whenever the log cannot vouch for it.
 *
 * @module
 */
import { listOf } from './dom';
import { FIGURE_ID } from './own-tags';

/** Past this many nodes changed, the log stops keeping them and vouches for nothing. */
const MAX_KEPT = 8192;

/** What a caller asks of the log (the badge layer gets it through `BadgeSurface.update`). */
export interface PlacedSince {
  /**
   * True when `node`, seen as a child of `parent` since the log started and at or after the
   * last {@link ChangeLog.settle}, still is, between the same siblings: nothing changed
   * `parent`'s children. For the extension's own elements (the tags the log was given) it also
   * says that the node was not taken out of the page with an element around it, nor given
   * another figure id. Of any other node the log cannot tell that: ask about an own element
   * beside it or around it too.
   */
  unmoved(node: Node, parent: Node): boolean;
}

/** The page changes since the last {@link settle}, as far as placed nodes care. */
export class ChangeLog implements PlacedSince {
  /** Nodes whose children changed. */
  #touched = new Set<Node>();
  /** The extension's elements taken out (alone or inside another), or given another figure id. */
  #moved = new Set<Node>();
  /**
   * More changed than is worth keeping (a page that churns while nothing settles the log, as one
   * that is no article): nothing is vouched for until the next settle.
   */
  #lost = false;
  readonly #observer: MutationObserver | null;
  /** Whether changes are told at all (by the observer, or by a test). */
  readonly #watching: boolean;
  readonly #ownSelector: string;

  /**
   * @param doc - the page, watched from now on.
   * @param ownTags - tags of the elements the callers place (marks, tails, badge hosts): those
   *   inside a subtree taken out are looked for.
   * @param watch - false in tests that tell the changes themselves with {@link takeIn}.
   */
  constructor(doc: Document, ownTags: readonly string[], watch = true) {
    this.#ownSelector = ownTags.join(',');
    const Observer = watch ? doc.defaultView?.MutationObserver : undefined;
    this.#observer = Observer ? new Observer((records) => this.takeIn(records)) : null;
    this.#watching = !watch || this.#observer !== null;
    this.#observer?.observe(doc, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: [FIGURE_ID],
    });
  }

  unmoved(node: Node, parent: Node): boolean {
    // Without an observer nothing is known: every node is checked on the page.
    if (!this.#watching) return false;
    const records = this.#observer?.takeRecords();
    if (records && records.length > 0) this.takeIn(records);
    return !this.#lost && !this.#touched.has(parent) && !this.#moved.has(node);
  }

  /**
   * Forgets the changes so far: the caller has just checked, or placed, every node it will ask
   * about next (the marks and badges drawn after a scan's answer).
   */
  settle(): void {
    this.#observer?.takeRecords();
    this.#forget(false);
  }

  /** Stops watching; nothing is vouched for after. */
  stop(): void {
    this.#observer?.disconnect();
    this.#forget(true);
  }

  #forget(lost: boolean): void {
    this.#touched = new Set();
    this.#moved = new Set();
    this.#lost = lost;
  }

  /** Notes what `records` moved. The observer's records come here; a test may hand in its own. */
  takeIn(records: readonly MutationRecord[]): void {
    if (this.#lost) return;
    for (const record of records) {
      if (record.type === 'attributes') {
        this.#moved.add(record.target);
        continue;
      }
      if (record.type !== 'childList') continue;
      this.#touched.add(record.target);
      // Read by index: the list is built on the first read, and marking adds only (most records).
      const removed = record.removedNodes;
      for (let i = 0; i < removed.length; i++) {
        const node = removed[i]!;
        this.#moved.add(node);
        if (node.nodeType !== 1 || !(node as Element).firstElementChild) continue;
        for (const el of listOf((node as Element).querySelectorAll(this.#ownSelector)))
          this.#moved.add(el);
      }
    }
    if (this.#touched.size + this.#moved.size > MAX_KEPT) this.#forget(true);
  }
}
