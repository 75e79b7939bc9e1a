import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { squash, squashedLength } from '../../../lib/page/dom';

/** Letters, every kind of space `\s` knows and some it does not, and halves of surrogate pairs. */
const PIECES = [
  'a',
  'Kyiv',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\u000b',
  '\u000c',
  '\u00a0',
  '\u1680',
  '\u180e',
  '\u2000',
  '\u2007',
  '\u200a',
  '\u200b',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
  '\u0085',
  '😀',
  '\ud83d',
  '\ude00',
  '—',
];

describe('squashedLength', () => {
  it('is the length of the squashed text, for any text and any cap', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join('')),
        fc.integer({ min: 0, max: 40 }),
        (text, max) => {
          expect(squashedLength(text, max)).toBe(squash(text, max).length);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('counts a paragraph as the reader sees it: runs of spaces as one, none at the ends', () => {
    expect(squashedLength('  Russia launched\n\n 40   drones. ')).toBe(
      'Russia launched 40 drones.'.length,
    );
    expect(squashedLength(null)).toBe(0);
    expect(squashedLength(' \u00a0\t')).toBe(0);
  });
});
