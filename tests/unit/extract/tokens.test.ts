import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../lib/extract/tokens';

/** Characters that make the tokenizer's edges: digit groups, decimals, apostrophes, dotted letters. */
const PIECES = [
  '1',
  '000',
  ',',
  ' ',
  '\u00a0',
  '.',
  '5',
  'a',
  'B',
  'é',
  "'",
  '\u2019',
  'U.S.',
  '-',
];

describe('tokenize', () => {
  it('ends a part at its end, whatever the text holds after it', () => {
    // "1,000" of "1,0001": the group is three digits within the part.
    expect(tokenize('1,0001', 0, 5)).toEqual(tokenize('1,000'));
    expect(tokenize('x 2.5', 0, 3)).toEqual(tokenize('x 2'));
    expect(tokenize('Kyiv’s', 0, 5)).toEqual(tokenize('Kyiv’'));
  });

  it('reads a part of a text exactly as the part alone, offsets from the base', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join('')),
        fc.nat(),
        fc.nat(),
        (text, x, y) => {
          const from = x % (text.length + 1);
          const to = from + (y % (text.length - from + 1));
          expect(tokenize(text, from, to, from)).toEqual(tokenize(text.slice(from, to)));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
