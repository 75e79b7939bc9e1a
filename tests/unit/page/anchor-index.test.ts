import { describe, expect, it, vi } from 'vitest';
import { AnchorIndex, pageAnchors } from '../../../lib/page/anchor-index';
import { ChangeLog, type PlacedSince } from '../../../lib/page/change-log';
import { unmarkFigures } from '../../../lib/page/mark-figures';
import { FIGURE_ID, MARK_TAG, TAIL_TAG } from '../../../lib/page/own-tags';
import { page } from './dom-helpers';
import { Recorder } from './recorder';

// Marks and tails are written straight into the pages here: linkedom cannot split text nodes,
// so making them is tested in the browser (tests/e2e/marks.e2e.ts, live-edit.e2e.ts).
const mark = (id: string, words: string) =>
  `<${MARK_TAG} data-figure-id="${id}">${words}</${MARK_TAG}>`;
const tail = (id: string, words: string) =>
  `<${TAIL_TAG} data-figure-id="${id}">${words}</${TAIL_TAG}>`;

function story(): Document {
  return page(
    `<article><p>Russia launched ${mark('1', '57')} ${tail('1', 'drones')} overnight.</p>` +
      `<p>At least ${mark('2', 'two')} people were killed and ${mark('3', 'five')} hurt.</p></article>`,
  );
}

