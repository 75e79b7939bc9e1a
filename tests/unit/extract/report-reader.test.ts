import { describe, expect, it } from 'vitest';
import { extractMentions, ReportReader } from '../../../lib/extract';
import { figuresToMark } from '../../../lib/page/mark-figures';
import { mulberry32 } from '../../bench/live-blog';
import { corpusArticles, seedArticles, type Article } from './articles';

/**
 * A reader keeps what it read of each paragraph and reads again only what changed. Whatever it
 * reuses, a page must get the figures a fresh read of the same text gives: these tests read each
 * development article after an earlier version of it and compare.
 */
const articles: Article[] = [...seedArticles(), ...corpusArticles()];

function fresh(text: string, published: string): ReturnType<typeof extractMentions> {
  return extractMentions(text, { published });
}

function after(
  earlier: string,
  text: string,
  published: string,
): ReturnType<typeof extractMentions> {
  const reader = new ReportReader();
  extractMentions(earlier, { published, reader });
  return extractMentions(text, { published, reader });
}

const lines = (text: string): string[] => text.split('\n');

/** The lines of `ps.join('\n')` as the page reader gives them: each its string and its start. */
function linesWithStarts(ps: readonly string[]): { start: number; text: string }[] {
  let start = 0;
  return ps.map((text) => {
    const line = { start, text };
    start += text.length + 1;
    return line;
  });
}

