import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../lib/extract';
import { placeTail, tailAnchor, tailSpan } from '../../../lib/page/phrase-tail';
import { page } from './dom-helpers';

/** The sentence with "[badge]" where each figure's badge goes, and each tail in braces. */
function withBadges(text: string): string {
  const spans = extractMentions(text, { published: '2025-07-20' })
    .map((m) => tailSpan(text, m))
    .sort((a, b) => b.end - a.end);
  let out = text;
  for (const { start, end } of spans) {
    out = `${out.slice(0, start)}{${out.slice(start, end)} [badge]}${out.slice(end)}`;
  }
  return out;
}

describe('tailSpan: a badge goes after the figure’s whole phrase, with its last word', () => {
  it('follows the counted noun, not the number', () => {
    expect(withBadges('Russia launched 57 Russian drones into the country overnight.')).toBe(
      'Russia launched 57 Russian {drones [badge]} into the country overnight.',
    );
    expect(withBadges('At least two civilians were killed in Kharkiv.')).toBe(
      'At least two {civilians [badge]} were killed in Kharkiv.',
    );
  });

  it('keeps a number that stands alone together with its badge', () => {
    expect(withBadges('Nine drones were shot down over Kyiv and two over the Kyiv region.')).toBe(
      'Nine {drones [badge]} were shot down over Kyiv and {two [badge]} over the Kyiv region.',
    );
  });

  it('never ends inside a word, even when the phrase stops in one', () => {
    const text = 'Officials said 40 drones were downed.';
    const at = text.indexOf('40');
    const m = { start: at, end: at + 2, phraseEnd: text.indexOf('drones') + 3 };
    expect(tailSpan(text, m)).toEqual({
      start: text.indexOf('drones'),
      end: text.indexOf(' were'),
    });
  });

  it('never starts before the figure’s own words', () => {
    const text = 'killed14 people';
    expect(tailSpan(text, { start: 6, end: 8, phraseEnd: 8 })).toEqual({ start: 6, end: 8 });
  });
});

describe('placeTail: the last word of a phrase held with its badge slot', () => {
  it('wraps the word where it stands, the text around it unchanged, the badge right after it', () => {
    const doc = page('<p id="p">Russia launched 57 Russian drones into the country.</p>');
    const p = doc.getElementById('p')!;
    const text = p.firstChild as Text;
    const at = text.data.indexOf('drones');
    const tail = placeTail(
      doc,
      { start: { node: text, offset: at }, end: { node: text, offset: at + 6 } },
      'f1',
    );
    expect(tail.parentNode).toBe(p);
    expect(tail.textContent).toBe('drones');
    expect(p.textContent).toBe('Russia launched 57 Russian drones into the country.');
    // The front keeps its node, so points planned before (in the same node) still hold.
    expect(p.firstChild).toBe(text);
    expect(text.data).toBe('Russia launched 57 Russian ');
    expect(tailAnchor(tail)).toBe(tail.lastChild);
  });

  it('takes the figure’s whole mark when the phrase ends in the figure’s own words', () => {
    const doc = page(
      '<p id="p">Nine drones were downed and <figure-check-mark>two</figure-check-mark> more.</p>',
    );
    const mark = doc.querySelector('figure-check-mark')!;
    const two = mark.firstChild as Text;
    const tail = placeTail(
      doc,
      { start: { node: two, offset: 0 }, end: { node: two, offset: 3 } },
      'f2',
    );
    expect(tail.firstChild).toBe(mark);
    expect(mark.parentNode).toBe(tail);
    expect(doc.getElementById('p')!.textContent).toBe('Nine drones were downed and two more.');
  });
});
