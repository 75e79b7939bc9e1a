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
 * checks it on the page whenever the log cannot vouch for it. A check of the page is framed by
 * {@link ChangeLog.begin} and {@link ChangeLog.settle}: only what changed before it began is
 * forgotten, so a page script that runs inside one of the check's own writes (an event or
 * element reaction) cannot move a node unseen.
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
   * True when `node`, seen as a child of `parent` since the log started and since the check
   * that last settled began (see {@link ChangeLog.begin}), still is, between the same siblings: nothing changed
   * `parent`'s children. For the extension's own elements (the tags the log was given) it also
   * says that the node was not taken out of the page with an element around it, nor given
   * another figure id. Of any other node the log cannot tell that: ask about an own element
   * beside it or around it too.
   */
  unmoved(node: Node, parent: Node): boolean;
}

/** Nodes whose children changed, and own elements taken out or re-labelled. */
interface Changes {
  touched: Set<Node>;
  moved: Set<Node>;
  /** More changed than was worth keeping: nothing is vouched for. */
  lost: boolean;
}

function noChanges(lost = false): Changes {
  return { touched: new Set(), moved: new Set(), lost };
}

/** Whether `changes` may have moved `node` from among `parent`'s children. */
function moves(changes: Changes, node: Node, parent: Node): boolean {
  return changes.lost || changes.touched.has(parent) || changes.moved.has(node);
}

/**
 * The page changes that placed nodes care about, kept from the start of one check of the page to
 * the end of the next: {@link begin} before the marks and badges are looked at, {@link settle}
 * once each was found or put in place. Settling forgets only what changed before the check
 * began: a change made while it ran (by the page, or by the check's own writes) is kept.
 */
export class ChangeLog implements PlacedSince {
  /** What changed since the check under way began (or since the last one settled). */
  #now: Changes = noChanges();
  /** What changed before the check under way began; null when no check is under way. */
  #before: Changes | null = null;
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
    // A check under way took in the changes before it at its start; those made while it runs
    // are taken in at its settle and count at the next check. Not asking the observer again on
    // each of the check's hundreds of questions spares as many empty record lists.
    if (!this.#before) this.#takePending();
    return !moves(this.#now, node, parent) && !(this.#before && moves(this.#before, node, parent));
  }

  /**
   * A check of the placed nodes begins: what changed so far is forgotten at the next
   * {@link settle}, what changes from now on is kept past it.
   */
  begin(): void {
    this.#takePending();
    const now = this.#now;
    const before = this.#before;
    if (before) {
      // The last check never settled (it failed): what it began with still counts.
      before.lost ||= now.lost;
      if (!before.lost) {
        for (const n of now.touched) before.touched.add(n);
        for (const n of now.moved) before.moved.add(n);
      }
    } else {
      this.#before = now;
    }
    this.#now = noChanges();
  }

  /**
   * The check that {@link begin} began found, or put in place, every node it will ask about
   * next: what changed before it began is forgotten.
   */
  settle(): void {
    this.#takePending();
    this.#before = null;
  }

  /** Stops watching; nothing is vouched for after. */
  stop(): void {
    this.#observer?.disconnect();
    this.#now = noChanges(true);
    this.#before = null;
  }

  #takePending(): void {
    const records = this.#observer?.takeRecords();
    if (records && records.length > 0) this.takeIn(records);
  }

  /** Notes what `records` moved. The observer's records come here; a test may hand in its own. */
  takeIn(records: readonly MutationRecord[]): void {
    const now = this.#now;
    if (now.lost) return;
    for (const record of records) {
      if (record.type === 'attributes') {
        now.moved.add(record.target);
        continue;
      }
      if (record.type !== 'childList') continue;
      now.touched.add(record.target);
      // Read by index: the list is built on the first read, and marking adds only (most records).
      const removed = record.removedNodes;
      for (let i = 0; i < removed.length; i++) {
        const node = removed[i]!;
        now.moved.add(node);
        if (node.nodeType !== 1 || !(node as Element).firstElementChild) continue;
        for (const el of listOf((node as Element).querySelectorAll(this.#ownSelector)))
          now.moved.add(el);
      }
    }
    if (now.touched.size + now.moved.size > MAX_KEPT) this.#now = noChanges(true);
  }
}
