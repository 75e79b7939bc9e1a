/**
 * What the last read of the article root wrote for each of the root's children, kept up to
 * date with the page's mutation records, so that the next read walks only the children that
 * changed or came, and lays in the text, blocks and map of the others from the last read as one
 * stretch (a live blog of thousands of entries changes one or two at a time).
 *
 * A plan is made only when every child of the root began and ended at a clean boundary (see
 * `BlockWriter.clean`): then what a child wrote does not depend on what came before it, and a
 * read that lays in the unchanged children gives exactly what a fresh walk gives.
 *
 * @module
 */
import { listOf } from './dom';
import type { ArticleText } from './text-map';

/** How one child node of the root took part in the last read. */
export interface ChildSpan {
  node: Node;
  /** Its text in the last read, without the "\n\n" before it; empty when it wrote nothing. */
  start: number;
  end: number;
  /**
   * Walked again on every read, as the walk would: a child the read cache keeps nothing of
   * (a skipped element is judged again; a non-block element's words are walked again).
   */
  volatile: boolean;
  /** Changed inside, or new: walked again on the next read. */
  dirty: boolean;
}

/** More nodes than this in one record of the root's children: a full read is cheaper. */
const MAX_NODES_PER_RECORD = 64;

/** The root's children as the last read met them, and what changed since. */
export class RootPlan {
  readonly #byNode = new Map<Node, ChildSpan>();
  /** False once a change came that the plan cannot follow: the next read walks it all. */
  #usable = true;

  /**
   * @param root - the article root that was read.
   * @param headline - the headline read before the root (outside it), if any.
   * @param article - what the read gave.
   * @param spans - the root's children in order, as the read met them.
   */
  constructor(
    readonly root: Element,
    readonly headline: Element | null,
    public article: ArticleText,
    readonly spans: ChildSpan[],
  ) {
    for (const span of spans) this.#byNode.set(span.node, span);
  }

  /** Whether the next read of `root` can be laid out from this plan. */
  usableFor(root: Element): boolean {
    return this.#usable && root === this.root;
  }

  /** Takes in one mutation record of the page (attribute records change nothing here). */
  take(record: MutationRecord): void {
    if (!this.#usable || record.type === 'attributes') return;
    if (record.target === this.root && record.type === 'childList') this.#restructure(record);
    else this.#touch(record.target);
  }

  /**
   * Takes in a change told by hand (tests): `node`'s text or children changed, in ways not
   * said. A change of the root's own children, or around the root, cannot be followed.
   */
  changed(node: Node): void {
    if (!this.#usable) return;
    if (node === this.root || contains(node, this.root)) this.#usable = false;
    else this.#touch(node);
  }

  /** Marks dirty the child of the root that holds `node`; nothing when it is outside the root. */
  #touch(node: Node): void {
    let n: Node | null = node;
    while (n && n.parentNode !== this.root) n = n.parentNode;
    const span = n && this.#byNode.get(n);
    if (span) span.dirty = true;
    else if (n) this.#usable = false;
  }

  /** Applies one change of the root's child list, in the order the page made them. */
  #restructure(record: MutationRecord): void {
    const added = listOf(record.addedNodes);
    const removed = listOf(record.removedNodes);
    const previous = record.previousSibling;
    if (
      added.length + removed.length > MAX_NODES_PER_RECORD ||
      (added.length > 0 && previous === undefined)
    ) {
      this.#usable = false;
      return;
    }
    for (const node of removed) {
      const span = this.#byNode.get(node);
      const at = span ? this.spans.indexOf(span) : -1;
      if (at < 0) {
        this.#usable = false;
        return;
      }
      this.spans.splice(at, 1);
      this.#byNode.delete(node);
    }
    if (added.length === 0) return;
    let at = 0;
    if (previous) {
      const span = this.#byNode.get(previous);
      at = span ? this.spans.indexOf(span) + 1 : 0;
      if (!span) {
        this.#usable = false;
        return;
      }
    }
    const fresh = added.map((node): ChildSpan => {
      const span = { node, start: 0, end: 0, volatile: false, dirty: true };
      this.#byNode.set(node, span);
      return span;
    });
    this.spans.splice(at, 0, ...fresh);
  }
}

function contains(outer: Node, inner: Node): boolean {
  try {
    return outer.contains(inner);
  } catch {
    return false;
  }
}
