import { describe, expect, it } from 'vitest';
import type { Value } from '../../../lib/claims/mention';
import { findNumbers } from '../../../lib/extract/numbers';
import { aboutTolerance, qualify } from '../../../lib/extract/qualifiers';
import { tokenize } from '../../../lib/extract/tokens';

function first(text: string): { value: Value; words: string } {
  const tokens = tokenize(text);
  const { q } = qualify(tokens, findNumbers(tokens), 0);
  return { value: q.value, words: text.slice(tokens[q.first]!.start, tokens[q.last]!.end) };
}

describe('qualifiers turn a number into the interval it describes (CLAIMS.md §2)', () => {
  it.each<[string, Value, string]>([
    ['132 drones', { n: 132, min: 132, max: 132, qualifier: 'exact' }, '132'],
    ['at least 26 drones', { n: 26, min: 26, max: null, qualifier: 'at-least' }, 'at least 26'],
    ['no fewer than 26', { n: 26, min: 26, max: null, qualifier: 'at-least' }, 'no fewer than 26'],
    ['over 400 drones', { n: 400, min: 401, max: null, qualifier: 'more-than' }, 'over 400'],
    ['more than 700', { n: 700, min: 701, max: null, qualifier: 'more-than' }, 'more than 700'],
    ['up to 30 drones', { n: 30, min: null, max: 30, qualifier: 'at-most' }, 'up to 30'],
    ['as many as 30', { n: 30, min: null, max: 30, qualifier: 'at-most' }, 'as many as 30'],
    ['fewer than 10', { n: 10, min: null, max: 9, qualifier: 'less-than' }, 'fewer than 10'],
    ['less than 10', { n: 10, min: null, max: 9, qualifier: 'less-than' }, 'less than 10'],
    ['between 20 and 30', { n: 20, min: 20, max: 30, qualifier: 'range' }, 'between 20 and 30'],
    ['20-30 drones', { n: 20, min: 20, max: 30, qualifier: 'range' }, '20-30'],
    ['20 to 30 drones', { n: 20, min: 20, max: 30, qualifier: 'range' }, '20 to 30'],
    ['two or three drones', { n: 2, min: 2, max: 3, qualifier: 'range' }, 'two or three'],
    ['50 or more drones', { n: 50, min: 50, max: null, qualifier: 'at-least' }, '50 or more'],
  ])('%s', (text, value, words) => {
    expect(first(text)).toEqual({ value, words });
  });

  it.each(['around', 'about', 'some', 'roughly', 'approximately'])(
    '"%s 122" keeps n and brackets it symmetrically',
    (word) => {
      const { value } = first(`${word} 122 drones`);
      expect(value).toEqual({ n: 122, min: 116, max: 128, qualifier: 'about' });
    },
  );

  it.each(['nearly', 'almost'])('"%s 100" is about 100 but never above it', (word) => {
    expect(first(`${word} 100 drones`).value).toEqual({
      n: 100,
      min: 95,
      max: 100,
      qualifier: 'about',
    });
  });

  it('gives every about-figure a tolerance of at least one', () => {
    expect(aboutTolerance(3)).toBe(1);
    expect(aboutTolerance(1000)).toBe(50);
  });

  it('reads a typo\'d "least 134" as at least', () => {
    expect(first('said that least 134 aircraft').value.qualifier).toBe('at-least');
  });
});
