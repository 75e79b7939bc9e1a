import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../lib/extract';

/** The figure's whole phrase as the extractor bounds it: from its number to `phraseEnd`. */
function phrases(text: string): string[] {
  return extractMentions(text, { published: '2025-07-20' }).map((m) =>
    text.slice(m.start, m.phraseEnd),
  );
}

describe('phraseEnd: where a figure’s phrase ends, so a badge never splits it', () => {
  it('runs over the counted noun and its modifiers', () => {
    expect(phrases('Russia launched 57 Russian-made Shahed drones overnight.')).toEqual([
      '57 Russian-made Shahed drones',
    ]);
    expect(phrases('At least two civilians were killed in Kharkiv.')).toEqual([
      'At least two civilians',
    ]);
  });

  it('stops at the number when the noun comes later or belongs to another figure', () => {
    expect(phrases('Air defences downed 40 of the 55 drones launched at Kyiv.')).toEqual([
      '40',
      '55 drones',
    ]);
    expect(phrases('Nine drones were shot down over Kyiv and two over the Kyiv region.')).toEqual([
      'Nine drones',
      'two',
    ]);
  });

  it('never ends before the figure’s own words', () => {
    const text = 'The toll rose to 14, and 40 people were injured.';
    for (const m of extractMentions(text, { published: '2025-07-20' }))
      expect(m.phraseEnd).toBeGreaterThanOrEqual(m.end);
  });
});
