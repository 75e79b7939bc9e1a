/**
 * Where each marked figure's badge goes, kept from scan to scan. Finding the anchors by querying
 * the whole page for marks and tails, and the highest figure id by reading every mark, took
 * milliseconds after every change of a long live blog, though a change touches a few figures.
 *
 * What the index holds is checked before it is used: an element the page took out (or moved to
 * another document), or gave another figure id, sends the index back to the page, which it then
 * reads whole. So the anchors it gives are those a read of the whole page finds (see
 * {@link pageAnchors}), but for two cases it does not look for, where the badge stays after the
 * same words all the same: a copy the page made of a figure's mark while the original stays in
 * place, and a figure in several pieces whose pieces the page put in another order.
 *
 * It holds records only of the figures last asked for and those made since, so the marks of
 * entries a live blog drops are not kept alive by it.
 *
 * @module
 */
import type { PlacedSince } from './change-log';
import { listOf } from './dom';
import { FIGURE_ID, MARK_TAG, TAIL_TAG } from './own-tags';
import { tailAnchor } from './phrase-tail';

/** A figure the index no longer holds (see {@link AnchorIndex.drop}): its id, last mark and tail. */
export interface DroppedFigure {
  id: string;
  mark: Element | null;
  tail: Element | null;
}

/** The figure ids of the page's marks and tails, and where each figure's badge goes. */
export class AnchorIndex {
  /** Each figure's last mark in document order (the one a badge without a tail follows). */
  #marks = new Map<string, Element>();
  /** Each figure's tail, when it has one. */
  #tails = new Map<string, Element>();
  /** The highest figure id on the page; -1 while not known (it is then read from the page). */
  #highest = -1;
  /**
   * How each figure stood when last found standing on the page, with the log that can vouch
   * that it still does (see {@link anchors}).
   */
  #seen = new Map<string, Seen>();