function el(doc: ParentNode, selector: string): Element {
  const found = doc.querySelector(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

describe('pageAnchors', () => {
  it('puts a badge after the tail of a figure that has one, else after its last mark', () => {
    const doc = story();
    const anchors = pageAnchors(doc);
    expect([...anchors.keys()].sort()).toEqual(['1', '2', '3']);
    expect(anchors.get('1')).toBe(el(doc, `${TAIL_TAG}[data-figure-id="1"]`));
    expect(anchors.get('2')).toBe(el(doc, `${MARK_TAG}[data-figure-id="2"]`));
  });

  it('gives no anchor to a tail whose figure has no mark left', () => {
    const doc = page(`<p>${tail('4', 'drones')}</p>`);
    expect(pageAnchors(doc).size).toBe(0);
  });
});

describe('AnchorIndex', () => {
  it('numbers new figures above every id already on the page, then counts on', () => {
    const doc = page(`<p>${mark('7', 'seven')} and ${mark('x', 'odd')}</p>`);
    const index = new AnchorIndex();
    expect(index.newId(doc)).toBe('8');
    // Taken from the count, not the page: the figure is made after its id is given.
    expect(index.newId(doc)).toBe('9');
    // The marks were taken away: ids still go on, never given twice.
    index.forget();
    expect(index.newId(doc)).toBe('10');
  });

  it('gives no id that a tail left behind on the page still carries', () => {
    // The page took figure 10's mark out but left its tail (and the badge after it).
    const doc = page(`<p>${mark('9', 'nine')} ${tail('10', 'drones')}</p>`);
    const index = new AnchorIndex();
    expect(index.newId(doc)).toBe('11');
  });

  it('keeps records only of the figures last asked for and those made since', () => {
    const doc = story();
    const index = new AnchorIndex();
    index.read(doc);
    // The page drops the second entry; its figures are no longer asked for.
    const gone = el(doc, 'p:nth-of-type(2)');
    gone.remove();
    expect(index.anchors(doc, ['1']).size).toBe(1);
    // Their records went: put back, the entry's marks are found only by reading the page.
    el(doc, 'article').append(gone);
    const reads = vi.spyOn(doc, 'querySelectorAll');
    expect(index.anchors(doc, ['1', '2']).get('2')).toBe(
      el(doc, `${MARK_TAG}[data-figure-id="2"]`),
    );
    expect(reads).toHaveBeenCalled();
  });

  it('answers from what it recorded while that still stands in the page', () => {
    const doc = story();
    const index = new AnchorIndex();
    index.read(doc);
    const two = el(doc, `${MARK_TAG}[data-figure-id="2"]`);
    // The page later loses figure 3's mark but not 2's: asking only for 2 needs no re-read.
    el(doc, `${MARK_TAG}[data-figure-id="3"]`).remove();
    const reads = vi.spyOn(doc, 'querySelectorAll');
    expect(index.anchors(doc, ['2']).get('2')).toBe(two);
    expect(reads).not.toHaveBeenCalled();
  });

  it('reads the page again when a recorded mark is gone or carries another id', () => {
    const doc = story();
    const index = new AnchorIndex();
    index.read(doc);
    // The page re-renders the first paragraph with a copy of its words and marks.
    const first = el(doc, 'p');
    const copy = first.cloneNode(true) as Element;
    first.replaceWith(copy);
    const anchors = index.anchors(doc, ['1', '2']);
    expect(anchors.get('1')).toBe(el(copy, TAIL_TAG));
    expect(anchors.get('2')).toBe(el(doc, `${MARK_TAG}[data-figure-id="2"]`));
    // A mark that now says it is another figure is not taken for the one recorded.
    el(doc, `${MARK_TAG}[data-figure-id="2"]`).setAttribute('data-figure-id', '9');
    expect(index.anchors(doc, ['2']).has('2')).toBe(false);
  });

  it('takes the figures it made without reading the page', () => {
    const doc = story();
    const index = new AnchorIndex();
    index.read(doc);
    const p = doc.createElement('p');
    for (const [tag, words] of [
      [MARK_TAG, '40'],
      [TAIL_TAG, 'drones'],
    ] as const) {
      const made = doc.createElement(tag);
      made.setAttribute('data-figure-id', '4');
      made.textContent = words;
      p.append(made);
    }
    el(doc, 'article').prepend(p);
    index.made('4', el(p, MARK_TAG), el(p, TAIL_TAG));
    const reads = vi.spyOn(doc, 'querySelectorAll');
    const anchors = index.anchors(doc, ['4', '2']);
    expect(anchors.get('4')).toBe(el(p, TAIL_TAG));
    expect(anchors.get('2')).toBe(el(doc, `${MARK_TAG}[data-figure-id="2"]`));
    expect(reads).not.toHaveBeenCalled();
    // Figure 1's tail is taken out behind the index's back: the page is read again.
    el(doc, `${TAIL_TAG}[data-figure-id="1"]`).remove();
    expect(index.anchors(doc, ['1']).get('1')).toBe(el(doc, `${MARK_TAG}[data-figure-id="1"]`));
  });

  it('with a log of the page’s changes, still finds each figure the page moved or re-labelled', () => {
    const doc = story();
    const log = new ChangeLog(doc, [MARK_TAG, TAIL_TAG], false);
    const rec = new Recorder(log);
    const index = new AnchorIndex();
    index.read(doc);
    log.begin();
    index.anchors(doc, ['1', '2', '3'], log);
    log.settle();
    // The page re-renders the first paragraph from a copy, and gives figure 2's mark another id.
    const [first, second] = Array.from(doc.querySelectorAll('p'));
    const copy = first!.cloneNode(true) as Element;
    rec.remove(first!);
    rec.insertBefore(el(doc, 'article'), copy, second!);
    rec.setAttribute(el(doc, `${MARK_TAG}[data-figure-id="2"]`), FIGURE_ID, '9');
    const anchors = index.anchors(doc, ['1', '2', '3'], log);
    expect(anchors.get('1')).toBe(el(copy, TAIL_TAG));
    expect(anchors.has('2')).toBe(false);
    expect(anchors.get('3')).toBe(el(doc, `${MARK_TAG}[data-figure-id="3"]`));
    // Figure 3's words are rewritten: its mark is gone, and so is its anchor.
    log.begin();
    expect(index.anchors(doc, ['1', '3'], log).size).toBe(2);
    log.settle();
    rec.setText(second!, 'At least two people were killed.');
    const after = index.anchors(doc, ['3', '1'], log);
    expect(after.has('3')).toBe(false);
    expect(after.get('1')).toBe(el(copy, TAIL_TAG));
  });

  it('takes the log’s word: a figure it vouches for is not looked for on the page again', () => {
    const doc = story();
    const trusting: PlacedSince = { unmoved: () => true };
    const index = new AnchorIndex();
    index.read(doc);
    const three = el(doc, `${MARK_TAG}[data-figure-id="3"]`);
    index.anchors(doc, ['3'], trusting);
    three.remove();
    // The log was wrong, and nothing on the page was read to find out.
    expect(index.anchors(doc, ['3'], trusting).get('3')).toBe(three);
    expect(index.anchors(doc, ['3']).has('3')).toBe(false);
  });
});

describe('figures a scan no longer finds', () => {
  it('are dropped from the index, and their marks and tail taken out, words left in place', () => {
    const doc = page(
      `<article><p>Russia launched ${mark('1', '57')} ${tail('1', 'drones')} overnight.</p>` +
        `<p>At least ${mark('2', 'two')} and <b>${mark('2', 'a')}</b> ${tail('2', 'half')}, ` +
        `and ${mark('3', 'five')} hurt.</p></article>`,
    );
    const index = new AnchorIndex();
    index.read(doc);
    const text = doc.body.textContent;
    const dropped = index.drop(new Set(['1', '3']));
    expect(dropped.map((d) => d.id)).toEqual(['2']);
    unmarkFigures(doc, dropped);
    expect(doc.querySelectorAll(`[data-figure-id="2"]`)).toHaveLength(0);
    expect(doc.querySelectorAll(`[data-figure-id="1"], [data-figure-id="3"]`)).toHaveLength(3);
    expect(doc.body.textContent).toBe(text);
    expect(el(doc, 'b').textContent).toBe('a');
    // Kept figures are still answered from the records, without reading the page again.
    const read = vi.spyOn(index, 'read');
    expect([...index.anchors(doc, ['1', '3']).keys()]).toEqual(['1', '3']);
    expect(read).not.toHaveBeenCalled();
    expect(index.drop(new Set(['1', '3']))).toEqual([]);
  });

  it('are looked for in the whole page when the page replaced the entry with a copy of it', () => {
    const doc = page(`<p id="a">${mark('7', '12')} drones</p><p>${mark('8', '3')} killed</p>`);
    const index = new AnchorIndex();
    index.read(doc);
    const entry = el(doc, '#a');
    entry.replaceWith(entry.cloneNode(true));
    unmarkFigures(doc, index.drop(new Set(['8'])));
    expect(el(doc, '#a').childElementCount).toBe(0);
    expect(el(doc, '#a').textContent).toBe('12 drones');
    expect(doc.querySelectorAll(MARK_TAG)).toHaveLength(1);
  });

  it('are found by any id a page gave them, and no other figure goes with them', () => {
    // Ids a selector cannot spell as they are: a quote, a bracket, a space, a comma.
    const odd = ['a"], figure-check-mark, [x="', '1 2', '3,4'];
    const doc = page(
      `<p id="a">${odd.map((id, i) => mark(id.replace(/"/g, '&quot;'), `w${i}`)).join(' ')}</p>` +
        `<p>${mark('1', 'one')} ${mark('2', 'two')} ${mark('x', 'ex')}</p>`,
    );
    const index = new AnchorIndex();
    index.read(doc);
    // The entry is re-rendered from a copy: the marks are looked for in the whole page.
    const entry = el(doc, '#a');
    entry.replaceWith(entry.cloneNode(true));
    unmarkFigures(doc, index.drop(new Set(['1', 'x'])));
    expect(el(doc, '#a').childElementCount).toBe(0);
    expect(el(doc, '#a').textContent).toBe('w0 w1 w2');
    expect([...doc.querySelectorAll(MARK_TAG)].map((m) => m.textContent)).toEqual(['one', 'ex']);
  });

  it('leave alone an element the page took out or gave another figure id', () => {
    const doc = page(`<p>${mark('5', '12')} ${tail('5', 'drones')}</p>`);
    const index = new AnchorIndex();
    index.read(doc);
    const mark5 = el(doc, MARK_TAG);
    mark5.setAttribute('data-figure-id', '9');
    el(doc, TAIL_TAG).remove();
    unmarkFigures(doc, index.drop(new Set()));
    expect(mark5.isConnected).toBe(true);
    expect(mark5.getAttribute('data-figure-id')).toBe('9');
  });
});
