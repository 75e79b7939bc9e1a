import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../lib/extract';
import { tailSpan } from '../../../lib/page/phrase-tail';

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
