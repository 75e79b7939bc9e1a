import { describe, expect, it } from 'vitest';
import { FigureCheckSchema, type Claim } from '../../../lib/claims/claim';
import type { Mention } from '../../../lib/claims/mention';
import { checkMention, verdictOf } from '../../../lib/claims/verdict';
import { claim, mention, value } from './helpers';

const PAGE = { url: 'https://a.example/story', outlet: 'A', title: null, publishedAt: null };
const FIG = mention(); // exact 132
const at = (n: number, over: Partial<Mention> = {}) =>
  mention({ text: String(n), quote: `${n} drones.`, value: value('exact', n, n), ...over });

function check(candidates: Claim[], m: Mention = FIG) {
  const result = checkMention(m, PAGE, candidates);
  expect(FigureCheckSchema.parse(result)).toEqual(result);
  return result;
}

describe('checkMention verdicts', () => {
  it('is single-source with no other source', () => {
    const r = check([]);
    expect(r).toEqual({
      verdict: 'single-source',
      agree: [],
      disagree: [],
      explained: [],
      parts: [],
      byOriginator: [],
    });
  });

  it('is corroborated when some agree and none conflict', () => {
    const r = check([claim('https://b.example/x', 'B', at(132))]);
    expect(r.verdict).toBe('corroborated');
    expect(r.agree).toEqual([
      {
        url: 'https://b.example/x',
        outlet: 'B',
        text: '132',
        value: value('exact', 132, 132),
        attributedTo: 'Russian Defense Ministry',
        date: '2025-07-20',
        origin: 'browsed',
        publishedAt: null,
        agrees: true,
      },
    ]);
    expect(r.disagree).toEqual([]);
  });

  it('is conflicting when some conflict and none agree', () => {
    const r = check([claim('https://b.example/x', 'B', at(142))]);
    expect(r.verdict).toBe('conflicting');
    expect(r.disagree.map((o) => o.value.n)).toEqual([142]);
  });

  it('is mixed when both', () => {
    const r = check([
      claim('https://b.example/x', 'B', at(142)),
      claim('https://c.example/x', 'C', mention({ value: value('at-least', 100, null) })),
    ]);
    expect(r.verdict).toBe('mixed');
    expect(r.agree.map((o) => o.outlet)).toEqual(['C']);
    expect(r.disagree.map((o) => o.outlet)).toEqual(['B']);
  });

  it('never counts the page itself, under any spelling of its URL', () => {
    const r = check([
      claim('https://a.example/story', 'A', at(142)),
      claim('https://A.example/story/?utm_source=x#c', 'A', at(150)),
      claim('https://b.example/x', 'B', at(132)),
    ]);
    expect(r.verdict).toBe('corroborated');
    expect(r.agree.map((o) => o.url)).toEqual(['https://b.example/x']);
  });

  it('counts the same outlet under another URL', () => {
    const r = check([claim('https://a.example/other-story', 'A', at(142))]);
    expect(r.verdict).toBe('conflicting');
  });

  it('counts an identical (URL, value) pair once', () => {
    const r = check([
      claim('https://b.example/x', 'B', at(142)),
      claim('https://b.example/x?utm_medium=y', 'B', at(142, { quote: 'Again: 142.' })),
      claim('https://b.example/x', 'B', at(140)),
    ]);
    expect(r.disagree.map((o) => o.value.n)).toEqual([140, 142]);
  });

  it('ignores candidates for other events', () => {
    const r = check([
      claim('https://b.example/x', 'B', at(142, { date: '2025-07-19' })),
      claim('https://b.example/x', 'B', at(142, { metric: 'drones.launched' })),
      claim('https://b.example/x', 'B', at(142, { attacker: 'RU' })),
    ]);
    expect(r.verdict).toBe('single-source');
  });

  it('is single-source for a figure without date or place', () => {
    const undated = at(132, { date: null });
    expect(check([claim('https://b.example/x', 'B', undated)], undated).verdict).toBe(
      'single-source',
    );
  });
});

describe('checkMention ordering', () => {
  const candidates = [
    claim('https://d.example/x', 'D', at(142, { attributedTo: null })),
    claim('https://c.example/x', 'C', at(132, { attributedTo: 'Ukrainian Air Force' })),
    claim('https://b.example/x', 'B', at(150)),
    claim('https://e.example/x', null, at(132)),
    claim('https://a.example/other', 'A', at(132)),
    claim('https://f.example/x', 'F', at(132, { attributedTo: null })),
  ];

  it('is the same for any order of candidates', () => {
    const r = check(candidates);
    expect(check([...candidates].reverse())).toEqual(r);
    expect(r.verdict).toBe('mixed');
    expect(r.agree.map((o) => o.outlet)).toEqual(['A', 'C', 'F', null]);
    expect(r.disagree.map((o) => o.outlet)).toEqual(['B', 'D']);
  });

  it('groups by originator, null last, agreeing first within a group', () => {
    const r = check(candidates);
    expect(r.byOriginator.map((g) => [g.originator, g.others.map((o) => o.outlet)])).toEqual([
      ['Russian Defense Ministry', ['A', null, 'B']],
      ['Ukrainian Air Force', ['C']],
      [null, ['F', 'D']],
    ]);
  });
});

describe('verdictOf', () => {
  it.each([
    [0, 0, 'single-source'],
    [2, 0, 'corroborated'],
    [0, 1, 'conflicting'],
    [1, 3, 'mixed'],
  ] as const)('%i agreeing, %i conflicting → %s', (a, c, v) => {
    expect(verdictOf(a, c)).toBe(v);
  });
});