  /**
   * A new figure id, above every id on the page and every id given before: read from the page
   * the first time (marks of an earlier copy of the content script may be there), then counted
   * on. Never one given before, so a badge never moves to another figure that took its id.
   */
  newId(doc: Document): string {
    if (this.#highest < 0) this.read(doc);
    this.#highest += 1;
    return String(this.#highest);
  }

  /**
   * Records a figure marked now: its last mark in document order, and its tail when one was
   * made. Ids it gives itself (see {@link newId}).
   */
  made(figureId: string, lastMark: Element, tail: Element | null): void {
    this.#marks.set(figureId, lastMark);
    if (tail) this.#tails.set(figureId, tail);
    else this.#tails.delete(figureId);
    this.#seen.delete(figureId);
  }

  /**
   * Where the badge of each figure in `figureIds` goes (see {@link pageAnchors}), from what the
   * index holds when all of it still stands as it was recorded; otherwise read from the page.
   * Ids with no mark on the page are missing from the map.
   */
  anchors(doc: Document, figureIds: Iterable<string>, log?: PlacedSince): Map<string, Node> {
    const out = new Map<string, Node>();
    for (const id of figureIds) {
      const anchor = this.#unmovedAnchor(id, log) ?? this.#anchorOf(doc, id, log);
      if (!anchor) return this.read(doc);
      out.set(id, anchor);
    }
    if (this.#marks.size > out.size) this.#keepOnly(out);
    return out;
  }

  /**
   * Takes the figures the index holds that are not in `kept` out of it, and says where they
   * stood: the figures a scan no longer finds (an entry pushed below the figures a page checks,
   * a sentence edited so that it no longer reads as a figure), whose marks the caller then takes
   * out of the page.
   */
  drop(kept: ReadonlySet<string>): DroppedFigure[] {
    const dropped: DroppedFigure[] = [];
    for (const [id, mark] of this.#marks) {
      if (kept.has(id)) continue;
      dropped.push({ id, mark, tail: this.#tails.get(id) ?? null });
    }
    // A tail can outlive its marks (the page took them out): it goes too.
    for (const [id, tail] of this.#tails) {
      if (!kept.has(id) && !this.#marks.has(id)) dropped.push({ id, mark: null, tail });
    }
    for (const { id } of dropped) {
      this.#marks.delete(id);
      this.#tails.delete(id);
      this.#seen.delete(id);
    }
    return dropped;
  }

  /**
   * Forgets the records: the page's marks were taken away, or may have been. Ids go on from
   * the highest given, read from the page again if need be.
   */
  forget(): void {
    this.#marks = new Map();
    this.#tails = new Map();
    this.#seen = new Map();
  }

  /**
   * The anchor of `id` as it stood when last found standing, if `log` vouches that none of its
   * nodes can have moved since; otherwise null.
   */
  #unmovedAnchor(id: string, log: PlacedSince | undefined): Node | null {
    const seen = this.#seen.get(id);
    const mark = this.#marks.get(id);
    if (!seen || !mark || !log || seen.log !== log) return null;
    const tail = this.#tails.get(id);
    const anchor = seen.anchor;
    if (!log.unmoved(mark, seen.markParent)) return null;
    // A tail's anchor is its end, a child of the tail, or the tail itself once that is gone
    // (see tailAnchor): which one does not change while the tail's children do not.
    if (tail && !(log.unmoved(tail, seen.tailParent!) && log.unmoved(anchor, tail))) return null;
    return anchor;
  }

  /** The anchor of `id` from what was recorded, or null when that no longer stands. */
  #anchorOf(doc: Document, id: string, log: PlacedSince | undefined): Node | null {
    this.#seen.delete(id);
    const mark = this.#marks.get(id);
    if (!mark || !standing(doc, mark, id)) return null;
    const tail = this.#tails.get(id) ?? null;
    if (tail && !standing(doc, tail, id)) return null;
    const anchor = tail ? tailAnchor(tail) : mark;
    const markParent = mark.parentNode;
    const tailParent = tail?.parentNode ?? null;
    if (log && markParent && (!tail || tailParent))
      this.#seen.set(id, { log, anchor, markParent, tailParent });
    return anchor;
  }

  /** Keeps the records of the figures in `asked` only. */
  #keepOnly(asked: ReadonlyMap<string, Node>): void {
    const marks = new Map<string, Element>();
    const tails = new Map<string, Element>();
    for (const id of asked.keys()) {
      marks.set(id, this.#marks.get(id)!);
      const tail = this.#tails.get(id);
      if (tail) tails.set(id, tail);
    }
    this.#marks = marks;
    this.#tails = tails;
    for (const id of this.#seen.keys()) if (!asked.has(id)) this.#seen.delete(id);
  }

  /** Reads every mark and tail of the page afresh; returns the anchors of all its figures. */
  read(doc: Document): Map<string, Node> {
    this.forget();
    // Tails count too: a tail can outlive its marks, and its id must not be given again.
    let highest = Math.max(this.#highest, 0);
    const idOf = (el: Element): string | null => {
      const id = el.getAttribute(FIGURE_ID);
      const n = Number(id);
      if (id && Number.isSafeInteger(n) && n > highest) highest = n;
      return id || null;
    };
    for (const mark of listOf(doc.querySelectorAll(MARK_TAG))) {
      const id = idOf(mark);
      if (id) this.#marks.set(id, mark);
    }
    for (const tail of listOf(doc.querySelectorAll(TAIL_TAG))) {
      const id = idOf(tail);
      if (id) this.#tails.set(id, tail);
    }
    this.#highest = highest;
    const anchors = new Map<string, Node>();
    for (const [id, mark] of this.#marks) {
      const tail = this.#tails.get(id);
      anchors.set(id, tail ? tailAnchor(tail) : mark);
    }
    return anchors;
  }
}

/** Whether `el` is still in the page `doc` and still carries figure id `id`. */
/**
 * A figure as found standing on the page: the parents of its mark and tail, and its badge's
 * anchor. Forgotten whenever the index records other nodes for it.
 */
interface Seen {
  log: PlacedSince;
  anchor: Node;
  markParent: Node;
  tailParent: Node | null;
}

function standing(doc: Document, el: Element, id: string): boolean {
  return el.isConnected && el.ownerDocument === doc && el.getAttribute(FIGURE_ID) === id;
}

/**
 * Where each marked figure's badge goes, read from the whole page: after the figure's whole
 * phrase, with its last word (see phrase-tail.ts), or after the last of its marks when it has no
 * tail. Keyed by figure id.
 */
export function pageAnchors(doc: Document): Map<string, Node> {
  return new AnchorIndex().read(doc);
}
