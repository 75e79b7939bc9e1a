import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import type { z } from 'zod';
import { handleClaimsRequest } from '../../../lib/background/claims-requests';
import { handleMessage, type HandlerDeps } from '../../../lib/background/handle-message';
import type { Claim } from '../../../lib/claims/claim';
import type { Mention } from '../../../lib/claims/mention';
import { storedVerdicts } from '../../../lib/db/claim-verdicts';
import { putClaimsForTest } from '../../../lib/db/claims-repo';
import { ClaimsDatabase } from '../../../lib/db/database';
import {
  CheckPageResponseSchema,
  ClaimFacetsResponseSchema,
  ClaimVerdictsResponseSchema,
  ClearDataResponseSchema,
  CountClaimsResponseSchema,
  DeleteClaimsResponseSchema,
  ErrorResponseSchema,
  EventSeriesResponseSchema,
  ImportClaimsResponseSchema,
  QueryClaimsResponseSchema,
  UpdateClaimResponseSchema,
  type CheckPageRequest,
} from '../../../lib/messages/protocol';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { claim, mention, value } from '../claims/helpers';
import { deferred } from '../claims-browser/fixtures';
import { offlineLists } from './fake-alarms';

const ID = 'figure-check-test-id';
const ORIGIN = `chrome-extension://${ID}`;
/** The claims browser, one of the extension's own pages. */
const BROWSER = { id: ID, url: `${ORIGIN}/claims.html` };
const NOW = '2025-07-22T10:00:00.000Z';
let db: ClaimsDatabase;
let deps: HandlerDeps;
let counter = 0;

beforeEach(async () => {
  db = new ClaimsDatabase(`claims-requests-test-${++counter}`);
  await db.open();
  deps = {
    extensionId: ID,
    extensionOrigin: ORIGIN,
    db,
    settings: async () => ({ ...DEFAULT_SETTINGS, recordBrowsed: true }),
    now: () => NOW,
    // Claims requests never touch where the extension runs.
    sites: {} as HandlerDeps['sites'],
    lists: offlineLists(db),
  };
});
afterEach(() => db.close());

/**
 * Sends `request` from the claims browser and reads the answer with `schema`, strictly: an
 * answer with a field the protocol does not name fails.
 */
async function ask<T>(request: unknown, schema: { strict(): z.ZodType<T> }): Promise<T> {
  return schema.strict().parse(await handleMessage(request, BROWSER, deps));
}

const at = (n: number, over: Partial<Mention> = {}) =>
  mention({
    text: String(n),
    quote: `${n} drones were downed.`,
    value: value('exact', n, n),
    ...over,
  });

function read(url: string, outlet: string, mentions: Mention[]) {
  const request: CheckPageRequest = {
    type: 'check-page',
    source: { url, outlet, title: null, publishedAt: null },
    mentions,
  };
  // A content script: its sender is a tab on a web page.
  return handleMessage(request, { id: ID, url, tab: {} }, deps).then((a) =>
    CheckPageResponseSchema.parse(a),
  );
}

const ALL = {
  type: 'query-claims',
  filter: {},
  sort: { column: 'value', direction: 'asc' },
  offset: 0,
  limit: 100,
};

describe('deleting claims', () => {
  it('stops a deleted claim counting in verdicts at once, and for good', async () => {
    await read('https://a.example/story', 'A', [at(26)]);
    expect((await read('https://b.example/x', 'B', [at(40)])).results[0]?.verdict).toBe(
      'conflicting',
    );
    const [a] = (await ask(ALL, QueryClaimsResponseSchema)).rows;
    expect(a?.source.outlet).toBe('A');

    const answer = await ask({ type: 'delete-claims', ids: [a?.id] }, DeleteClaimsResponseSchema);
    expect(answer).toEqual({ type: 'claims-deleted', deleted: 1 });
    expect((await read('https://c.example/y', 'C', [at(26)])).results[0]).toMatchObject({
      verdict: 'conflicting',
      disagree: [{ outlet: 'B' }],
      agree: [],
    });

    // Reading page A again does not bring its deleted figure back.
    await read('https://a.example/story?utm_source=x', 'A', [at(26)]);
    const left = await ask(ALL, QueryClaimsResponseSchema);
    expect(left.rows.map((r) => r.source.outlet)).toEqual(['C', 'B']);
  });
});

