import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../lib/claims/claim';
import type { Value } from '../../../lib/claims/mention';
import {
  dateTicks,
  dayNumber,
  isoDay,
  niceTicks,
  scaleLinear,
  spreadOffsets,
} from '../../../lib/claims-browser/chart-scales';
import { buildEventSeries, markOf } from '../../../lib/claims-browser/event-series';
import { claim } from './fixtures';

describe('scales', () => {
  it('maps values linearly, upside down for SVG y, and a one-value domain to the middle', () => {
    const y = scaleLinear([0, 800], [300, 0]);
    expect([y(0), y(400), y(800)]).toEqual([300, 150, 0]);
    expect(scaleLinear([5, 5], [0, 100])(5)).toBe(50);
  });

  it('puts value ticks on round whole numbers that cover the data', () => {
    expect(niceTicks(0, 728, 5)).toEqual({
      domain: [0, 800],
      ticks: [0, 200, 400, 600, 800],
      step: 200,
    });
    expect(niceTicks(0, 3, 5).ticks).toEqual([0, 1, 2, 3]);
    expect(niceTicks(26, 26).ticks).toEqual([26, 27]);
    expect(niceTicks(0, 0).domain).toEqual([0, 1]);
  });

  it('counts days in UTC, so no time zone shifts a night', () => {
    const day = dayNumber('2025-07-09');
    expect(day).toBe(20278);
    expect(isoDay(20278)).toBe('2025-07-09');
    expect(dayNumber('9 July')).toBeNull();
  });

  it('labels dates daily, weekly, then on the first of the month', () => {
    const first = dayNumber('2025-07-01') ?? 0;
    expect(dateTicks(first, first + 4, 8).map(isoDay)).toEqual([
      '2025-07-01',
      '2025-07-02',
      '2025-07-03',
      '2025-07-04',
      '2025-07-05',
    ]);
    expect(dateTicks(first, first + 30, 8)).toHaveLength(5);
    expect(dateTicks(first - 3, first + 200, 8).map(isoDay)).toEqual([
      '2025-07-01',
      '2025-08-01',
      '2025-09-01',
      '2025-10-01',
      '2025-11-01',
      '2025-12-01',
      '2026-01-01',
    ]);
    const years = dateTicks(dayNumber('2022-02-24') ?? 0, dayNumber('2025-07-20') ?? 0, 8);
    expect(years.length).toBeLessThanOrEqual(8);
    expect(years.map(isoDay).every((d) => d.endsWith('-01'))).toBe(true);
  });

  it('spreads the marks of one night around its centre, squeezed to fit', () => {
    expect(spreadOffsets(1, 20, 8)).toEqual([0]);
    expect(spreadOffsets(3, 40, 8)).toEqual([-8, 0, 8]);
    expect(spreadOffsets(5, 20, 8)).toEqual([-10, -5, 0, 5, 10]);
    expect(spreadOffsets(0, 20, 8)).toEqual([]);
  });
});

describe('event series', () => {
  const value = (n: number, min: number | null, max: number | null): Value => ({
    n,
    min,
    max,
    qualifier: 'exact',
  });

  it('draws a number as a point, a range as a segment and an open bound as an arrow', () => {
    expect(markOf(claim({ value: value(728, 728, 728) }))).toEqual({
      shape: 'point',
      low: 728,
      high: 728,
      at: 728,
    });
    expect(markOf(claim({ value: { n: 122, min: 116, max: 128, qualifier: 'about' } }))).toEqual({
      shape: 'range',
      low: 116,
      high: 128,
      at: 122,
    });
    expect(
      markOf(claim({ value: { n: 400, min: 401, max: null, qualifier: 'more-than' } })),
    ).toMatchObject({ shape: 'up', at: 401 });
    expect(
      markOf(claim({ value: { n: 30, min: null, max: 30, qualifier: 'at-most' } })),
    ).toMatchObject({ shape: 'down', at: 30 });
  });

  it('groups figures by night with the spread of values, and counts undated ones', () => {
    const series = buildEventSeries([
      claim({ date: '2025-07-10', value: value(700, 700, 700) }),
      claim({ date: '2025-07-09', value: value(728, 728, 728), origin: 'official' }),
      claim({ date: '2025-07-09', value: { n: 26, min: 26, max: null, qualifier: 'at-least' } }),
      claim({ date: '2025-07-09', value: { n: 20, min: 20, max: 30, qualifier: 'range' } }),
      claim({ date: null }),
    ]);
    expect(series.undated).toBe(1);
    expect(series.maxValue).toBe(728);
    expect(series.nights.map((n) => [n.date, n.low, n.high, n.marks.length])).toEqual([
      ['2025-07-09', 20, 728, 3],
      ['2025-07-10', 700, 700, 1],
    ]);
    const ninth = series.nights[0];
    expect(ninth?.marks.map((m) => [m.at, m.shape, m.kind])).toEqual([
      [20, 'range', 'browsed'],
      [26, 'up', 'browsed'],
      [728, 'point', 'official'],
    ]);
  });

  it('names team lists by their kind', () => {
    const [night] = buildEventSeries([claim({ origin: 'list:team-1' })]).nights;
    expect(night?.marks[0]?.kind).toBe('list');
  });
});

describe('the event view of explained figures', () => {
  const at = (n: number, url: string, over: Partial<Claim> = {}): Claim =>
    claim({
      value: { n, min: n, max: n, qualifier: 'exact' },
      source: { url, outlet: new URL(url).hostname, title: null, publishedAt: null },
      ...over,
    });

  it('marks a total that one source gives in parts', () => {
    const total = at(711, 'https://afp.example/a', { metric: 'drones.downed' });
    const parts = [
      at(296, 'https://ap.example/b', { metric: 'drones.downed' }),
      at(415, 'https://ap.example/b', { metric: 'drones.suppressed' }),
    ];
    const [night] = buildEventSeries([total, parts[0]!], parts).nights;
    const marks = night!.marks;
    expect(marks.find((m) => m.claim.value.n === 711)?.sum).toMatch(
      /^711 = 296 shot down \+ 415 lost to jamming/,
    );
    expect(marks.find((m) => m.claim.value.n === 296)?.sum).toBeUndefined();
  });

  it('orders a toll’s reports by when they were published', () => {
    const report = (n: number, publishedAt: string) =>
      claim({
        metric: 'people.killed',
        value: { n, min: n, max: n, qualifier: 'exact' },
        source: { url: `https://s${n}.example/`, outlet: null, title: null, publishedAt },
      });
    const view = buildEventSeries([
      report(27, '2025-08-01T09:00'),
      report(6, '2025-07-31T08:00'),
      report(14, '2025-07-31T13:00'),
    ]);
    expect(view.toll).toBe(true);
    expect(view.nights[0]!.marks.map((m) => m.claim.value.n)).toEqual([6, 14, 27]);
  });
});
