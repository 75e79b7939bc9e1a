import { describe, expect, it, vi } from 'vitest';
import { ArticleReadCache, findArticleRoot } from '../../../lib/page/index';
import { RootScores } from '../../../lib/page/root-scores';
import { mulberry32 } from '../../bench/live-blog';
import { page } from './dom-helpers';
import { Recorder } from './recorder';

const WORDS = 'Russia launched drones at Ukraine overnight and the air force said most were downed';

function words(rnd: () => number, most: number): string {
  const all = WORDS.split(' ');
  return Array.from({ length: Math.floor(rnd() * most) }, () => all[Math.floor(rnd() * 12)]).join(
    ' ',
  );
}

/** Two stories of about the same length, a box of teasers, and paragraphs outside both. */
function twoStories(): Document {
  const ps = (id: string, n: number, longer = 0) =>
    Array.from(
      { length: n },
      (_, i) => `<p id="${id}${i}">${WORDS.slice(0, 40 + i * 7 + longer)}</p>`,
    ).join('');
  return page(
    `<nav><p>Home</p><p>World</p></nav>` +
      `<main id="main"><article id="a"><h1>Live</h1><div id="entries">${ps('a', 6)}</div></article>` +
      `<article id="b">${ps('b', 6, 4)}</article>` +
      `<aside class="related" id="related"><p>Teaser one</p></aside></main>` +
      `<div id="loose">${ps('l', 3)}</div>`,
  );
}

/**
 * Changes `doc` the ways live pages change, through `rec`: paragraphs edited, emptied, posted,
 * removed and moved, several wrapped in a new block, blocks moved into clutter, stories added.
 */
function randomChange(doc: Document, rec: Recorder, rnd: () => number, step: number): void {
  const pick = <T>(xs: readonly T[]): T | undefined => xs[Math.floor(rnd() * xs.length)];
  const body = doc.body;
  const ps = Array.from(body.querySelectorAll('p'));
  const holders = Array.from(body.querySelectorAll('article, main, aside, div, section, nav'));
  const at = (parent: Element): Element | null => pick(Array.from(parent.children)) ?? null;
  const kind = Math.floor(rnd() * 9);
  const p = pick(ps);
  const into = pick(holders);
  if (kind === 0 && p) rec.setText(p, words(rnd, 40));
  else if (kind === 1 && p) rec.setText(p, '');
  else if (kind === 2 && into) {
    const fresh = doc.createElement('p');
    fresh.textContent = `Update ${step}: ${words(rnd, 60)}`;
    rec.insertBefore(into, fresh, at(into));
  } else if (kind === 3 && p && ps.length > 4) rec.remove(p);
  else if (kind === 4 && p && into && !p.contains(into)) rec.insertBefore(into, p, at(into));
  else if (kind === 5 && p?.parentNode) {
    // Wrapped in a new block: the paragraphs leave, then come back inside it.
    const parent = p.parentNode;
    const next = p.nextSibling;
    const wrap = doc.createElement('div');
    const siblings = [p, p.nextElementSibling].filter((x): x is Element => x?.tagName === 'P');
    for (const s of siblings) rec.remove(s);
    for (const s of siblings) wrap.appendChild(s);
    rec.insertBefore(parent, wrap, next && next.parentNode === parent ? next : null);
  } else if (kind === 6 && into && into.id !== 'main') {
    // A block moved whole, perhaps into the teasers or into a story.
    const to = pick(holders.filter((h) => !into.contains(h)));
    if (to) rec.insertBefore(to, into, at(to));
  } else if (kind === 7 && into) {
    const story = doc.createElement(rnd() < 0.5 ? 'article' : 'section');
    for (let k = 0; k < 2; k++) {
      const p = doc.createElement('p');
      p.textContent = words(rnd, 80);
      story.appendChild(p);
    }
    rec.insertBefore(into, story, at(into));
  } else if (kind === 8) {
    const gone = pick(holders.filter((h) => h.id !== 'main' && h.id !== 'a'));
    if (gone) rec.remove(gone);
  }
}

