import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../lib/extract/numbers';
import { tokenize } from '../../../lib/extract/tokens';

function numbers(text: string): { value: number; words: string }[] {
  const tokens = tokenize(text);
  return findNumbers(tokens).map((n) => ({
    value: n.value,
    words: text.slice(tokens[n.first]!.start, tokens[n.last]!.end),
  }));
}

describe('numbers written in digits', () => {
  it.each([
    ['132 drones', 132, '132'],
    ['1,000 soldiers', 1000, '1,000'],
    ['1 000 drones', 1000, '1 000'],
    ['12,500,000 people', 12_500_000, '12,500,000'],
    ['3 million drones', 3_000_000, '3 million'],
    ['a 1\u00a0200-strong force', 1200, '1\u00a0200'],
  ])('%s → %d', (text, value, words) => {
    expect(numbers(text)).toEqual([{ value, words }]);
  });

  it('keeps "20, 30" as two numbers: a separator needs exactly three digits after it', () => {
    expect(numbers('between 20, 30').map((n) => n.value)).toEqual([20, 30]);
  });

  it('drops decimals: no count of drones has one', () => {
    expect(numbers('1.5 billion dollars')).toEqual([]);
  });

  it('drops digit runs too long to be a count', () => {
    expect(numbers('call 1234567890123456')).toEqual([]);
  });
});

describe('numbers written in words', () => {
  it.each([
    ['Twenty-five drones were downed', 25, 'Twenty-five'],
    ['one hundred and forty-two drones', 142, 'one hundred and forty-two'],
    ['a dozen drones', 12, 'a dozen'],
    ['two dozen missiles', 24, 'two dozen'],
    ['one person was killed', 1, 'one'],
    ['twenty five drones', 25, 'twenty five'],
    ['three hundred thousand shells', 300_000, 'three hundred thousand'],
    ['two thousand and five drones', 2005, 'two thousand and five'],
    ['a hundred drones', 100, 'a hundred'],
    ['Seventeen people', 17, 'Seventeen'],
  ])('%s → %d', (text, value, words) => {
    expect(numbers(text)[0]).toEqual({ value, words });
  });

  it('reads "ten five" as two numbers, not fifteen', () => {
    expect(numbers('ten five').map((n) => n.value)).toEqual([10, 5]);
  });

  it('does not read "a drone" as a number', () => {
    expect(numbers('a drone hit a house')).toEqual([]);
  });

  it('reads each number of "one person was killed and five injured"', () => {
    expect(numbers('one person was killed and five injured').map((n) => n.value)).toEqual([1, 5]);
  });
});