describe('the claims browser', () => {
  const claims: Claim[] = [
    claim('https://a.example/1', 'Reuters', at(26, { date: '2025-07-18' })),
    claim('https://b.example/2', 'BBC', at(40, { date: null, attacker: null })),
    claim(
      'https://c.example/3',
      'reuters',
      at(7, { place: { name: 'Kyiv', code: 'UA-30', level: 'city' } }),
    ),
    claim('https://d.example/4', 'Meduza', at(3), 'imported'),
  ];
  beforeEach(() => putClaimsForTest(db, claims));

  it('lists, counts and pages claims exactly as the protocol says', async () => {
    const page = await ask(
      {
        ...ALL,
        filter: { outlet: 'REUTERS' },
        sort: { column: 'date', direction: 'desc' },
        limit: 1,
      },
      QueryClaimsResponseSchema,
    );
    expect(page).toEqual({ type: 'claims-page', rows: [claims[2]], more: true });
    const next = await ask(
      {
        ...ALL,
        filter: { outlet: 'REUTERS' },
        sort: { column: 'date', direction: 'desc' },
        offset: 1,
      },
      QueryClaimsResponseSchema,
    );
    expect(next).toEqual({ type: 'claims-page', rows: [claims[0]], more: false });

    expect(await ask({ type: 'count-claims', filter: {} }, CountClaimsResponseSchema)).toEqual({
      type: 'claims-count',
      count: 4,
      total: 4,
    });
    expect(
      await ask(
        { type: 'count-claims', filter: { attacker: 'unknown' } },
        CountClaimsResponseSchema,
      ),
    ).toMatchObject({ count: 1, total: 4 });
  });

  it('gives each row its verdict, and lists and counts the claims of one verdict', async () => {
    // The night Meduza said 3 over Russia: two outlets say 132, one 142.
    const night = [
      claim('https://e.example/1', 'E', at(132)),
      claim('https://f.example/2', 'F', at(142)),
      claim('https://g.example/3', 'G', at(132)),
    ];
    await putClaimsForTest(db, night);
    const sort = { column: 'outlet', direction: 'asc' } as const;
    const answer = await ask(
      { type: 'claim-verdicts', ids: [...night.map((c) => c.id), 'c_00000000000000ff'] },
      ClaimVerdictsResponseSchema,
    );
    expect(answer.verdicts).toEqual({
      [night[0]!.id]: 'mixed',
      [night[1]!.id]: 'conflicting',
      [night[2]!.id]: 'mixed',
    });

    const conflicting = await ask(
      { ...ALL, filter: { verdict: 'conflicting' }, sort },
      QueryClaimsResponseSchema,
    );
    expect(conflicting.rows.map((r) => r.source.outlet)).toEqual(['F', 'Meduza']);
    const mixed = await ask(
      { ...ALL, filter: { verdict: 'mixed', outlet: 'G' }, sort },
      QueryClaimsResponseSchema,
    );
    expect(mixed.rows.map((r) => r.source.outlet)).toEqual(['G']);
    expect(
      await ask({ type: 'count-claims', filter: { verdict: 'mixed' } }, CountClaimsResponseSchema),
    ).toMatchObject({ count: 2, total: claims.length + night.length });
  });

  it('keeps verdict work waiting while a count the table waits on is under way', async () => {
    const ids = claims.map((c) => c.id);
    // A count over many claims: it takes as long as the test says.
    const count = deferred<{ count: number; total: number }>();
    const counting = vi.spyOn(db, 'transaction').mockImplementationOnce(
      // Dexie's own promise type, which adds `timeout`; the handler only awaits it.
      () => count.promise as ReturnType<typeof db.transaction>,
    );
    // Even if an assertion fails, the count ends, so no later verdict request waits on it.
    onTestFinished(() => {
      count.resolve({ count: 4, total: 4 });
      counting.mockRestore();
    });
    const order: string[] = [];
    const counted = handleClaimsRequest(
      { type: 'count-claims', filter: {} },
      { db, now: () => NOW },
    ).then((answer) => {
      order.push('count');
      return answer;
    });
    const verdicts = handleClaimsRequest(
      { type: 'claim-verdicts', ids },
      { db, now: () => NOW },
    ).then((answer) => {
      order.push('verdicts');
      return answer;
    });
    // The same verdicts, asked for with nothing in the way, are worked out meanwhile ...
    expect(Object.keys(await storedVerdicts(db, ids))).toHaveLength(ids.length);
    // ... while the ones behind the count are not.
    expect(order).toEqual([]);
    count.resolve({ count: 4, total: 4 });
    expect(await counted).toEqual({ type: 'claims-count', count: 4, total: 4 });
    expect(ClaimVerdictsResponseSchema.parse(await verdicts).verdicts).toEqual(
      await storedVerdicts(db, ids),
    );
    expect(order).toEqual(['count', 'verdicts']);
  });

  it('offers the filter values and an event series', async () => {
    const facets = await ask({ type: 'claim-facets' }, ClaimFacetsResponseSchema);
    expect(facets).toMatchObject({
      metrics: ['drones.downed'],
      places: [
        { code: 'RU', name: 'Russia' },
        { code: 'UA-30', name: 'Kyiv' },
      ],
      originators: ['Russian Defense Ministry'],
      dates: { first: '2025-07-18', last: '2025-07-20' },
    });
    expect(facets.outlets.slice(0, 2)).toEqual(['BBC', 'Meduza']);

    const series = await ask(
      { type: 'event-series', metric: 'drones.downed', placeCode: 'RU', to: '2025-07-20' },
      EventSeriesResponseSchema,
    );
    expect(series).toEqual({
      type: 'event-series-result',
      claims: [claims[0], claims[3]],
      truncated: false,
    });
  });

  it('saves a correction, and answers an unknown claim with an error', async () => {
    const target = claims[1];
    const answer = await ask(
      { type: 'update-claim', id: target?.id, changes: { date: '2025-07-19', attacker: 'UA' } },
      UpdateClaimResponseSchema,
    );
    expect(answer.claim).toEqual({
      ...target,
      date: '2025-07-19',
      attacker: 'UA',
      updatedAt: NOW,
      editedAt: NOW,
    });
    const missing = ErrorResponseSchema.parse(
      await handleMessage(
        { type: 'update-claim', id: 'c_0000000000000000', changes: { date: null } },
        BROWSER,
        deps,
      ),
    );
    expect(missing.error).toMatch(/no such claim/);
  });

  it('imports batches and clears everything', async () => {
    const fresh = claim('https://e.example/5', 'E', at(9), 'imported');
    const batch = { type: 'import-claims', claims: [claims[3], fresh], origin: 'imported' };
    expect(await ask(batch, ImportClaimsResponseSchema)).toEqual({
      type: 'claims-imported',
      added: 1,
      updated: 0,
      unchanged: 1,
    });
    expect(await ask({ type: 'clear-data', confirm: true }, ClearDataResponseSchema)).toEqual({
      type: 'data-cleared',
      deleted: 5,
    });
    expect(
      await ask({ type: 'count-claims', filter: {} }, CountClaimsResponseSchema),
    ).toMatchObject({
      total: 0,
    });
  });

  it('checks a correction itself when called without the dispatcher', async () => {
    const id = claims[0]?.id ?? '';
    await expect(
      handleClaimsRequest(
        { type: 'update-claim', id, changes: { metric: 'DROP TABLE' } },
        { db, now: () => NOW },
      ),
    ).rejects.toThrow(/invalid changes/);
    expect(await db.claims.get(id)).toMatchObject({
      metric: 'drones.downed',
      updatedAt: claims[0]?.updatedAt,
    });
  });
});
