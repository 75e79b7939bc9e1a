// Explained differences (CLAIMS.md section 2.1): sums, updates and parts, in both directions.
import { describe, expect, it } from 'vitest';
import { FigureCheckSchema, type Claim } from '../../../lib/claims/claim';
import { claimFromMention } from '../../../lib/claims/claim-id';
import { relatedEvents, sumParts } from '../../../lib/claims/explain';
import type { Mention, Source } from '../../../lib/claims/mention';
import { comparePublished } from '../../../lib/claims/published';
import { ClaimStore } from '../../../lib/claims/store';
import { checkMention } from '../../../lib/claims/verdict';
import { NOW, value } from './helpers';

const KYIV = { name: 'Kyiv', code: 'UA-30', level: 'city' } as const;
const UKRAINE = { name: 'Ukraine', code: 'UA', level: 'country' } as const;

function fig(metric: string, n: number, over: Partial<Mention> = {}): Mention {
  return {
    text: String(n),
    quote: `${n} ${metric}.`,
    metric,
    value: value('exact', n, n),
    attacker: 'RU',
    group: null,
    place: UKRAINE,
    date: '2025-07-09',
    attributedTo: 'Ukrainian Air Force',
    ...over,
  };
}

function page(url: string, outlet: string, publishedAt: string | null = '2025-07-09') {
  return { url, outlet, title: null, publishedAt } satisfies Source;
}

function claimsOf(source: Source & { url: string }, ...figures: Mention[]): Claim[] {
  return figures.map((m) => claimFromMention(m, source, 'browsed', NOW));
}

/** Checks `m` on `source` against `claims`, as the background and `check` do. */
function check(m: Mention, source: Source & { url: string }, claims: Claim[], own: Mention[] = []) {
  const store = new ClaimStore();
  store.add(...claims);
  const result = checkMention(m, source, store.related(m), own);
  expect(FigureCheckSchema.parse(result)).toEqual(result);
  return result;
}

describe('sum: a total and the parts another source gives', () => {
  const ap = page('https://ap.example/a', 'AP');
  const afp = page('https://afp.example/b', 'AFP');
  const apClaims = claimsOf(ap, fig('drones.downed', 296), fig('drones.suppressed', 415));

  it('explains 711 "intercepted" by 296 shot down + 415 lost to jamming from the other source', () => {
    const r = check(fig('drones.downed', 711), afp, apClaims);
    expect(r.verdict).toBe('explained');
    expect(r.disagree).toEqual([]);
    expect(r.explained).toHaveLength(1);
    expect(r.explained[0]).toMatchObject({ kind: 'sum', value: { n: 296 } });
    expect(r.explained[0]!.part).toBeUndefined();
    expect(r.explained[0]!.because).toBe(
      '711 = 296 shot down + 415 lost to jamming (Ukrainian Air Force, AP)',
    );
  });

  it('works the other way: 296 is explained when this page gives the parts of the 711', () => {
    const afpClaims = claimsOf(afp, fig('drones.downed', 711));
    const own = [fig('drones.downed', 296), fig('drones.suppressed', 415)];
    const r = check(own[0]!, ap, afpClaims, own);
    expect(r.verdict).toBe('explained');
    expect(r.explained[0]).toMatchObject({ kind: 'sum', part: true });
    expect(r.explained[0]!.because).toBe(
      '711 (Ukrainian Air Force, AFP) = 296 shot down + 415 lost to jamming, as reported here',
    );
  });

  it('explains an aerial total by drones plus missiles', () => {
    // AP calls its drone count "aerial weapons" too, and lists the drones and missiles apart.
    const parts = claimsOf(
      ap,
      fig('aerial.launched', 477),
      fig('drones.launched', 477),
      fig('missiles.launched', 60),
    );
    const r = check(fig('aerial.launched', 537), afp, parts);
    expect(r.verdict).toBe('explained');
    expect(r.explained[0]!.because).toBe(
      '537 = 477 drones + 60 missiles (Ukrainian Air Force, AP)',
    );
  });

  it('keeps a real conflict when no parts add up', () => {
    const other = claimsOf(ap, fig('drones.downed', 296), fig('drones.suppressed', 100));
    const r = check(fig('drones.downed', 711), afp, other);
    expect(r.verdict).toBe('conflicting');
    expect(r.explained).toEqual([]);
  });

  it('never adds up parts from another night or place', () => {
    const other = claimsOf(
      ap,
      fig('drones.downed', 296),
      fig('drones.suppressed', 415, { date: '2025-07-08' }),
    );
    expect(check(fig('drones.downed', 711), afp, other).verdict).toBe('conflicting');
  });

  it('names the parts a check reads', () => {
    expect(sumParts('drones.downed')).toEqual([['drones.downed', 'drones.suppressed']]);
    expect(sumParts('aerial.launched')).toEqual([['drones.launched', 'missiles.launched']]);
    expect(sumParts('people.killed')).toEqual([]);
    const related = relatedEvents(fig('drones.neutralized', 10, { place: KYIV }));
    expect(related.map((m) => `${m.metric} ${m.place?.code}`)).toEqual([
      'drones.downed UA-30',
      'drones.suppressed UA-30',
      'drones.neutralized UA',
    ]);
  });
});

