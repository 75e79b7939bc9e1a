import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { Value } from '../../../lib/claims/mention';
import { extentOf, placeInterval, positionOf } from '../../../components/range-scale';
import { RangeStrip, rangeLabel, type RangeEntry } from '../../../components/RangeStrip';

const exact = (n: number): Value => ({ n, min: n, max: n, qualifier: 'exact' });
const atLeast = (n: number): Value => ({ n, min: n, max: null, qualifier: 'at-least' });
const upTo = (n: number): Value => ({ n, min: null, max: n, qualifier: 'at-most' });
const about = (n: number, min: number, max: number): Value => ({ n, min, max, qualifier: 'about' });

describe('range scale', () => {
  it('spans the smallest to the largest finite bound reported', () => {
    expect(extentOf([exact(132), exact(142), atLeast(26)])).toEqual({ lo: 26, hi: 142 });
    expect(extentOf([about(122, 116, 128), upTo(30)])).toEqual({ lo: 30, hi: 128 });
    expect(extentOf([])).toBeNull();
  });

  it('places numbers linearly, and a scale of one number in the middle', () => {
    const extent = { lo: 100, hi: 200 };
    expect([100, 150, 200].map((x) => positionOf(x, extent))).toEqual([0, 0.5, 1]);
    expect(positionOf(7, { lo: 7, hi: 7 })).toBe(0.5);
  });

  it('draws exact figures as points and ranges as spans', () => {
    const extent = { lo: 100, hi: 200 };
    expect(placeInterval(exact(150), extent)).toEqual({
      from: 0.5,
      to: 0.5,
      openStart: false,
      openEnd: false,
      point: true,
    });
    expect(placeInterval(about(125, 120, 130), extent)).toMatchObject({
      from: 0.2,
      to: 0.3,
      point: false,
    });
  });

  it('runs an unbounded end off the edge of the scale', () => {
    const extent = extentOf([exact(132), atLeast(26), upTo(30)])!;
    expect(placeInterval(atLeast(26), extent)).toEqual({
      from: 0,
      to: 1,
      openStart: false,
      openEnd: true,
      point: false,
    });
    expect(placeInterval(upTo(30), extent)).toMatchObject({
      from: 0,
      openStart: true,
      openEnd: false,
    });
    // Only "at least 26" reported: a scale of one number, the interval runs right from its middle.
    const lone = extentOf([atLeast(26)])!;
    expect(placeInterval(atLeast(26), lone)).toMatchObject({ from: 0.5, to: 1, openEnd: true });
  });
});

function draw(entries: RangeEntry[]): Element {
  const { document } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  const root = document.getElementById('root')!;
  render(h(RangeStrip, { entries, width: 300 }), root as unknown as Element);
  return root as unknown as Element;
}

describe('RangeStrip', () => {
  const entries: RangeEntry[] = [
    { source: 'this page', value: exact(132), kind: 'own' },
    { source: 'ABN News', value: exact(142), kind: 'conflict' },
    { source: 'TASS', value: atLeast(26), kind: 'agree' },
  ];

  it('names every value and its source in its text alternative', () => {
    const label = 'Reported values: 132 (this page), 142 (ABN News), at least 26 (TASS)';
    expect(rangeLabel(entries)).toBe(label);
    const svg = draw(entries).querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe(label);
    expect(svg.querySelector('title')?.textContent).toBe(label);
  });

  it('draws one lane per source, told apart by shape, and labels this page and both ends', () => {
    const svg = draw(entries).querySelector('svg')!;
    const lanes = Array.from(svg.querySelectorAll('g.lane'));
    expect(lanes.map((g) => g.getAttribute('class'))).toEqual([
      'lane own',
      'lane conflict',
      'lane agree',
    ]);
    // Exact figures are single marks: a filled circle here, a diamond for the conflicting one.
    expect(lanes[0]!.querySelectorAll('circle')).toHaveLength(1);
    expect(lanes[1]!.querySelector('path')?.getAttribute('d')).toMatch(/^M.* Z$/);
    expect(lanes[1]!.querySelector('circle')).toBeNull();
    // "at least 26": a bar from 26 with an arrow at the right edge, no mark at its open end.
    expect(lanes[2]!.querySelector('line.bar')?.getAttribute('x2')).toBe('298');
    expect(lanes[2]!.querySelectorAll('path.arrow')).toHaveLength(1);
    expect(lanes[0]!.querySelector('text')?.textContent).toBe('this page');
    const ends = Array.from(svg.querySelectorAll('g.axis text')).map((t) => t.textContent);
    expect(ends).toEqual(['26', '142']);
  });

  it('keeps the "this page" label inside the strip, over the known end of the value', () => {
    const svg = draw([
      { source: 'this page', value: atLeast(26), kind: 'own' },
      { source: 'Euro Dispatch', value: exact(27), kind: 'agree' },
    ]).querySelector('svg')!;
    const label = svg.querySelector('g.own text')!;
    expect(label.textContent).toBe('this page');
    // 26 is the scale's left end: the label is pushed right so it is not cut off.
    expect(Number(label.getAttribute('x'))).toBeGreaterThanOrEqual(24);
    expect(Number(label.getAttribute('x'))).toBeLessThanOrEqual(276);
  });

  it('counts the sources beyond the lanes it draws', () => {
    const many: RangeEntry[] = Array.from({ length: 9 }, (_, i) => ({
      source: `Outlet ${i}`,
      value: exact(100 + i),
      kind: 'agree',
    }));
    const svg = draw(many).querySelector('svg')!;
    expect(svg.querySelectorAll('g.lane')).toHaveLength(6);
    expect(Array.from(svg.querySelectorAll('g.axis text')).map((t) => t.textContent)).toContain(
      '+3 more',
    );
    expect(svg.getAttribute('aria-label')).toContain('108 (Outlet 8)');
  });
});
