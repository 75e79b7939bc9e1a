import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it, onTestFinished } from 'vitest';
import { ArticleReadCache, readArticle } from '../../../lib/page/index';
import { mulberry32 } from '../../bench/live-blog';
import { dom, page } from './dom-helpers';
import { expectSameRead } from './same-read';

const PAGES = new URL('../../fixtures/pages/', import.meta.url).pathname;
const FIXTURES = [
  ...readdirSync(PAGES),
  ...readdirSync(`${PAGES}non-article`).map((f) => `non-article/${f}`),
].filter((f) => f.endsWith('.html'));
const URL_ = 'https://www.example.com/live';

function textNodesIn(root: Node): Text[] {
  const out: Text[] = [];
  for (let n: Node | null = root.firstChild; n;) {
    if (n.nodeType === 3) out.push(n as Text);
    if (n.firstChild) n = n.firstChild;
    else {
      while (n && n !== root && !n.nextSibling) n = n.parentNode;
      n = n && n !== root ? n.nextSibling : null;
    }
  }
  return out;
}

/** Edits a page the way live pages change, telling the cache as its observer would. */
function randomEdit(doc: Document, cache: ArticleReadCache, rnd: () => number): void {
  const body = doc.body;
  const texts = textNodesIn(body).filter((t) => t.data.trim());
  const blocks = Array.from(body.querySelectorAll('p, li, h2, div'));
  const pick = <T>(xs: T[]): T | undefined => xs[Math.floor(rnd() * xs.length)];
  const kind = Math.floor(rnd() * 5);
  if (kind === 0 && texts.length) {
    const t = pick(texts)!;
    t.data = `${t.data} and 12 more drones were shot down `;
    cache.changed(t);
  } else if (kind === 1 && blocks.length) {
    const at = pick(blocks)!;
    const p = doc.createElement('p');
    p.textContent = '  Russia launched 40 drones  overnight, the air force said. ';
    at.parentNode!.insertBefore(p, at);
    cache.changed(at.parentNode!);
  } else if (kind === 2 && blocks.length > 3) {
    const gone = pick(blocks)!;
    const parent = gone.parentNode!;
    parent.removeChild(gone);
    cache.changed(parent);
  } else if (kind === 3 && texts.length) {
    // split a text node as the extension's own marks do
    const t = pick(texts)!;
    const cut = Math.floor(t.data.length / 2);
    const mark = doc.createElement('figure-check-mark');
    mark.textContent = t.data.slice(cut);
    t.data = t.data.slice(0, cut);
    t.parentNode!.insertBefore(mark, t.nextSibling);
    cache.changed(t.parentNode!);
  } else if (blocks.length) {
    const at = pick(blocks)!;
    const span = doc.createElement('span');
    span.textContent = ' 5 killed ';
    at.appendChild(span);
    cache.changed(at);
  }
}

/**
 * Gives `doc`'s nodes a `compareDocumentPosition` that tells preceding from following as
 * browsers do (linkedom's calls most pairs in different subtrees "preceding" both ways), by
 * walking the document in order. Returns what puts linkedom's back.
 */
function withDocumentOrder(doc: Document): () => void {
  const order = (n: Node): number => {
    let i = 0;
    for (let cur: Node | null = doc.documentElement; cur; i++) {
      if (cur === n) return i;
      if (cur.firstChild) cur = cur.firstChild;
      else {
        while (cur && !cur.nextSibling) cur = cur.parentNode;
        cur = cur ? cur.nextSibling : null;
      }
    }
    return -1;
  };
  // On the prototype that has it, so every kind of node takes this one.
  let proto = Object.getPrototypeOf(doc.documentElement) as object;
  while (!Object.hasOwn(proto, 'compareDocumentPosition'))
    proto = Object.getPrototypeOf(proto) as object;
  const own = Object.getOwnPropertyDescriptor(proto, 'compareDocumentPosition')!;
  Object.defineProperty(proto, 'compareDocumentPosition', {
    configurable: true,
    value(this: Node, other: Node): number {
      const a = order(this);
      const b = order(other);
      return b > a ? 4 : b < a ? 2 : 0;
    },
  });
  return () => Object.defineProperty(proto, 'compareDocumentPosition', own);
}

