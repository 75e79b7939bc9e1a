import { describe, expect, it } from 'vitest';
import type { LocatedMention } from '../../../lib/claims/mention';
import { ReportReader } from '../../../lib/extract/index';
import { ArticleReadCache, readArticle, type ArticleText } from '../../../lib/page/index';
import { KnownMarks } from '../../../lib/page/known-marks';
import { entry, liveBlog, Recorder } from './recorder';

const URL_ = 'https://www.example.com/live';

/** A page read and its figures read, as a scan does, with the reader kept between scans. */
function scanner(doc: Document) {
  const cache = new ArticleReadCache(doc, false);
  const reader = new ReportReader();
  const originOf = (m: LocatedMention) => reader.unshifted(m);
  const read = (): { article: ArticleText; mentions: LocatedMention[] } => {
    const { article } = readArticle(doc, URL_, cache);
    return { article, mentions: reader.read(article.text, '2025-07-20') };
  };
  return { cache, originOf, read, rec: new Recorder(cache) };
}

/** Figure ids as marks would carry them: one per figure, named after its words. */
function idsOf(article: ArticleText, mentions: readonly LocatedMention[]) {
  return new Map(mentions.map((m) => [m, `${article.text.slice(m.start, m.end)}@${m.start}`]));
}

describe('KnownMarks', () => {
  it('knows the figures below an entry posted on top by the ids they had, and not the new ones', () => {
    const doc = liveBlog(12);
    const s = scanner(doc);
    const marks = new KnownMarks();
    const first = s.read();
    const ids = idsOf(first.article, first.mentions);
    marks.remember(ids, s.originOf);
    const h1 = doc.querySelector('h1')!;
    s.rec.insertBefore(
      h1.parentNode!,
      entry(doc, '09:10 Russia launched 77 drones.'),
      h1.nextSibling,
    );
    const next = s.read();
    const known = marks.known(next.article, next.mentions, s.originOf);
    const fresh = next.mentions.filter((m) => !known.has(m));
    expect(fresh.map((m) => next.article.text.slice(m.start, m.end))).toContain('77');
    // Every known figure carries the id the same words had before, wherever they now stand.
    const before = new Map(
      [...ids].map(([m, id]) => [first.article.text.slice(m.start, m.end + 40), id]),
    );
    for (const [m, id] of known)
      expect(before.get(next.article.text.slice(m.start, m.end + 40))).toBe(id);
    expect(known.size).toBeGreaterThan(next.mentions.length - 4);
  });

  it('does not know the figures of an edited entry, nor any after a full read', () => {
    const doc = liveBlog(12);
    const s = scanner(doc);
    const marks = new KnownMarks();
    const first = s.read();
    marks.remember(idsOf(first.article, first.mentions), s.originOf);
    s.rec.setText(
      doc.getElementById('p5')!,
      'Entry 5: Russia launched 15 drones at Ukraine overnight, the air force said, and 5 were shot down.',
    );
    const next = s.read();
    const known = marks.known(next.article, next.mentions, s.originOf);
    const p5 = next.article.text.indexOf('Entry 5:');
    const inP5 = next.mentions.filter(
      (m) => m.start >= p5 && m.start < next.article.text.indexOf('\n\n', p5),
    );
    expect(inP5.length).toBeGreaterThan(0);
    for (const m of inP5) expect(known.has(m)).toBe(false);
    expect(known.size).toBe(next.mentions.length - inP5.length);
    // A full read lays nothing in: nothing is known.
    marks.remember(idsOf(next.article, next.mentions), s.originOf);
    s.cache.clear();
    const full = s.read();
    expect(marks.known(full.article, full.mentions, s.originOf).size).toBe(0);
  });
});
