import { describe, expect, it } from 'vitest';
import { formatValue, overlaps } from '../../../lib/claims/interval';
import type { Qualifier, Value } from '../../../lib/claims/mention';
import { value } from './helpers';

/** One value per qualifier, all around 100. */
const V: Record<Qualifier, Value> = {
  exact: value('exact', 100, 100),
  'at-least': value('at-least', 100, null),
  'more-than': value('more-than', 101, null, 100),
  'at-most': value('at-most', null, 100),
  'less-than': value('less-than', null, 99, 100),
  about: value('about', 95, 105, 100),
  range: value('range', 90, 100),
};

/** Whether V[a] and V[b] overlap, for every ordered pair of qualifiers. */
const TABLE: [Qualifier, Qualifier, boolean][] = [
  ['exact', 'exact', true],
  ['exact', 'at-least', true],
  ['exact', 'more-than', false],
  ['exact', 'at-most', true],
  ['exact', 'less-than', false],
  ['exact', 'about', true],
  ['exact', 'range', true],
  ['at-least', 'at-least', true],
  ['at-least', 'more-than', true],
  ['at-least', 'at-most', true],
  ['at-least', 'less-than', false],
  ['at-least', 'about', true],
  ['at-least', 'range', true],
  ['more-than', 'more-than', true],
  ['more-than', 'at-most', false],
  ['more-than', 'less-than', false],
  ['more-than', 'about', true],
  ['more-than', 'range', false],
  ['at-most', 'at-most', true],
  ['at-most', 'less-than', true],
  ['at-most', 'about', true],
  ['at-most', 'range', true],
  ['less-than', 'less-than', true],
  ['less-than', 'about', true],
  ['less-than', 'range', true],
  ['about', 'about', true],
  ['about', 'range', true],
  ['range', 'range', true],
];

describe('overlaps', () => {
  it('covers every pair of qualifiers', () => {
    const quals = Object.keys(V) as Qualifier[];
    const covered = new Set(TABLE.map(([a, b]) => [a, b].sort().join(' ')));
    for (const a of quals)
      for (const b of quals) expect(covered).toContain([a, b].sort().join(' '));
  });

  it.each(TABLE)('%s 100 vs %s 100 → %s, both ways round', (a, b, expected) => {
    expect(overlaps(V[a], V[b])).toBe(expected);
    expect(overlaps(V[b], V[a])).toBe(expected);
  });

  it.each([
    [value('exact', 132, 132), value('exact', 142, 142), false],
    [value('at-least', 26, null), value('exact', 27, 27), true],
    [value('about', 116, 128, 122), value('exact', 122, 122), true],
    [value('about', 116, 128, 122), value('exact', 129, 129), false],
    [value('range', 20, 30), value('range', 30, 40), true],
    [value('range', 20, 30), value('range', 31, 40), false],
    [value('at-most', null, 5), value('at-least', 5, null), true],
    [value('less-than', null, 4, 5), value('at-least', 5, null), false],
    [value('exact', 0, 0), value('at-most', null, 0), true],
  ])('%j vs %j → %s', (a, b, expected) => {
    expect(overlaps(a, b)).toBe(expected);
    expect(overlaps(b, a)).toBe(expected);
  });
});

describe('formatValue', () => {
  it.each([
    [V.exact, '100'],
    [V['at-least'], 'at least 100'],
    [V['more-than'], 'more than 100'],
    [V['at-most'], 'up to 100'],
    [V['less-than'], 'fewer than 100'],
    [value('about', 116, 128, 122), '116–128 (around 122)'],
    [value('range', 20, 30), '20–30'],
    [value('exact', 26, null), '26–… (26)'],
  ])('%j → %s', (v, text) => {
    expect(formatValue(v)).toBe(text);
  });
});
