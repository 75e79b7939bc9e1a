import { describe, expect, it } from 'vitest';
import { ChangeLog } from '../../../lib/page/change-log';
import { FIGURE_ID, MARK_TAG, TAIL_TAG } from '../../../lib/page/own-tags';
import { mulberry32 } from '../../bench/live-blog';
import { page } from './dom-helpers';
import { entry, Recorder } from './recorder';

const BADGE = 'figure-check-badge';
const OWN = [MARK_TAG, TAIL_TAG, BADGE];

/**
 * A live blog whose entries are marked as a scan leaves them: a figure's mark, its tail (the
 * last word of its phrase) and the badge's host right after the tail.
 */
function markedBlog(entries: number): Document {
  const ps = Array.from(
    { length: entries },
    (_, i) =>
      `<p id="p${i}">Entry ${i}: officials said <${MARK_TAG} ${FIGURE_ID}="${i}">${10 + i}</${MARK_TAG}> ` +
      `<${TAIL_TAG} ${FIGURE_ID}="${i}">drones</${TAIL_TAG}><${BADGE}></${BADGE}> were downed.</p>`,
  ).join('');
  return page(`<nav><a href="/">Home</a></nav><article>${ps}</article>`);
}

interface Placed {
  node: Node;
  parent: Node;
  id: string | null;
  /** The node right before it (a badge's host stands right after its figure). */
  previous: Node | null;
  /** For a tail's word: where the tail stands. */
  outer: Node | null;
}

/** Each placed node of the page (marks, tails, their words, hosts) with its parent now. */
function placed(doc: Document): Placed[] {
  const out: Placed[] = [];
  for (const el of Array.from(doc.querySelectorAll(OWN.join(',')))) {
    const [parent, id, previous] = [el.parentNode!, el.getAttribute(FIGURE_ID), el.previousSibling];
    out.push({ node: el, parent, id, previous, outer: null });
    const word = el.localName === TAIL_TAG ? el.lastChild : null;
    if (word)
      out.push({ node: word, parent: el, id: null, previous: word.previousSibling, outer: parent });
  }
  return out;
}

function pick<T>(rnd: () => number, items: ArrayLike<T>): T {
  return items[Math.floor(rnd() * items.length)]!;
}

/** One change a page's scripts could make, told to the log as a browser would tell it. */
function randomChange(doc: Document, rec: Recorder, rnd: () => number, step: number): void {
  const article = doc.querySelector('article')!;
  const ps = article.querySelectorAll('p');
  const p = pick(rnd, ps);
  const own = p.querySelectorAll(OWN.join(','));
  const r = rnd();
  if (r < 0.1) {
    rec.insertBefore(article, entry(doc, `Posted ${step}: 3 drones were downed.`), ps[0]!);
  } else if (r < 0.2) {
    rec.remove(p);
  } else if (r < 0.3) {
    // An entry moved elsewhere, whole.
    rec.insertBefore(article, p, pick(rnd, ps));
  } else if (r < 0.4) {
    // An entry wrapped in a new block: moved, its own children untouched.
    const box = doc.createElement('div');
    rec.insertBefore(article, box, p);
    rec.insertBefore(box, p, null);
  } else if (r < 0.5) {
    rec.setText(p, `Rewritten ${step}: 4 drones were downed.`);
  } else if (r < 0.6 && own.length > 0) {
    // Something put between a figure and its badge.
    const target = pick(rnd, own);
    rec.insertBefore(target.parentNode!, doc.createElement('i'), target);
  } else if (r < 0.7 && own.length > 0) {
    rec.remove(pick(rnd, own));
  } else if (r < 0.8 && own.length > 0) {
    rec.setAttribute(pick(rnd, own), FIGURE_ID, `x${step}`);
  } else if (r < 0.9) {
    // Elsewhere on the page: nothing placed moves.
    rec.insertBefore(doc.querySelector('nav')!, doc.createElement('span'), null);
  } else {
    const tail = p.querySelector(TAIL_TAG);
    if (tail?.lastChild) rec.setText(tail, 'missiles');
  }
}

