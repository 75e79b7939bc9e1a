import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim } from '../../../lib/claims/claim';
import {
  compareClaims,
  matchesFilter,
  type ClaimFilter,
  type ClaimSort,
} from '../../../lib/claims/claim-query';
import { putClaimsForTest } from '../../../lib/db/claims-repo';
import { queryClaims, type QueryOptions } from '../../../lib/db/claims-query';
import { countMatching } from '../../../lib/db/count-claims';
import { ClaimsDatabase } from '../../../lib/db/database';
import { claim, mention } from '../claims/helpers';
import { filterArb, randomClaims, sortArb } from './random-claims';

const CLAIMS = randomClaims(2000, 42);
/** fake-indexeddb walks a cursor slowly (about 0.2 ms a row), so these tests take seconds. */
const SLOW = 60_000;
let db: ClaimsDatabase;

beforeAll(async () => {
  db = new ClaimsDatabase('query-test');
  await db.open();
  await putClaimsForTest(db, CLAIMS);
});
afterAll(() => db.close());

/** The answer by definition: filter and sort everything in memory. */
function naive(filter: ClaimFilter, sort: ClaimSort): Claim[] {
  return CLAIMS.filter((c) => matchesFilter(c, filter)).sort((a, b) => compareClaims(a, b, sort));
}

/**
 * Every way the database may read a page: its own choice with a probe that reads the whole table
 * (2,000 rows) or gives up early, and each path forced.
 */
const PLANS: QueryOptions[] = [{}, { probeRows: 40 }, { force: 'walk' }, { force: 'candidates' }];

describe('queryClaims', () => {
  it(
    'gives the same pages as filtering and sorting in memory, whichever plan it takes',
    async () => {
      const kinds = new Set<string>();
      await fc.assert(
        fc.asyncProperty(
          filterArb,
          sortArb,
          fc.nat({ max: 400 }),
          fc.integer({ min: 1, max: 150 }),
          async (filter, sort, offset, limit) => {
            const expected = naive(filter, sort);
            for (const options of PLANS) {
              const page = await queryClaims(db, { filter, sort, offset, limit }, options);
              kinds.add(page.via);
              expect(page.rows).toEqual(expected.slice(offset, offset + limit));
              expect(page.more).toBe(expected.length > offset + limit);
            }
          },
        ),
        { numRuns: 30, seed: 7 },
      );
      expect(kinds).toEqual(new Set(['index-order', 'probe', 'candidates', 'walk']));
    },
    SLOW,
  );

  it(
    'pages through a sorted listing without skipping or repeating a claim',
    async () => {
      for (const sort of [
        { column: 'date', direction: 'desc' },
        { column: 'createdAt', direction: 'asc' },
      ] as const) {
        // Once by cursor, once through the index's keys (the path far down a long list).
        for (const deepOffset of [Infinity, 1]) {
          const seen: Claim[] = [];
          let more = true;
          while (more) {
            const query = { filter: {}, sort, offset: seen.length, limit: 600 };
            const page = await queryClaims(db, query, { deepOffset });
            seen.push(...page.rows);
            more = page.more;
          }
          expect(seen).toEqual(naive({}, sort));
          expect(new Set(seen.map((c) => c.id)).size).toBe(CLAIMS.length);
        }
      }
    },
    SLOW,
  );

  it(
    'keeps claims without a date, place, outlet or attacker in a listing sorted by that column',
    async () => {
      for (const column of ['date', 'place', 'outlet', 'attacker', 'originator'] as const) {
        const sort = { column, direction: 'desc' } as const;
        const tail = await queryClaims(db, {
          filter: {},
          sort,
          offset: CLAIMS.length - 5,
          limit: 10,
        });
        expect(tail.rows).toEqual(naive({}, sort).slice(-5));
        expect(tail.more).toBe(false);
      }
    },
    SLOW,
  );

  it(
    'reads the first screen straight off the sort index and picks the cheaper path for filters',
    async () => {
      const via = async (query: Parameters<typeof queryClaims>[1], options?: QueryOptions) =>
        (await queryClaims(db, query, options)).via;
      const first = {
        filter: {},
        sort: { column: 'date', direction: 'desc' },
        offset: 0,
        limit: 100,
      } as const;
      expect(await via(first)).toBe('index-order');
      expect(await via({ ...first, filter: { from: '2025-07-20' } })).toBe('index-order');
      // A third of all claims: a short walk of the sort index fills the page.
      const broad = { ...first, filter: { attacker: 'RU', to: '2025-08-01' } } as const;
      expect(await via(broad, { probeRows: 400 })).toBe('probe');
      // One page's claims: the walk runs out of budget, and the page's one claim is loaded.
      const page = {
        ...first,
        filter: { sourceUrl: 'https://news1.example/story/8', text: 'drones' },
      };
      expect(await via(page, { probeRows: 400 })).toBe('candidates');
      // Free text alone has no index: the walk goes on.
      expect(await via({ ...first, filter: { text: 'nothing-like-it' } }, { probeRows: 400 })).toBe(
        'walk',
      );
    },
    SLOW,
  );

  it('finds nothing between dates given the wrong way round', async () => {
    const filter = { from: '2025-08-01', to: '2025-07-19' };
    const sort = { column: 'value', direction: 'asc' } as const;
    expect(await queryClaims(db, { filter, sort, offset: 0, limit: 10 })).toMatchObject({
      rows: [],
      more: false,
    });
    expect(await countMatching(db, { ...filter, metric: 'drones.downed' })).toEqual({
      count: 0,
      total: CLAIMS.length,
    });
  });

  it('returns claims without any index-only field', async () => {
    const page = await queryClaims(db, {
      filter: { outlet: 'bbc news' },
      sort: { column: 'value', direction: 'asc' },
      offset: 0,
      limit: 3,
    });
    for (const row of page.rows) {
      expect(Object.keys(row).sort()).toEqual(Object.keys(CLAIMS[0] ?? {}).sort());
    }
  });
});

