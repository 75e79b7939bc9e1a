import { page } from './dom-helpers';

/** What takes in a page's mutation records (the read cache, the change log). */
export interface TakesRecords {
  takeIn(records: readonly MutationRecord[]): void;
}

/**
 * Changes a page and tells the cache with the records a browser's MutationObserver gives
 * (linkedom's own observer names the document as the target of every change).
 */
export class Recorder {
  private held: MutationRecord[] = [];

  /**
   * @param batched - hold the records until {@link flush}, which tells them all at once, as a
   *   browser's observer gives every change made since it last reported.
   */
  constructor(
    private readonly cache: TakesRecords,
    private readonly batched = false,
  ) {}

  private tell(record: Partial<MutationRecord>): void {
    const full = {
      addedNodes: [],
      removedNodes: [],
      previousSibling: null,
      nextSibling: null,
      ...record,
    } as unknown as MutationRecord;
    if (this.batched) this.held.push(full);
    else this.cache.takeIn([full]);
  }

  /** Tells the records held so far, in one batch. */
  flush(): void {
    const held = this.held;
    this.held = [];
    if (held.length > 0) this.cache.takeIn(held);
  }

  setData(node: Text, data: string): void {
    node.data = data;
    this.tell({ type: 'characterData', target: node });
  }

  setAttribute(el: Element, name: string, value: string): void {
    el.setAttribute(name, value);
    this.tell({ type: 'attributes', target: el, attributeName: name });
  }

  setText(el: Element, text: string): void {
    const old = Array.from(el.childNodes);
    el.textContent = text;
    this.tell({
      type: 'childList',
      target: el,
      addedNodes: Array.from(el.childNodes) as unknown as NodeList,
      removedNodes: old as unknown as NodeList,
    });
  }

  remove(node: Node): void {
    const parent = node.parentNode!;
    const previousSibling = node.previousSibling;
    const nextSibling = node.nextSibling;
    parent.removeChild(node);
    this.tell({
      type: 'childList',
      target: parent,
      removedNodes: [node] as unknown as NodeList,
      previousSibling,
      nextSibling,
    });
  }

  insertBefore(parent: Node, node: Node, ref: Node | null): void {
    if (node.parentNode) this.remove(node);
    const previousSibling = ref ? ref.previousSibling : parent.lastChild;
    parent.insertBefore(node, ref);
    this.tell({
      type: 'childList',
      target: parent,
      addedNodes: [node] as unknown as NodeList,
      previousSibling,
      nextSibling: ref,
    });
  }
}

/** A live blog: a headline and one `<p>` per entry, newest first, whitespace between. */
export function liveBlog(entries: number): Document {
  const ps = Array.from(
    { length: entries },
    (_, i) =>
      `<p id="p${i}">Entry ${i}: Russia launched ${10 + i} drones at Ukraine overnight, the air force said, and ${i} were shot down.</p>`,
  ).join('\n');
  return page(
    `<nav>Home</nav><article id="root"><h1>Russia-Ukraine war live</h1>\n${ps}\n</article>`,
    '<title>Russia-Ukraine war live | Wire</title>',
  );
}

/** A new entry of a live blog. */
export function entry(doc: Document, words: string): Element {
  const p = doc.createElement('p');
  p.textContent = words;
  return p;
}