describe('the change log', () => {
  it('never vouches for a node that moved, and vouches for most that did not', () => {
    for (const seed of [1, 2, 3]) {
      const rnd = mulberry32(seed);
      const doc = markedBlog(40);
      const log = new ChangeLog(doc, OWN, false);
      const rec = new Recorder(log, seed === 2);
      let asked = 0;
      let vouched = 0;
      for (let round = 0; round < 60; round++) {
        // A check of the page: what it finds placed is what the log is asked about next.
        log.begin();
        const seen = placed(doc);
        log.settle();
        const changes = 1 + Math.floor(rnd() * 4);
        for (let k = 0; k < changes; k++) randomChange(doc, rec, rnd, round * 10 + k);
        rec.flush();
        for (const { node, parent, id, previous, outer } of seen) {
          asked += 1;
          if (!log.unmoved(node, parent)) continue;
          // A tail's word goes with its tail: the two answers together vouch for both.
          if (outer && !log.unmoved(parent, outer)) continue;
          vouched += 1;
          expect(node.parentNode).toBe(parent);
          expect(node.previousSibling).toBe(previous);
          // Of a node not its own, the log knows only its place among its parent's children:
          // a caller asks about the own element around it too.
          if (node.nodeType !== 1) continue;
          expect(node.isConnected).toBe(true);
          expect((node as Element).getAttribute(FIGURE_ID)).toBe(id);
        }
      }
      // Each round changes a few entries of forty: what it cannot vouch for is the exception.
      expect(vouched / asked).toBeGreaterThan(0.6);
    }
  });

  it('vouches for nothing once its changes were too many to keep, until settled', () => {
    const doc = markedBlog(2);
    const log = new ChangeLog(doc, OWN, false);
    const rec = new Recorder(log);
    const mark = doc.querySelector(MARK_TAG)!;
    const nav = doc.querySelector('nav')!;
    expect(log.unmoved(mark, mark.parentNode!)).toBe(true);
    for (let i = 0; i < 9000; i++) {
      const b = doc.createElement('b');
      rec.insertBefore(nav, b, null);
      rec.remove(b);
    }
    expect(log.unmoved(mark, mark.parentNode!)).toBe(false);
    log.begin();
    log.settle();
    expect(log.unmoved(mark, mark.parentNode!)).toBe(true);
  });

  it('forgets at a settle only what changed before the check began', () => {
    const doc = markedBlog(3);
    const log = new ChangeLog(doc, OWN, false);
    const rec = new Recorder(log);
    const [first, second, third] = Array.from(doc.querySelectorAll(MARK_TAG));
    const article = doc.querySelector('article')!;
    // Before the check: the first entry moves to the end. The check finds it there.
    rec.insertBefore(article, first!.parentNode!, null);
    log.begin();
    expect(log.unmoved(first!, first!.parentNode!)).toBe(false);
    // While the check runs, a page script (an event the check's own writes fire) moves the
    // second entry, and the check puts a badge after the third mark.
    rec.insertBefore(article, second!.parentNode!, null);
    rec.insertBefore(third!.parentNode!, doc.createElement(BADGE), third!.nextSibling);
    log.settle();
    expect(log.unmoved(first!, first!.parentNode!)).toBe(true);
    expect(log.unmoved(second!, second!.parentNode!)).toBe(false);
    expect(log.unmoved(third!, third!.parentNode!)).toBe(false);
    // A check that never settles (it failed) leaves what it began with to the next one.
    const parent = first!.parentNode!;
    rec.insertBefore(article, doc.createElement('div'), null);
    rec.insertBefore(article.lastChild!, parent, null);
    log.begin();
    log.begin();
    expect(log.unmoved(first!, parent)).toBe(false);
    log.settle();
    expect(log.unmoved(first!, parent)).toBe(true);
  });

  it('vouches for nothing once stopped, or where no change can be watched', () => {
    const doc = markedBlog(1);
    const mark = doc.querySelector(MARK_TAG)!;
    const log = new ChangeLog(doc, OWN, false);
    log.stop();
    expect(log.unmoved(mark, mark.parentNode!)).toBe(false);
    // A document without a window, as one made by DOMParser.
    const blind = { defaultView: null } as unknown as Document;
    expect(new ChangeLog(blind, OWN).unmoved(mark, mark.parentNode!)).toBe(false);
  });
});