describe('update: a later and higher toll supersedes an earlier one', () => {
  const toll = (n: number) => fig('people.killed', n, { place: KYIV, attributedTo: null });
  const early = page('https://a.example/early', 'Early', '2025-07-31T09:10');
  const late = page('https://b.example/late', 'Late', '2025-07-31T18:40');

  it('marks the earlier figure updated and says what later reports say', () => {
    const r = check(toll(6), early, claimsOf(late, toll(14)));
    expect(r.verdict).toBe('updated');
    expect(r.explained[0]).toMatchObject({ kind: 'update', later: true });
    expect(r.explained[0]!.because).toBe('Later reports say 14 (Late, 31 Jul, 18:40)');
  });

  it('explains the later figure and says what earlier reports said', () => {
    const r = check(toll(14), late, claimsOf(early, toll(6)));
    expect(r.verdict).toBe('explained');
    expect(r.explained[0]!.because).toBe('Earlier reports said 6 (Early, 31 Jul, 09:10)');
  });

  it('is a conflict when the later report is lower', () => {
    expect(check(toll(14), early, claimsOf(late, toll(6))).verdict).toBe('conflicting');
  });

  it('orders by day when a source has no time, and not at all within one day', () => {
    const noTime = page('https://c.example/c', 'C', '2025-07-31');
    const nextDay = page('https://d.example/d', 'D', '2025-08-01');
    expect(check(toll(6), noTime, claimsOf(late, toll(14))).verdict).toBe('conflicting');
    expect(check(toll(6), noTime, claimsOf(nextDay, toll(14))).verdict).toBe('updated');
  });

  it('compares times as instants when both carry an offset', () => {
    expect(comparePublished('2025-07-31T10:00+03:00', '2025-07-31T08:30Z')).toBeLessThan(0);
    expect(comparePublished('2025-07-31T10:00', '2025-07-31T08:30')).toBeGreaterThan(0);
    expect(comparePublished('2025-07-31T10:00', '2025-07-31')).toBeNull();
    expect(comparePublished('2025-07-31', '2025-08-01')).toBeLessThan(0);
    expect(comparePublished(null, '2025-08-01')).toBeNull();
  });

  it('takes only tolls: weapons are never updated by time', () => {
    const r = check(
      fig('drones.launched', 700),
      early,
      claimsOf(late, fig('drones.launched', 728)),
    );
    expect(r.verdict).toBe('conflicting');
  });

  it('lets a later supersession win over agreement', () => {
    const agreeing = page('https://e.example/e', 'E', '2025-07-31T08:00');
    const claims = [...claimsOf(agreeing, toll(6)), ...claimsOf(late, toll(14))];
    expect(check(toll(6), early, claims).verdict).toBe('updated');
  });
});

describe('parts: shown on the card, never in the verdict', () => {
  const ru = { name: 'Russia', code: 'RU', level: 'country' } as const;
  const mos = { name: 'Moscow Oblast', code: 'RU-MOS', level: 'region' } as const;
  const rmd = { attacker: 'UA', attributedTo: 'Russian Defense Ministry' } as const;
  const a = page('https://a.example/a', 'A');
  const b = page('https://b.example/b', 'B');

  it("says a region's figure is part of the same originator's country-wide one", () => {
    const whole = claimsOf(b, fig('drones.downed', 142, { ...rmd, place: ru }));
    const r = check(fig('drones.downed', 27, { ...rmd, place: mos }), a, whole);
    expect(r.verdict).toBe('single-source');
    expect(r.parts).toHaveLength(1);
    expect(r.parts[0]!.because).toBe('27 of the 142 over Russia (Russian Defense Ministry, B)');
  });

  it('says a group is part of a toll, and the toll does not conflict with it', () => {
    const children = fig('people.killed', 3, { place: KYIV, group: 'children' });
    const whole = claimsOf(b, fig('people.killed', 14, { place: KYIV }));
    const r = check(children, a, whole);
    expect(r.verdict).toBe('single-source');
    expect(r.parts[0]!.because).toMatch(/^3 of the 14 /);
  });

  it('adds no part for another originator or another night', () => {
    const other = claimsOf(
      b,
      fig('drones.downed', 142, { ...rmd, place: ru, attributedTo: 'Russia' }),
      fig('drones.downed', 150, { ...rmd, place: ru, date: '2025-07-08' }),
    );
    expect(check(fig('drones.downed', 27, { ...rmd, place: mos }), a, other).parts).toEqual([]);
  });

  it('never changes a verdict', () => {
    const claims = [
      ...claimsOf(b, fig('drones.downed', 142, { ...rmd, place: ru })),
      ...claimsOf(b, fig('drones.downed', 30, { ...rmd, place: mos })),
    ];
    const r = check(fig('drones.downed', 27, { ...rmd, place: mos }), a, claims);
    expect(r.verdict).toBe('conflicting');
    expect(r.parts).toHaveLength(1);
  });
});