describe('queryClaims on filters that go together', () => {
  // Old casualty reports and new drone reports: a filter on casualties finds nothing among the
  // newest claims, however common its values are overall.
  const day = (month: number, d: number) =>
    `2025-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const claims = Array.from({ length: 1200 }, (_, i) => {
    const old = i % 2 === 0;
    return claim(
      `https://c.example/${i}`,
      'C',
      mention({
        metric: old ? 'people.killed' : 'drones.downed',
        date: old ? day(1, (i % 28) + 1) : day(7, (i % 28) + 1),
        attacker: i % 4 < 2 ? 'RU' : 'UA',
        quote: `report ${i}`,
      }),
    );
  });
  let correlated: ClaimsDatabase;
  beforeAll(async () => {
    correlated = new ClaimsDatabase('query-correlated-test');
    await correlated.open();
    await putClaimsForTest(correlated, claims);
  });
  afterAll(() => correlated.close());

  it('gives up a walk that reads too long and loads the candidates instead', async () => {
    const sort = { column: 'date', direction: 'desc' } as const;
    for (const [metric, via] of [
      ['people.killed', 'candidates'],
      ['drones.downed', 'probe'],
    ] as const) {
      const query = { filter: { metric, attacker: 'RU' as const }, sort, offset: 0, limit: 10 };
      const page = await queryClaims(correlated, query, { probeRows: 300 });
      const expected = claims
        .filter((c) => matchesFilter(c, query.filter))
        .sort((a, b) => compareClaims(a, b, sort));
      expect(page).toEqual({ rows: expected.slice(0, 10), more: true, via });
    }
  });
});

describe('countMatching', () => {
  it(
    'counts what filtering in memory counts, and the total',
    async () => {
      await fc.assert(
        fc.asyncProperty(filterArb, async (filter) => {
          const expected = CLAIMS.filter((c) => matchesFilter(c, filter)).length;
          for (const options of [{}, { force: 'walk' }, { force: 'candidates' }] as const)
            expect(await countMatching(db, filter, options)).toEqual({
              count: expected,
              total: CLAIMS.length,
            });
        }),
        { numRuns: 40, seed: 11 },
      );
    },
    SLOW,
  );

  it('counts a filter on free text alone by reading every claim', async () => {
    const expected = CLAIMS.filter((c) => /shot/i.test(c.quote)).length;
    expect(expected).toBeGreaterThan(0);
    expect(await countMatching(db, { text: 'SHOT' })).toEqual({
      count: expected,
      total: CLAIMS.length,
    });
  });
});

describe('matchesFilter', () => {
  const c = claim(
    'https://a.example/story',
    'Kyiv Independent',
    mention({ quote: 'Russia launched 728 drones overnight.', text: '728', attacker: null }),
  );

  it('needs every word of the text in the quote or the figure, in any case', () => {
    expect(matchesFilter(c, { text: 'DRONES overnight' })).toBe(true);
    expect(matchesFilter(c, { text: '728 russia' })).toBe(true);
    expect(matchesFilter(c, { text: 'drones missiles' })).toBe(false);
  });

  it('treats a missing value as its own choice', () => {
    expect(matchesFilter(c, { attacker: 'unknown' })).toBe(true);
    expect(matchesFilter(c, { attacker: 'UA' })).toBe(false);
    expect(matchesFilter({ ...c, place: null }, { placeCode: '' })).toBe(true);
    expect(matchesFilter({ ...c, date: null }, { to: '2030-01-01' })).toBe(false);
  });

  it('compares outlets without case and pages by canonical URL', () => {
    expect(matchesFilter(c, { outlet: 'kyiv independent' })).toBe(true);
    expect(matchesFilter(c, { sourceUrl: 'https://A.example/story/?utm_source=x' })).toBe(true);
    expect(matchesFilter(c, { origin: 'list' })).toBe(false);
  });
});

describe('queryClaims far down the list', () => {
  it(
    'sees every write made since the order of the list was last read',
    async () => {
      const own = new ClaimsDatabase('query-deep-test');
      await own.open();
      try {
        const some = CLAIMS.slice(0, 300);
        await putClaimsForTest(own, some);
        const sort = { column: 'value', direction: 'asc' } as const;
        const query = { filter: {}, sort, offset: 10, limit: 1000 };
        const page = () => queryClaims(own, query, { deepOffset: 1 });
        const expected = (list: Claim[]) =>
          [...list].sort((a, b) => compareClaims(a, b, sort)).slice(10);
        expect((await page()).rows).toEqual(expected(some));
        expect((await page()).via).toBe('index-keys');
        const lowest = claim('https://new.example/1', 'New', {
          ...mention(),
          text: '0',
          value: { n: 0, min: 0, max: 0, qualifier: 'exact' },
        });
        await putClaimsForTest(own, [lowest]);
        expect((await page()).rows).toEqual(expected([...some, lowest]));
        await own.claims.delete(some[5]!.id);
        expect((await page()).rows).toEqual(expected([...some.filter((_, i) => i !== 5), lowest]));
      } finally {
        own.close();
      }
    },
    SLOW,
  );
});
