import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../lib/extract/sentences';

const split = (text: string): string[] =>
  splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('sentence splitting', () => {
  it('splits at full stops followed by a capital', () => {
    expect(split('Russia launched 50 drones. Ukraine downed 40. Two were jammed.')).toEqual([
      'Russia launched 50 drones.',
      'Ukraine downed 40.',
      'Two were jammed.',
    ]);
  });

  it('does not split after abbreviations or initials', () => {
    expect(
      split('Drones hit St. Petersburg at 6 p.m. Moscow time, said Gen. Oleksandr Syrskyi.'),
    ).toHaveLength(1);
    expect(split('The U.S. Army said nothing.')).toHaveLength(1);
  });

  it('treats every line as its own sentence, so headlines stand alone', () => {
    expect(split('Russia says it downed 50 drones\nThe ministry said on Sunday that…')).toEqual([
      'Russia says it downed 50 drones',
      'The ministry said on Sunday that…',
    ]);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(split('"We shot down 12." The mayor added more.')).toEqual([
      '"We shot down 12."',
      'The mayor added more.',
    ]);
  });

  it('cuts a run with no full stop into bounded pieces', () => {
    const text = 'word '.repeat(10_000);
    const parts = splitSentences(text);
    expect(parts.length).toBeGreaterThan(10);
    expect(Math.max(...parts.map((p) => p.end - p.start))).toBeLessThanOrEqual(2100);
  });
});
