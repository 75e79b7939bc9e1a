import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Claim } from '../../../lib/claims/claim';
import { compareClaims } from '../../../lib/claims/claim-query';
import type { Mention } from '../../../lib/claims/mention';
import { claimFacets, eventSeries, MAX_FACET_VALUES } from '../../../lib/db/claims-facets';
import { putClaimsForTest } from '../../../lib/db/claims-repo';
import { ClaimsDatabase } from '../../../lib/db/database';
import { claim, mention } from '../claims/helpers';
import { randomClaims } from './random-claims';

let db: ClaimsDatabase;
let counter = 0;

beforeEach(async () => {
  db = new ClaimsDatabase(`facets-test-${++counter}`);
  await db.open();
});
afterEach(() => db.close());

const KYIV = { name: 'Kyiv', code: 'UA-30', level: 'city' } as const;
let page = 0;
const of = (outlet: string | null, over: Partial<Mention> = {}) =>
  claim(`https://n${++page}.example/s`, outlet, mention(over));

describe('claimFacets', () => {
  it('offers nothing for an empty database', async () => {
    expect(await claimFacets(db)).toEqual({
      metrics: [],
      places: [],
      outlets: [],
      originators: [],
      dates: null,
    });
  });

  it('lists each value once, as written, and the span of event dates', async () => {
    await putClaimsForTest(db, [
      of('Reuters', { date: '2025-07-19' }),
      of('reuters', {
        metric: 'people.killed',
        place: KYIV,
        attributedTo: 'Kyiv City Administration',
      }),
      of('BBC News', { date: null, place: null, attributedTo: null }),
      of(null, { date: '2025-08-02', place: { ...KYIV, name: 'Kyiv city' } }),
      of('bbc news', { place: { name: 'Black Sea', code: null, level: 'sea' } }),
    ]);
    const facets = await claimFacets(db);
    expect(facets.metrics).toEqual(['drones.downed', 'people.killed']);
    expect(facets.places.map((p) => p.code)).toEqual(['RU', 'UA-30']);
    expect(['Kyiv', 'Kyiv city']).toContain(facets.places[1]?.name);
    expect(facets.outlets).toHaveLength(2);
    expect(['BBC News', 'bbc news']).toContain(facets.outlets[0]);
    expect(['Reuters', 'reuters']).toContain(facets.outlets[1]);
    expect(facets.originators).toEqual(['Kyiv City Administration', 'Russian Defense Ministry']);
    expect(facets.dates).toEqual({ first: '2025-07-19', last: '2025-08-02' });
  });

  it('keeps the original spelling of an outlet written one way only', async () => {
    await putClaimsForTest(db, [of('Kyiv Independent'), of('The Guardian')]);
    expect((await claimFacets(db)).outlets).toEqual(['Kyiv Independent', 'The Guardian']);
  });

  it('stops each list at its limit', async () => {
    await putClaimsForTest(
      db,
      Array.from({ length: MAX_FACET_VALUES + 5 }, (_, i) => of(`Outlet ${i}`)),
    );
    const facets = await claimFacets(db);
    expect(facets.outlets).toHaveLength(MAX_FACET_VALUES);
    expect(facets.metrics).toEqual(['drones.downed']);
  }, 30_000);
});

describe('eventSeries', () => {
  const day = (d: number) => `2025-07-${String(d).padStart(2, '0')}`;
  const killed = (d: number, over: Partial<Mention> = {}) =>
    of('A', { metric: 'people.killed', place: KYIV, date: day(d), ...over });
  const dates = (claims: Claim[]) => claims.map((c) => c.date);

  it('gives one metric at one place between two dates, oldest first', async () => {
    await putClaimsForTest(db, [
      killed(12),
      killed(3),
      killed(7),
      killed(20),
      killed(7, { place: { name: 'Kyiv Oblast', code: 'UA-32', level: 'region' } }),
      killed(8, { metric: 'people.injured' }),
      killed(9, { date: null }),
    ]);
    const all = await eventSeries(db, { metric: 'people.killed', placeCode: 'UA-30' }, 100);
    expect(dates(all.claims)).toEqual([day(3), day(7), day(12), day(20)]);
    expect(all.truncated).toBe(false);
    const some = await eventSeries(
      db,
      { metric: 'people.killed', placeCode: 'UA-30', from: day(7), to: day(12) },
      100,
    );
    expect(dates(some.claims)).toEqual([day(7), day(12)]);
    expect(some.claims[0]).not.toHaveProperty('dateKey');
  });

  it('keeps the newest claims when there are too many', async () => {
    await putClaimsForTest(
      db,
      [1, 2, 3, 4, 5].map((d) => killed(d)),
    );
    const cut = await eventSeries(db, { metric: 'people.killed', placeCode: 'UA-30' }, 3);
    expect(dates(cut.claims)).toEqual([day(3), day(4), day(5)]);
    expect(cut.truncated).toBe(true);
  });

  it('finds the same series as filtering all claims in memory', async () => {
    const claims = randomClaims(600, 3);
    await putClaimsForTest(db, claims);
    const ranges = [
      {},
      { from: '2025-07-19' },
      { to: '2025-07-19' },
      { from: '2025-07-20', to: '2025-07-20' },
    ];
    for (const metric of ['drones.downed', 'people.killed'])
      for (const placeCode of ['RU-MOS', 'RU-MOW', 'UA', 'UA-30', 'RU'])
        for (const range of ranges) {
          const expected = claims
            .filter(
              (c) =>
                c.metric === metric &&
                c.place?.code === placeCode &&
                c.date !== null &&
                c.date >= (range.from ?? '') &&
                c.date <= (range.to ?? '9999'),
            )
            .sort((a, b) => compareClaims(a, b, { column: 'date', direction: 'asc' }));
          const series = await eventSeries(db, { metric, placeCode, ...range }, 1000);
          expect(series.claims).toEqual(expected);
        }
  });
});