describe('ArticleReadCache', () => {
  it.each(FIXTURES)('reads %s again from the cache exactly as afresh', (file) => {
    const doc = dom(readFileSync(PAGES + file, 'utf8'));
    const cache = new ArticleReadCache(doc, false);
    expectSameRead(doc, cache);
    // second read: every unchanged block comes from the cache
    expectSameRead(doc, cache);
  });

  it.each(FIXTURES)('follows 30 random edits of %s exactly as a fresh read', (file) => {
    const doc = dom(readFileSync(PAGES + file, 'utf8'));
    const cache = new ArticleReadCache(doc, false);
    const rnd = mulberry32(file.length * 7919);
    expectSameRead(doc, cache);
    for (let i = 0; i < 30; i++) {
      randomEdit(doc, cache, rnd);
      expectSameRead(doc, cache);
    }
  });

  it('does not walk again a paragraph nothing changed in', () => {
    const doc = page(
      '<article><h1>Live</h1><p id="a">Russia launched 40 drones.</p><p id="b">Ten were downed.</p></article>',
    );
    const cache = new ArticleReadCache(doc, false);
    readArticle(doc, URL_, cache);
    // Changed without telling the cache: the cached read still gives the old words, which is
    // how this test sees that the paragraph was not walked again.
    doc.getElementById('a')!.firstChild!.textContent = 'Russia launched 99 drones.';
    expect(readArticle(doc, URL_, cache).article.text).toContain('40 drones');
    cache.changed(doc.getElementById('a')!.firstChild!);
    expect(readArticle(doc, URL_, cache).article.text).toContain('99 drones');
    expect(readArticle(doc, URL_, cache).article.text).toContain('Ten were downed.');
  });

  it('forgets everything on clear', () => {
    const doc = page('<article><h1>Live</h1><p id="a">Russia launched 40 drones.</p></article>');
    const cache = new ArticleReadCache(doc, false);
    readArticle(doc, URL_, cache);
    doc.getElementById('a')!.firstChild!.textContent = 'Russia launched 99 drones.';
    cache.clear();
    expect(readArticle(doc, URL_, cache).article.text).toContain('99 drones');
  });

  it('maps text after a replayed paragraph to its own nodes, read after read', () => {
    // The replayed paragraph's map is shared with the cache: text written right after it, by
    // the same parent, must not be taken into it (a later read would then map it wrongly).
    const doc = page(
      '<article><h1>Live</h1><div id="d"><p>Russia launched 40 drones.</p> Twelve were <b>downed</b> later.</div><div><p>Five were killed.</p></div></article>',
    );
    const cache = new ArticleReadCache(doc, false);
    expectSameRead(doc, cache);
    for (const words of [' Nine were downed.', ' And 3 more.', ' Then quiet.']) {
      const d = doc.getElementById('d')!;
      d.appendChild(doc.createTextNode(words));
      cache.changed(d);
      expectSameRead(doc, cache);
      expectSameRead(doc, cache);
    }
  });

  it('remembers whole-page queries only until an element they find comes, goes or is renamed', () => {
    const doc = page(
      '<div class="teaser"><p>Short teaser with 3 drones.</p></div><article><h1>Live</h1><p id="a">Russia launched 40 drones overnight, the air force said.</p></article>',
      '<title>Live | Wire</title>',
    );
    // Told of each change by the records a browser's observer would give (linkedom's observer
    // names the document as the target of every change).
    const cache = new ArticleReadCache(doc, false);
    const record = (
      target: Node,
      added: Node[],
      removed: Node[],
      type: MutationRecordType = 'childList',
    ): MutationRecord =>
      ({ type, target, addedNodes: added, removedNodes: removed }) as unknown as MutationRecord;
    const append = (parent: Element, child: Element, first = false) => {
      if (first) parent.prepend(child);
      else parent.appendChild(child);
      cache.takeIn([record(parent, [child], [])]);
    };
    const remove = (child: Element) => {
      const parent = child.parentNode!;
      child.remove();
      cache.takeIn([record(parent, [], [child])]);
    };
    // The browser reports only the attributes the cache watches; the others are read afresh.
    const attribute = (el: Element, name: string, value: string | null) => {
      if (value === null) el.removeAttribute(name);
      else el.setAttribute(name, value);
      if (name === 'itemprop' || name === 'role') cache.takeIn([record(el, [], [], 'attributes')]);
    };
    const setText = (el: Element, text: string) => {
      const old = Array.from(el.childNodes);
      el.textContent = text;
      cache.takeIn([record(el, Array.from(el.childNodes), old)]);
    };
    const make = (tag: string, ...children: (Element | string)[]): Element => {
      const el = doc.createElement(tag);
      for (const child of children)
        el.appendChild(typeof child === 'string' ? doc.createTextNode(child) : child);
      return el;
    };
    const with_ = (el: Element, name: string, value: string): Element => {
      el.setAttribute(name, value);
      return el;
    };
    const body = doc.body;
    const longText =
      'Officials said 12 drones were downed over the region during the night. '.repeat(8);
    const edits: (() => void)[] = [
      () => setText(doc.getElementById('a')!, 'Ten were downed overnight.'),
      () => append(body, make('main', make('p', longText), make('p', longText))),
      () => append(body, make('div', make('section', make('p', longText), make('p', longText)))),
      () => attribute(doc.querySelector('section')!, 'itemprop', 'articleBody'),
      () => attribute(doc.querySelector('section')!, 'role', 'main'),
      () => attribute(doc.querySelector('section')!, 'itemprop', null),
      () => append(doc.querySelector('section')!, make('h1', 'Live'), true),
      () => remove(doc.querySelector('main')!),
      () => append(doc.head, make('meta'), false),
      () => attribute(doc.querySelector('meta')!, 'content', 'The live blog'),
      () => attribute(doc.querySelector('meta')!, 'property', 'og:title'),
      () => append(doc.head, make('script', '{"@type":"CollectionPage","headline":"All"}')),
      () => attribute(doc.querySelector('script')!, 'type', 'application/ld+json'),
      () => setText(doc.querySelector('script')!, '{"@type":"NewsArticle"}'),
      () => append(doc.head, make('link')),
      () => attribute(doc.querySelector('link')!, 'rel', 'canonical'),
      () => attribute(doc.querySelector('link')!, 'href', 'https://www.example.com/live/c'),
      () => append(body, make('article', make('p', longText.repeat(3))), true),
      // Elements with no element inside, matched by their name or an attribute alone.
      () => append(body, with_(make('div', longText), 'role', 'main'), true),
      () => append(body, with_(make('div', longText.repeat(2)), 'itemprop', 'articleBody')),
      () => append(body, make('main', longText.repeat(4)), true),
      () => append(doc.querySelector('main')!, make('p', longText)),
      () => remove(doc.querySelector('section')!),
      () => remove(doc.querySelector('article')!),
      () => setText(doc.querySelector('h1')!, 'Live: the war, day 1,000'),
    ];
    // Queries placed by document order, which linkedom does not tell as browsers do.
    onTestFinished(withDocumentOrder(doc));
    const selectors = ['p', 'h1', 'article', 'main', '[role="main"]', '[itemprop="articleBody"]'];
    expectSameRead(doc, cache);
    for (const [k, edit] of edits.entries()) {
      edit();
      expectSameRead(doc, cache);
      expectSameRead(doc, cache);
      for (const selector of selectors)
        expect(cache.queryPage(doc, selector), `edit ${k}: ${selector}`).toEqual(
          Array.from(doc.querySelectorAll(selector)),
        );
    }
  });

  it('keeps whole-page queries up to date as elements come, go and move, as a fresh query finds them', () => {
    const doc = page(
      '<article><h1>Live</h1>' +
        Array.from({ length: 12 }, (_, i) => `<p>Entry ${i}</p>`).join('') +
        '</article><aside><div><p>Teaser</p></div></aside>',
    );
    const restore = withDocumentOrder(doc);
    onTestFinished(restore);
    const cache = new ArticleReadCache(doc, false);
    const record = (target: Node, added: Node[], removed: Node[]): MutationRecord =>
      ({
        type: 'childList',
        target,
        addedNodes: added,
        removedNodes: removed,
      }) as unknown as MutationRecord;
    const rnd = mulberry32(15);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    const containers = () => Array.from(doc.querySelectorAll('article, aside, div, section'));
    const fresh = (selector: string) => Array.from(doc.querySelectorAll(selector));
    for (const selector of ['p', 'div', 'article'])
      expect(cache.queryPage(doc, selector)).toEqual(fresh(selector));
    for (let step = 0; step < 500; step++) {
      const kind = Math.floor(rnd() * 6);
      const parent = pick(containers());
      const kids = Array.from(parent.children);
      if (kind === 0) {
        // a new entry, on top or anywhere
        const p = doc.createElement('p');
        p.textContent = `New ${step}`;
        parent.insertBefore(p, kids.length && rnd() < 0.5 ? pick(kids) : null);
        cache.takeIn([record(parent, [p], [])]);
      } else if (kind === 1 && kids.length > 0) {
        const gone = pick(kids);
        gone.remove();
        cache.takeIn([record(parent, [], [gone])]);
      } else if (kind === 2 && kids.length > 0) {
        // moved elsewhere in the page: one record for leaving, one for coming
        const moved = pick(kids);
        const to = pick(containers().filter((c) => c !== moved && !moved.contains(c)));
        if (!to) continue;
        moved.remove();
        to.prepend(moved);
        cache.takeIn([record(parent, [], [moved]), record(to, [moved], [])]);
      } else if (kind === 3) {
        // a block of several entries at once
        const section = doc.createElement('section');
        // now and then more than are brought up to date one by one
        const many = rnd() < 0.1 ? 70 : 1 + Math.floor(rnd() * 3);
        for (let k = 0; k < many; k++) section.appendChild(doc.createElement('p'));
        parent.appendChild(section);
        cache.takeIn([record(parent, [section], [])]);
      } else if (kind === 5 && kids.length > 0) {
        // said to come again where it already stands, with no word of its going
        cache.takeIn([record(parent, [pick(kids)], [])]);
      } else if (kids.length > 0) {
        // added, then taken out again before anyone asked
        const p = doc.createElement('p');
        parent.appendChild(p);
        p.remove();
        cache.takeIn([record(parent, [p], []), record(parent, [], [p])]);
      }
      // Asked now and then: several batches of changes may come between two asks.
      if (rnd() < 0.4) continue;
      const selector = pick(['p', 'p', 'div', 'article']);
      expect(cache.queryPage(doc, selector), `step ${step}: ${selector}`).toEqual(fresh(selector));
    }
  });
});
