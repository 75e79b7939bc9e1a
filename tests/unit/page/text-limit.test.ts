import { describe, expect, it, vi } from 'vitest';
import { MAX_TEXT } from '../../../lib/page/dom';
import { ArticleReadCache } from '../../../lib/page/index';
import { readArticleText, resolveOffset, type ArticleText } from '../../../lib/page/text-blocks';
import { page } from './dom-helpers';
import { Recorder } from './recorder';

/** An entry of about 1,000 characters, its words its own. */
function entryText(i: number): string {
  const sentence = `Entry ${i}: Russia launched ${10 + (i % 90)} drones at Ukraine overnight, the air force said, and ${i % 40} were shot down over the region.`;
  return Array.from({ length: 8 }, (_, k) => `${sentence} Part ${k} of ${i}.`).join(' ');
}

/** A live blog whose text runs past the reader's limit: about 2.1 million characters. */
function hugeBlog(): { doc: Document; root: Element } {
  const entries = Math.ceil((MAX_TEXT * 1.05) / entryText(0).length);
  const ps = Array.from({ length: entries }, (_, i) => `<p id="p${i}">${entryText(i)}</p>`);
  const doc = page(
    `<article id="root"><h1>Russia-Ukraine war live</h1>\n${ps.join('\n')}\n</article>`,
  );
  return { doc, root: doc.getElementById('root')! };
}

function entry(doc: Document, text: string): Element {
  const p = doc.createElement('p');
  p.textContent = text;
  return p;
}

/** What a read gives, compared in full: the text, its blocks, and where its last words map. */
function expectAsFresh(read: ArticleText, root: Element): void {
  const fresh = readArticleText(root, null);
  expect(read.text.length).toBe(fresh.text.length);
  expect(read.text === fresh.text).toBe(true);
  expect(read.blocks.length).toBe(fresh.blocks.length);
  read.blocks.forEach((b, i) => {
    const f = fresh.blocks[i]!;
    if (b.start !== f.start || b.end !== f.end || b.text !== f.text || b.element !== f.element)
      expect({ block: i, ...b }).toEqual({ block: i, ...f });
  });
  for (const at of [0, 1, 5000, read.text.length - 1, read.text.length]) {
    const mine = resolveOffset(read, at, 'start');
    const theirs = resolveOffset(fresh, at, 'start');
    expect(mine?.node).toBe(theirs?.node);
    expect(mine?.offset).toBe(theirs?.offset);
  }
}

describe('a page whose text runs past the reader limit', () => {
  it('is read again only where it changed, and reads as a fresh read does', () => {
    const { doc, root } = hugeBlog();
    const cache = new ArticleReadCache(doc, false);
    const changes = new Recorder(cache);
    const first = readArticleText(root, cache);
    // The limit cuts the page: its last entries are not read.
    expect(first.text.length).toBeLessThanOrEqual(MAX_TEXT);
    expect(first.text).toContain(entryText(5));
    expect(first.text).not.toContain(`Entry ${root.children.length - 2}:`);
    expectAsFresh(first, root);

    // A new entry on top: the read goes to the new entry and the one the limit now cuts, and
    // lays in the rest as it was, without looking at each of the thousands of entries again.
    changes.insertBefore(
      root,
      entry(doc, 'Update: 40 drones were launched at Kyiv.'),
      doc.getElementById('p0'),
    );
    const looked = vi.spyOn(cache, 'recording');
    const second = readArticleText(root, cache);
    expect(looked.mock.calls.length).toBeLessThan(50);
    expect(second.text).toContain('Update: 40 drones were launched at Kyiv.');
    expectAsFresh(second, root);
  });

  it('follows entries coming and going on both sides of the limit as a fresh read does', () => {
    const { doc, root } = hugeBlog();
    const cache = new ArticleReadCache(doc, false);
    const changes = new Recorder(cache);
    expectAsFresh(readArticleText(root, cache), root);
    const ps = () => Array.from(root.querySelectorAll('p'));
    // A long entry on top pushes the limit back into entries read before.
    changes.insertBefore(root, entry(doc, entryText(90_001).repeat(3)), ps()[0]!);
    expectAsFresh(readArticleText(root, cache), root);
    // Entries taken down let in entries the limit kept out before.
    for (const p of ps().slice(1, 6)) changes.remove(p);
    expectAsFresh(readArticleText(root, cache), root);
    // An entry near the limit edited, and one past it.
    const all = ps();
    // The entry the limit cuts: the last one a fresh read reaches.
    const near = all.indexOf(
      readArticleText(root, null).blocks.at(-1)!.element as HTMLParagraphElement,
    );
    expect(near).toBeGreaterThan(1000);
    changes.setText(all[near - 1]!, 'Corrected: 12 drones were shot down.');
    changes.setText(all[near + 3]!, 'Corrected: 7 missiles were launched.');
    expectAsFresh(readArticleText(root, cache), root);
    // And the same read again, nothing changed.
    expectAsFresh(readArticleText(root, cache), root);
  });

  it('stops where a fresh read stops, even in words it read before', () => {
    const doc = page('<article id="root"><p id="a">Short.</p><p id="b">alpha beta</p></article>');
    const root = doc.getElementById('root')!;
    const cache = new ArticleReadCache(doc, false);
    expectAsFresh(readArticleText(root, cache), root);
    // The first entry grows so that the second's words, written again whole, would end one
    // character short of the limit, where a fresh read refuses "beta".
    const long = `${'abcd '.repeat(399_996)}abcdefg`;
    expect(long.length + 2 + 'alpha beta'.length).toBe(MAX_TEXT - 1);
    new Recorder(cache).setText(doc.getElementById('a')!, long);
    const read = readArticleText(root, cache);
    expect(read.text.endsWith('alpha')).toBe(true);
    expectAsFresh(read, root);
  });
});
