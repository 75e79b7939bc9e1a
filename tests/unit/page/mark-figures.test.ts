// linkedom's Range has no setStart/setEnd and its Text no splitText, so the DOM side of
// markFigures is tested in the browser (tests/e2e/marks.e2e.ts); here, the pure parts.
import { describe, expect, it } from 'vitest';
import type { LocatedMention } from '../../../lib/claims/mention';
import { describeFigure, figuresToMark } from '../../../lib/page/mark-figures';

function mention(over: Partial<LocatedMention> = {}): LocatedMention {
  return {
    text: 'at least 26',
    quote: 'Russia said it shot down at least 26 Ukrainian drones over the Moscow region.',
    metric: 'drones.downed',
    value: { n: 26, min: 26, max: null, qualifier: 'at-least' },
    attacker: 'UA',
    group: null,
    place: { name: 'Moscow Oblast', code: 'RU-MOS', level: 'region' },
    date: '2025-07-20',
    attributedTo: 'Russian Defense Ministry',
    start: 25,
    end: 36,
    phraseEnd: 54,
    ...over,
  };
}

describe('figuresToMark', () => {
  it('keeps CLAIMS.md figures in text order and drops other metrics', () => {
    const a = mention({ start: 50, end: 53 });
    const b = mention({ start: 10, end: 13 });
    const flights = mention({ metric: 'flights.diverted', start: 30, end: 33 });
    expect(figuresToMark([a, flights, b])).toEqual([b, a]);
  });

  it('keeps only the first of overlapping figures', () => {
    const wide = mention({ start: 10, end: 21 });
    const inner = mention({ start: 19, end: 21 });
    const next = mention({ start: 21, end: 24 });
    expect(figuresToMark([inner, next, wide])).toEqual([wide, next]);
  });

  it('drops empty spans', () => {
    expect(figuresToMark([mention({ start: 5, end: 5 })])).toEqual([]);
  });
});

describe('describeFigure', () => {
  it('says what, how many, who, where, when and says who', () => {
    expect(describeFigure(mention())).toBe(
      [
        'Figure Check: at least 26 drones shot down',
        'Launched by: Ukraine',
        'Where: Moscow Oblast',
        'When: 2025-07-20',
        'According to: Russian Defense Ministry',
      ].join('\n'),
    );
  });

  it('names people by group and leaves out what the text does not say', () => {
    const killed = mention({
      metric: 'people.killed',
      group: 'civilians',
      value: { n: 2, min: 2, max: 2, qualifier: 'exact' },
      attacker: 'RU',
      place: null,
      date: null,
      attributedTo: null,
    });
    expect(describeFigure(killed)).toBe('Figure Check: 2 civilians killed\nAttack by: Russia');
  });

  it.each([
    [{ n: 400, min: 401, max: null, qualifier: 'more-than' }, 'more than 400 drones and missiles'],
    [{ n: 30, min: null, max: 30, qualifier: 'at-most' }, 'up to 30 drones and missiles'],
    [{ n: 10, min: null, max: 9, qualifier: 'less-than' }, 'fewer than 10 drones and missiles'],
    [{ n: 20, min: 20, max: 30, qualifier: 'range' }, 'between 20 and 30 drones and missiles'],
    [
      { n: 1200, min: 1140, max: 1260, qualifier: 'about' },
      'about 1,200 (taken as 1,140 to 1,260) drones and missiles',
    ],
  ] as const)('words the value %o', (value, words) => {
    const m = mention({ metric: 'aerial.launched', value: { ...value }, attacker: null });
    expect(describeFigure(m).split('\n')[0]).toBe(`Figure Check: ${words} launched`);
  });
});