describe('the article root found again after changes', () => {
  for (const told of ['one by one', 'in batches']) {
    it(`is the one a fresh look finds, through 300 random changes told ${told}`, () => {
      const doc = twoStories();
      const batched = told === 'in batches';
      const cache = new ArticleReadCache(doc, false);
      const rec = new Recorder(cache, batched);
      const rnd = mulberry32(batched ? 41 : 17);
      const roots = new Set<string>();
      expect(findArticleRoot(doc, cache)).toBe(findArticleRoot(doc));
      for (let step = 0; step < 300; step++) {
        randomChange(doc, rec, rnd, step);
        // Several changes may come between two looks.
        if (rnd() < 0.4) continue;
        rec.flush();
        const fresh = findArticleRoot(doc);
        expect(findArticleRoot(doc, cache), `step ${step}`).toBe(fresh);
        roots.add(fresh.id || fresh.tagName);
      }
      // The changes moved the story from one element to another, not only within one.
      expect(roots.size).toBeGreaterThan(2);
    });
  }

  it('stops counting paragraphs that moved into the teasers inside a block', () => {
    const doc = page(
      `<article id="a"><p>${WORDS}</p></article>` +
        `<article id="b"><div id="block">${`<p>${WORDS} ${WORDS}</p>`.repeat(3)}</div></article>` +
        `<aside class="related" id="related"></aside>`,
    );
    const cache = new ArticleReadCache(doc, false);
    const rec = new Recorder(cache);
    expect(findArticleRoot(doc, cache).id).toBe('b');
    rec.insertBefore(doc.getElementById('related')!, doc.getElementById('block')!, null);
    expect(findArticleRoot(doc, cache).id).toBe('a');
  });

  it('passes over a story moved into the teasers, when no story has paragraphs', () => {
    const doc = page(
      '<article id="a">Short.</article><article id="b">A longer story without paragraphs.</article>' +
        '<aside class="related" id="related"></aside>',
    );
    const cache = new ArticleReadCache(doc, false);
    const rec = new Recorder(cache);
    expect(findArticleRoot(doc, cache).id).toBe('b');
    rec.insertBefore(doc.getElementById('related')!, doc.getElementById('b')!, null);
    expect(findArticleRoot(doc, cache).id).toBe('a');
  });

  it('follows a story growing past another as entries are posted on top', () => {
    const doc = twoStories();
    const cache = new ArticleReadCache(doc, false);
    const rec = new Recorder(cache);
    expect(findArticleRoot(doc, cache).id).toBe('b');
    const entries = doc.getElementById('entries')!;
    for (let i = 0; i < 3; i++) {
      const p = doc.createElement('p');
      p.textContent = WORDS;
      rec.insertBefore(entries, p, entries.firstChild);
    }
    expect(findArticleRoot(doc, cache).id).toBe('a');
  });

  it('follows a page of more paragraphs than it scores, as entries come and go at the top', () => {
    // The root is chosen on the page's first 5,000 paragraphs: the first story's 2,450 and 2,550
    // of the second. Each entry posted on top of the first pushes one of the second's out.
    const ps = (n: number, from: number) =>
      Array.from({ length: n }, (_, i) => `<p>${from + i}: ${WORDS}.</p>`).join('');
    const doc = page(
      `<article id="a">${ps(2450, 0)}</article><article id="b">${ps(2700, 5000)}</article>`,
    );
    const cache = new ArticleReadCache(doc, false);
    const rec = new Recorder(cache);
    expect(findArticleRoot(doc, cache).id).toBe('b');
    const a = doc.getElementById('a')!;
    const scoresOf = (scores: RootScores) => {
      const { candidates, total } = scores.score(doc);
      return { total, candidates: candidates.map((list) => list.map((c) => [c.el.id, c.score])) };
    };
    const measured = vi.spyOn(cache, 'measure');
    for (let i = 0; i < 300; i++) {
      if (i % 4 === 3) {
        // Two older entries taken down: two of the second story's move back in.
        rec.remove(a.children[1]!);
        rec.remove(a.children[1]!);
      } else {
        const p = doc.createElement('p');
        p.textContent = `New ${i}: ${WORDS}.`;
        rec.insertBefore(a, p, a.firstChild);
      }
      const found = findArticleRoot(doc, cache);
      if (i % 10 === 9) {
        expect(found, `entry ${i}`).toBe(findArticleRoot(doc));
        expect(scoresOf(cache.rootScores), `entry ${i}`).toEqual(scoresOf(new RootScores(null)));
      }
    }
    expect(findArticleRoot(doc, cache).id).toBe('a');
    // Each finding measured the paragraphs that came and those that moved into the scored ones,
    // not the thousands already scored.
    expect(measured.mock.calls.length).toBeLessThan(300 * 4);
  });
});
