import fc from 'fast-check';
import { BLOW_UP_TIMEOUT, expectNoBlowUp } from './blow-up';
import { describe, expect, it } from 'vitest';
import { MentionSchema } from '../../../lib/claims/mention';
import { extractMentions } from '../../../lib/extract';

const NEWSY = [
  'drones',
  'were',
  'shot',
  'down',
  'at',
  'least',
  'over',
  'the',
  'Moscow',
  'region',
  'killed',
  'and',
  'injured',
  'one',
  'hundred',
  'twenty',
  '-',
  ',',
  '.',
  '132',
  '1,000',
  'overnight',
  'said',
  'Sunday',
  'of',
  'them',
  'including',
  'Ukrainian',
  'Russian',
  'missiles',
  'between',
  'to',
];

/** Text built from the words figures are made of, so the properties reach deep into the code. */
const newsText = fc
  .array(fc.constantFrom(...NEWSY), { maxLength: 80 })
  .map((words) => words.join(' '));

describe('extractMentions on any input', () => {
  it('never throws and always returns valid Mentions whose offsets point at their text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), newsText), (text) => {
        const mentions = extractMentions(text, { published: '2025-07-20' });
        for (const m of mentions) {
          expect(MentionSchema.safeParse(m).success).toBe(true);
          expect(text.slice(m.start, m.end)).toBe(m.text);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('gives every figure an interval that contains or bounds its written number', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        for (const { value } of extractMentions(text)) {
          if (value.min !== null && value.max !== null)
            expect(value.min).toBeLessThanOrEqual(value.max);
          if (value.qualifier === 'exact')
            expect([value.min, value.max]).toEqual([value.n, value.n]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same figures in a text whatever unrelated text comes before it', () => {
    const sentence = 'Air defences shot down 26 Ukrainian drones over the Belgorod region.';
    const base = extractMentions(sentence).map((m) => [m.metric, m.value.n]);
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (noise) => {
        const text = `${noise.replace(/[\n.!?]/g, ' ')}\n\n${sentence}`;
        const found = extractMentions(text).map((m) => [m.metric, m.value.n]);
        expect(found.slice(-base.length)).toEqual(base);
      }),
      { numRuns: 200 },
    );
  });

  it('ignores a publication date that is not a date', () => {
    const ms = extractMentions('Russia launched 40 drones overnight.', { published: 'yesterday' });
    expect(ms).toHaveLength(1);
    expect(ms[0]!.date).toBeNull();
  });
});

describe('worst cases stay linear', () => {
  const MB = 1_000_000;
  const cases: [string, string][] = [
    ['digits', '9'.repeat(MB)],
    ['digit groups', '1,000 '.repeat(MB / 6)],
    ['number words', 'one hundred and '.repeat(MB / 16)],
    ['hyphens', '-'.repeat(MB)],
    ['spaces', ' '.repeat(MB)],
    ['punctuation', '.,;:!?'.repeat(MB / 6)],
    ['figures with no full stop', '12 drones were shot down and '.repeat(MB / 29)],
    ['qualifier chains', 'at least more than up to '.repeat(MB / 25)],
    ['places', 'the Moscow region, Kharkiv Oblast and '.repeat(MB / 38)],
  ];
  it.each(cases)(
    '1 MB of %s finishes without a blow-up',
    (_name, text) => expectNoBlowUp(() => extractMentions(text, { published: '2025-07-20' })),
    BLOW_UP_TIMEOUT,
  );
});