describe('a reader that read an earlier version of a text', () => {
  it.each(articles.map((a) => [a.path, a] as const))(
    'reads %s grown paragraph by paragraph as a fresh read does (a live blog)',
    (_path, a) => {
      const all = lines(a.text);
      const reader = new ReportReader();
      for (let n = 1; n <= all.length; n += Math.max(1, Math.floor(all.length / 6))) {
        const text = all.slice(0, n).join('\n');
        expect(extractMentions(text, { published: a.published, reader })).toEqual(
          fresh(text, a.published),
        );
      }
      expect(extractMentions(a.text, { published: a.published, reader })).toEqual(
        fresh(a.text, a.published),
      );
    },
  );

  it.each(articles.map((a) => [a.path, a] as const))(
    'reads %s with a paragraph edited, inserted or removed, or reordered, as a fresh read does',
    (_path, a) => {
      const all = lines(a.text);
      // The paragraph with the first figure: an edit there changes what later paragraphs carry.
      const first = fresh(a.text, a.published)[0];
      const k = first ? a.text.slice(0, first.start).split('\n').length - 1 : 0;
      const edited = all.map((p, i) => (i === k ? p.replace(/\d+/, '9999') : p)).join('\n');
      const inserted = [
        ...all.slice(0, k),
        'Officials in Kharkiv said 12 drones were shot down overnight.',
        ...all.slice(k),
      ].join('\n');
      const removed = all.filter((_p, i) => i !== k).join('\n');
      // Paragraphs found far from where they were (a page that reorders its entries).
      const reordered = [...all.slice(k), ...all.slice(0, k)].reverse().join('\n');
      for (const text of [edited, inserted, removed, reordered]) {
        expect(after(a.text, text, a.published)).toEqual(fresh(text, a.published));
        expect(after(text, a.text, a.published)).toEqual(fresh(a.text, a.published));
      }
    },
  );

  it('reads a paragraph again when the scene set before it changed', () => {
    const scene = (region: string): string =>
      `Ukrainian drones attacked the ${region} region on Monday.\n` +
      'Air defences shot down 12 drones, local officials said.';
    const reader = new ReportReader();
    extractMentions(scene('Voronezh'), { published: '2025-03-10', reader });
    const kursk = extractMentions(scene('Kursk'), { published: '2025-03-10', reader });
    expect(kursk.map((m) => m.place?.code)).toEqual(['RU-KRS']);
  });

  it('reads a paragraph that opens with a bare count again when the figure before moves out of reach', () => {
    const night = (between: string): string =>
      `Air defences intercepted 16 Ukrainian drones.${between}\n` +
      'Fifteen were destroyed over the Volgograd region.';
    const published = '2024-03-08';
    const reader = new ReportReader();
    const near = night('');
    expect(extractMentions(near, { published, reader })).toEqual(fresh(near, published));
    const far = night(' Sirens sounded. Flights were halted.');
    const read = extractMentions(far, { published, reader });
    expect(read).toEqual(fresh(far, published));
    expect(read.map((m) => m.value.n)).toEqual([16]);
  });

  it('reads unchanged paragraphs again when a change after them moves the report date', () => {
    const top = 'Air defences shot down 12 drones, officials said.\nFive people were injured.';
    const reader = new ReportReader();
    const before = extractMentions(`${top}\nThe mayor thanked rescuers.`, {
      published: '2025-03-12',
      reader,
    });
    const dated = `${top}\nOn Sunday, March 9, Russia launched 90 drones at Kyiv.`;
    const after = extractMentions(dated, { published: '2025-03-12', reader });
    expect(after).toEqual(fresh(dated, '2025-03-12'));
    expect(after[0]?.date).not.toBe(before[0]?.date);
  });

  it('hands out the mentions of paragraphs moved by an entry on top as moved from the same ones', () => {
    const body =
      'Russia launched 40 drones overnight, the air force said.\nFive people were injured.';
    const reader = new ReportReader();
    const before = extractMentions(body, { published: '2025-03-12', reader });
    const origins = before.map((m) => reader.unshifted(m));
    const posted = `Breaking: 12 missiles were shot down.\n${body}`;
    const after = extractMentions(posted, { published: '2025-03-12', reader });
    expect(after).toEqual(fresh(posted, '2025-03-12'));
    expect(
      after.slice(1).map((m) => m.start - 'Breaking: 12 missiles were shot down.\n'.length),
    ).toEqual(before.map((m) => m.start));
    // The entry right after the new one reads under another context; the one after it as before.
    expect(reader.unshifted(after.at(-1)!)).toBe(origins.at(-1));
    expect(after.at(-1)).not.toBe(before.at(-1));
    expect(reader.unshifted(after[0]!)).not.toBe(origins[0]);
    // a mention of no read of this reader is its own
    expect(reader.unshifted(before[0]!)).toBe(before[0]);
  });

  it('reads a text again under another publication date as that date says', () => {
    const text = 'Russian air defences shot down 41 drones overnight, the ministry said.';
    const reader = new ReportReader();
    const monday = extractMentions(text, { published: '2025-03-10', reader });
    const tuesday = extractMentions(text, { published: '2025-03-11', reader });
    expect(monday[0]?.date).toBe('2025-03-10');
    expect(tuesday[0]?.date).toBe('2025-03-11');
  });

  it('reads a text as lines, and lines as a text, when one reader is given both in turn', () => {
    const reader = new ReportReader();
    for (const a of articles.slice(0, 8)) {
      const all = lines(a.text);
      const edited = all.map((p) => p.replace(/\d+/, '77'));
      for (const [version, as] of [
        [all, 'text'],
        [edited, 'lines'],
        [all, 'lines'],
        [edited, 'text'],
        [all, 'text'],
      ] as const) {
        const text = version.join('\n');
        const source = as === 'text' ? text : linesWithStarts(version);
        expect(extractMentions(source, { published: a.published, reader })).toEqual(
          fresh(text, a.published),
        );
      }
    }
  });

  it('knows unchanged lines by their strings: an edit splits and reads one line', () => {
    const all = lines(articles.map((a) => a.text).join('\n'));
    const reader = new ReportReader();
    extractMentions(linesWithStarts(all), { published: '2025-07-20', reader });
    const k = all.findIndex((p, i) => i > 40 && /\d/.test(p));
    all[k] = `${all[k]!} Officials said 12 drones were shot down.`;
    const text = all.join('\n');
    expect(extractMentions(linesWithStarts(all), { published: '2025-07-20', reader })).toEqual(
      fresh(text, '2025-07-20'),
    );
    expect(reader.lastRead.split).toBe(1);
    expect(reader.lastRead.paragraphs).toBe(all.length);
  });

  it('reads only the edited paragraph of a long text, edit after edit', () => {
    const body = articles.map((a) => a.text).join('\n');
    const all = lines(body);
    const reader = new ReportReader();
    extractMentions(body, { published: '2025-07-20', reader });
    const paragraphs = reader.lastRead.paragraphs;
    const k = Math.floor(all.length / 2);
    for (let i = 0; i < 4; i++) {
      // An entry at the end with a figure of its own: what it carries on is the same each time.
      all[all.length - 1] = `Update ${i}: officials said ${20 + i} drones were shot down.`;
      all[k] = `${all[k]} More to follow.`;
      extractMentions(all.join('\n'), { published: '2025-07-20', reader });
      expect(reader.lastRead.paragraphs).toBe(paragraphs);
      expect(reader.lastRead.split).toBe(2);
      expect(reader.lastRead.read).toBeLessThanOrEqual(4);
    }
    for (let i = 0; i < 3; i++) {
      // A new entry posted on top, as live blogs do: every paragraph after it moves.
      all.splice(1, 0, `Breaking ${i}: Russia launched ${40 + i} drones at Ukraine overnight.`);
      extractMentions(all.join('\n'), { published: '2025-07-20', reader });
      expect(reader.lastRead.paragraphs).toBe(paragraphs + i + 1);
      expect(reader.lastRead.split).toBe(1);
      expect(reader.lastRead.read).toBeLessThanOrEqual(4);
    }
  });

  it('looks up only the lines at the ends of a page cut short by the page reader', () => {
    // The page reader stops at its limit: the last line it gives is cut short, and cut
    // elsewhere after every change before it, so the unchanged run ends a few lines back.
    const all = lines(articles.map((a) => a.text).join('\n'));
    const limit = Math.floor(all.join('\n').length * 0.8);
    const cut = (ps: readonly string[]): string[] => lines(ps.join('\n').slice(0, limit));
    const reader = new ReportReader();
    extractMentions(linesWithStarts(cut(all)), { published: '2025-07-20', reader });
    const changes: ((ps: string[]) => void)[] = [
      (ps) => ps.splice(1, 0, 'Breaking: Russia launched 40 drones at Ukraine overnight.'),
      (ps) =>
        ps.splice(1, 0, `Breaking: ${'Officials said 12 drones were shot down. '.repeat(30)}`),
      (ps) => ps.splice(1, 3),
      (ps) => ps.splice(2, 0, 'Update: 7 people were injured.', 'Update: 2 were killed.'),
    ];
    for (const change of changes) {
      change(all);
      const text = cut(all).join('\n');
      expect(
        extractMentions(linesWithStarts(cut(all)), { published: '2025-07-20', reader }),
      ).toEqual(fresh(text, '2025-07-20'));
      expect(reader.lastRead.lookedUp).toBeLessThanOrEqual(2 * 8);
    }
  });

  it('finds paragraphs moved far in bulk, splitting only the first few found nowhere near', () => {
    const body = articles.map((a) => a.text).join('\n');
    const all = lines(body);
    const reader = new ReportReader();
    extractMentions(body, { published: '2025-07-20', reader });
    // The last 40 entries moved to the top (a page that reorders its entries).
    const moved = [...all.slice(-40), ...all.slice(0, -40)].join('\n');
    expect(extractMentions(moved, { published: '2025-07-20', reader })).toEqual(
      fresh(moved, '2025-07-20'),
    );
    expect(reader.lastRead.split).toBeLessThanOrEqual(8);
  });

  it.each(['text', 'lines'] as const)(
    'follows a run of random edits, read after read, as fresh reads do (given as %s)',
    (as) => {
      // One reader through many versions: what it keeps from a read it kept from the one before.
      const all = lines(
        articles
          .slice(0, 12)
          .map((a) => a.text)
          .join('\n'),
      );
      const rnd = mulberry32(2025);
      const pick = (n: number): number => Math.floor(rnd() * n);
      const edits: ((ps: string[]) => void)[] = [
        (ps) =>
          ps.splice(1, 0, `Breaking: Russia launched ${pick(300)} drones at Ukraine overnight.`),
        (ps) => {
          const k = pick(ps.length);
          ps[k] = ps[k]!.replace(/\d+/, String(pick(999)));
        },
        (ps) => ps.splice(pick(ps.length), 1),
        (ps) =>
          ps.splice(pick(ps.length), 0, 'Officials in Kharkiv said 12 drones were shot down.'),
        (ps) => ps.push(`Update: ${pick(50)} people were injured, the governor said.`),
        // A dated sentence near the top changes the report's date, and so every paragraph's.
        (ps) => ps.splice(0, 0, `On March ${1 + pick(28)}, 2025, Russia launched 90 drones.`),
        (ps) => ps.splice(0, 1),
        (ps) => ps.splice(pick(ps.length), 0, ''),
      ];
      const reader = new ReportReader();
      for (let i = 0; i < 30; i++) {
        edits[pick(edits.length)]!(all);
        const text = all.join('\n');
        const source = as === 'text' ? text : linesWithStarts(all);
        expect(extractMentions(source, { published: '2025-03-12', reader })).toEqual(
          fresh(text, '2025-03-12'),
        );
      }
    },
  );
});

