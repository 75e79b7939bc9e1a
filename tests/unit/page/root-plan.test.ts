import { describe, expect, it } from 'vitest';
import { ArticleReadCache, readArticle } from '../../../lib/page/index';
import { mulberry32 } from '../../bench/live-blog';
import { expectSameRead } from './same-read';
import { entry, liveBlog, Recorder } from './recorder';

const URL_ = 'https://www.example.com/live';

describe('reading the article root again from its plan', () => {
  it('walks only the paragraph that was edited: the others are laid in from the last read', () => {
    const doc = liveBlog(30);
    const cache = new ArticleReadCache(doc, false);
    const rec = new Recorder(cache);
    expectSameRead(doc, cache);
    // Changed without telling the cache: a paragraph that is walked again shows it.
    doc.getElementById('p3')!.firstChild!.textContent = 'Entry 3: silently changed.';
    rec.setText(doc.getElementById('p15')!, 'Update: 44 drones were shot down over Kyiv.');
    const text = readArticle(doc, URL_, cache).article.text;
    expect(text).toContain('Update: 44 drones were shot down over Kyiv.');
    expect(text).not.toContain('Entry 15:');
    expect(text).toContain('Entry 3: Russia launched 13 drones');
  });

  it('reads an entry posted on top, and keeps every other entry where it now stands', () => {
    const doc = liveBlog(30);
    const cache = new ArticleReadCache(doc, false);
    const rec = new Recorder(cache);
    expectSameRead(doc, cache);
    for (let i = 0; i < 5; i++) {
      const h1 = doc.querySelector('h1')!;
      rec.insertBefore(
        h1.parentNode!,
        entry(doc, `09:1${i} 5${i} drones were downed.`),
        h1.nextSibling,
      );
      expectSameRead(doc, cache);
      expect(readArticle(doc, URL_, cache).article.text).toMatch(
        new RegExp(`^Russia-Ukraine war live\\n\\n09:1${i} 5${i} drones were downed\\.\\n\\n`),
      );
    }
  });

  it('reads the whole root again when its children change in ways it was not told', () => {
    const doc = liveBlog(10);
    const cache = new ArticleReadCache(doc, false);
    readArticle(doc, URL_, cache);
    const root = doc.getElementById('root')!;
    root.appendChild(entry(doc, 'Entry 10: 7 drones were downed.'));
    // What a test can say by hand: the root's children changed, not how.
    cache.changed(root);
    const text = readArticle(doc, URL_, cache).article.text;
    expect(text).toContain('Entry 10: 7 drones were downed.');
    expectSameRead(doc, cache);
  });

  it('falls back to a full read when words directly in the root join an entry', () => {
    const doc = liveBlog(10);
    const cache = new ArticleReadCache(doc, false);
    const rec = new Recorder(cache);
    expectSameRead(doc, cache);
    const root = doc.getElementById('root')!;
    // Bare words between entries form a block of their own with the root as its element.
    rec.insertBefore(root, doc.createTextNode(' 12 more were downed '), doc.getElementById('p4'));
    expectSameRead(doc, cache);
    rec.setText(doc.getElementById('p7')!, 'Entry 7: 9 drones were downed.');
    expectSameRead(doc, cache);
    rec.remove(root.childNodes[3]!);
    expectSameRead(doc, cache);
  });

  it('judges a skipped element in the root again on every read, as a fresh read does', () => {
    const doc = liveBlog(6);
    const cache = new ArticleReadCache(doc, false);
    const rec = new Recorder(cache);
    const root = doc.getElementById('root')!;
    const aside = doc.createElement('div');
    aside.setAttribute('hidden', '');
    aside.textContent = 'Hidden: 99 drones.';
    rec.insertBefore(root, aside, doc.getElementById('p2'));
    expectSameRead(doc, cache);
    // attribute changes are not reported; the skipped element is judged again anyway
    aside.removeAttribute('hidden');
    expectSameRead(doc, cache);
    expect(readArticle(doc, URL_, cache).article.text).toContain('Hidden: 99 drones.');
  });

  it.each(['one by one', 'in batches'] as const)(
    'follows 60 random edits of a live blog exactly as a fresh read (records told %s)',
    (told) => {
      const doc = liveBlog(16);
      const cache = new ArticleReadCache(doc, false);
      const batched = told === 'in batches';
      const rec = new Recorder(cache, batched);
      const root = doc.getElementById('root')!;
      const rnd = mulberry32(15);
      const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
      const kids = (): ChildNode[] => Array.from(root.childNodes);
      const edits: (() => void)[] = [
        () =>
          rec.setText(
            pick(Array.from(root.querySelectorAll('p'))),
            `Now ${Math.floor(rnd() * 99)} drones were downed.`,
          ),
        () =>
          rec.insertBefore(
            root,
            entry(doc, `New: ${Math.floor(rnd() * 99)} killed.`),
            pick(kids()),
          ),
        () => rec.insertBefore(root, entry(doc, 'Last: 3 injured.'), null),
        () => rec.insertBefore(root, doc.createTextNode('\n'), pick(kids())),
        () => kids().length > 3 && rec.remove(pick(kids())),
        () => rec.insertBefore(root, pick(kids()), pick(kids())),
        () => {
          // a figure marked inside a paragraph, as the extension splits text nodes
          const p = pick(Array.from(root.querySelectorAll('p')));
          const t = p.firstChild;
          if (!t || t.nodeType !== 3) return;
          const text = t as Text;
          const mark = doc.createElement('figure-check-mark');
          mark.textContent = text.data.slice(5);
          rec.setData(text, text.data.slice(0, 5));
          rec.insertBefore(p, mark, text.nextSibling);
        },
        () => {
          const quote = doc.createElement('blockquote');
          quote.append(entry(doc, 'Quoted: 8 missiles.'), doc.createTextNode(' and 2 more '));
          rec.insertBefore(root, quote, pick(kids()));
        },
        () => {
          const box = doc.createElement('div');
          box.className = 'related-stories';
          box.textContent = 'Related: 500 drones';
          rec.insertBefore(root, box, pick(kids()));
        },
        () => rec.insertBefore(root, doc.createElement('br'), pick(kids())),
      ];
      expectSameRead(doc, cache);
      for (let i = 0; i < 60; i++) {
        pick(edits)();
        // Batched, several changes come between two reads, and their records in one go.
        if (batched && rnd() < 0.6) continue;
        rec.flush();
        expectSameRead(doc, cache);
      }
      // Still read from the plan after all that: a paragraph changed unseen keeps its old words.
      const [unseen, toldOf] = Array.from(root.querySelectorAll('p')).slice(-2);
      unseen!.textContent = 'Changed unseen: 77 drones.';
      rec.setText(toldOf!, 'Told: 78 drones.');
      rec.flush();
      const text = readArticle(doc, URL_, cache).article.text;
      expect(text).toContain('Told: 78 drones.');
      expect(text).not.toContain('Changed unseen');
    },
  );
});