/**
 * What a reader that stops at `limit` must give: the mentions of a full read, paragraph by
 * paragraph, up to and including the paragraph at which those counted reach the limit.
 */
function expectedPrefix(
  text: string,
  published: string,
  limit: number,
  counts: (m: ReturnType<typeof extractMentions>[number]) => boolean,
): ReturnType<typeof extractMentions> {
  const all = fresh(text, published);
  const paragraphOf = (start: number): number => text.slice(0, start).split('\n').length;
  let counted = 0;
  let stopAt = Infinity;
  for (const m of all) {
    const p = paragraphOf(m.start);
    if (p > stopAt) break;
    if (counts(m)) counted += 1;
    if (counted >= limit) stopAt = Math.min(stopAt, p);
  }
  return all.filter((m) => paragraphOf(m.start) <= stopAt);
}

describe('a reader that stops at a limit', () => {
  const body = articles
    .slice(0, 16)
    .map((a) => a.text)
    .join('\n');
  // Only downed drones count: a count that most paragraphs with figures do not add to.
  const downed = (m: { metric: string }): boolean => m.metric === 'drones.downed';
  const limited = (limit: number): ReportReader =>
    new ReportReader(true, { limit, counted: (ms) => ms.filter(downed).length });

  it.each([1, 5, 20, 60, 10_000])(
    'gives the start of a full read, whole paragraphs up to the %i-th counted figure',
    (limit) => {
      const reader = limited(limit);
      const got = extractMentions(body, { published: '2025-07-20', reader });
      const want = expectedPrefix(body, '2025-07-20', limit, downed);
      expect(got).toEqual(want);
      expect(got.filter(downed).length).toBeGreaterThanOrEqual(
        Math.min(limit, fresh(body, '2025-07-20').filter(downed).length),
      );
    },
  );

  it('reads only as far as the limit: a long text is mostly left unread', () => {
    const reader = limited(5);
    extractMentions(body, { published: '2025-07-20', reader });
    const { paragraphs, read } = reader.lastRead;
    expect(read).toBeLessThan(paragraphs / 4);
  });

  it('goes through nothing again when a paragraph past where it stopped changes', () => {
    const reader = limited(5);
    extractMentions(body, { published: '2025-07-20', reader });
    const all = lines(body);
    const k = all.length - 3;
    all[k] = `${all[k]} Officials said 12 drones were shot down.`;
    const text = all.join('\n');
    expect(extractMentions(text, { published: '2025-07-20', reader })).toEqual(
      expectedPrefix(text, '2025-07-20', 5, downed),
    );
    expect(reader.lastRead.walked).toBe(0);
    expect(reader.lastRead.read).toBe(0);
  });

  it('gives the first figures to mark of a full read, as a page counts them, edit after edit', () => {
    // The page's own count (lib/page/session.ts): figures to mark, per paragraph.
    const limit = 25;
    const reader = new ReportReader(true, {
      limit,
      counted: (ms) => figuresToMark(ms).length,
    });
    const all = lines(body);
    const rnd = mulberry32(77);
    const pick = (n: number): number => Math.floor(rnd() * n);
    for (let i = 0; i < 24; i++) {
      const k = pick(Math.min(all.length, 40));
      if (i % 3 === 0) all.splice(1, 0, `Breaking: ${pick(90)} drones were shot down overnight.`);
      else all[k] = all[k]!.replace(/\d+/, String(pick(999)));
      const text = all.join('\n');
      const published = i % 4 === 3 ? '2025-03-13' : '2025-03-12';
      const got = figuresToMark(extractMentions(text, { published, reader })).slice(0, limit);
      expect(got).toEqual(figuresToMark(fresh(text, published)).slice(0, limit));
      // Each figure handed out stands for the one it was moved from, in all but its place.
      for (const m of got) {
        const origin = reader.unshifted(m);
        expect({ ...origin, start: 0, end: 0, phraseEnd: 0 }).toEqual({
          ...m,
          start: 0,
          end: 0,
          phraseEnd: 0,
        });
      }
    }
  });

  it.each(['text', 'lines'] as const)(
    'follows a run of random edits above and below where it stops, as fresh reads do (given as %s)',
    (as) => {
      const all = lines(body);
      const rnd = mulberry32(515);
      const pick = (n: number): number => Math.floor(rnd() * n);
      const edits: ((ps: string[]) => void)[] = [
        (ps) =>
          ps.splice(
            1,
            0,
            `Breaking: air defences shot down ${pick(300)} drones over Kursk overnight.`,
          ),
        (ps) => ps.splice(1, 0, 'The mayor thanked rescuers.'),
        (ps) => {
          const k = pick(ps.length);
          ps[k] = ps[k]!.replace(/\d+/, String(pick(999)));
        },
        (ps) => {
          // Near the top, where the read stops or before it.
          const k = pick(Math.min(ps.length, 12));
          ps[k] = ps[k]!.replace(/\d+/, String(pick(999)));
        },
        (ps) => ps.splice(pick(ps.length), 1),
        (ps) => ps.splice(pick(12), 1),
        (ps) => ps.push(`Update: ${pick(50)} drones were shot down, the governor said.`),
        (ps) => ps.splice(0, 0, `On March ${1 + pick(28)}, 2025, Russia launched 90 drones.`),
        (ps) => ps.splice(pick(ps.length), 0, ''),
      ];
      for (const limit of [3, 12]) {
        const reader = limited(limit);
        for (let i = 0; i < 30; i++) {
          edits[pick(edits.length)]!(all);
          const text = all.join('\n');
          const source = as === 'text' ? text : linesWithStarts(all);
          expect(extractMentions(source, { published: '2025-03-12', reader })).toEqual(
            expectedPrefix(text, '2025-03-12', limit, downed),
          );
        }
      }
    },
  );
});
