import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Mention } from '../../../lib/claims/mention';
import {
  handleMessage,
  type HandlerDeps,
  type MessageSender,
} from '../../../lib/background/handle-message';
import { pagesRecorded } from '../../../lib/background/page-records';
import { countClaims } from '../../../lib/db/claims-repo';
import { ClaimsDatabase } from '../../../lib/db/database';
import {
  CheckPageResponseSchema,
  ErrorResponseSchema,
  type CheckPageRequest,
} from '../../../lib/messages/protocol';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { fakeSiteControl } from './fake-site-control';
import { mention, value } from '../claims/helpers';
import { offlineLists } from './fake-alarms';

const ID = 'figure-check-test-id';
const ME = { id: ID, url: 'https://a.example/story', tab: {} };
let db: ClaimsDatabase;
let deps: HandlerDeps;
let recordBrowsed: boolean;
let counter = 0;

beforeEach(async () => {
  db = new ClaimsDatabase(`handler-test-${++counter}`);
  await db.open();
  recordBrowsed = true;
  deps = {
    extensionId: ID,
    db,
    extensionOrigin: `chrome-extension://${ID}`,
    settings: async () => ({ ...DEFAULT_SETTINGS, recordBrowsed }),
    now: () => '2025-07-20T10:00:00.000Z',
    sites: fakeSiteControl().control,
    lists: offlineLists(db),
  };
});
afterEach(() => db.close());

const at = (n: number, over: Partial<Mention> = {}) =>
  mention({
    text: String(n),
    quote: `${n} drones were downed.`,
    value: value('exact', n, n),
    ...over,
  });

function page(url: string, outlet: string, mentions: Mention[]): CheckPageRequest {
  return { type: 'check-page', source: { url, outlet, title: null, publishedAt: null }, mentions };
}

/**
 * The answer to a page's request, sent from the tab showing that page, once the page's figures
 * (recorded after the answer) are written.
 */
async function ok(raw: CheckPageRequest, tabUrl: string = raw.source.url) {
  const answer = await handleMessage(raw, { ...ME, url: tabUrl }, deps);
  await pagesRecorded(db);
  return CheckPageResponseSchema.parse(answer);
}

async function rejected(raw: unknown, sender: MessageSender = ME): Promise<string> {
  const before = await countClaims(db);
  const answer = ErrorResponseSchema.parse(await handleMessage(raw, sender, deps));
  expect(await countClaims(db)).toBe(before);
  return answer.error;
}

describe('handleMessage: who may ask', () => {
  it('answers only its own extension', async () => {
    const msg = page('https://a.example/story', 'A', [at(26)]);
    expect(await rejected(msg, { ...ME, id: 'someone-else' })).toBe('unknown sender');
    expect(await rejected(msg, { url: 'https://evil.example/' })).toBe('unknown sender');
    expect(await countClaims(db)).toBe(0);
  });
});

describe('handleMessage: malformed messages', () => {
  beforeEach(async () => {
    await ok(page('https://seed.example/1', 'Seed', [at(26)]));
    expect(await countClaims(db)).toBe(1);
  });

  const good = () => page('https://a.example/story', 'A', [at(40)]);

  it.each<[string, unknown, RegExp]>([
    ['no message', undefined, /invalid request/],
    ['a string', 'check-page', /invalid request/],
    ['an unknown type', { ...good(), type: 'drop-db' }, /type/],
    ['no source', { type: 'check-page', mentions: [] }, /source/],
    ['no mentions', { type: 'check-page', source: good().source }, /mentions/],
    [
      'a source URL that is not a URL',
      { ...good(), source: { ...good().source, url: 'x' } },
      /source\.url/,
    ],
    [
      'a number as metric',
      { ...good(), mentions: [{ ...at(1), metric: 5 }] },
      /mentions\.0\.metric/,
    ],
    [
      'a negative value',
      { ...good(), mentions: [{ ...at(1), value: value('exact', -1, -1) }] },
      /mentions\.0\.value/,
    ],
    [
      'an inverted interval',
      { ...good(), mentions: [at(1, { value: value('range', 9, 3) })] },
      /min must not exceed max/,
    ],
    ['mentions as an object', { ...good(), mentions: { 0: at(1) } }, /mentions/],
  ])('rejects %s', async (_, raw, message) => {
    expect(await rejected(raw)).toMatch(message);
  });

  it('rejects 10,000 mentions with a short message', async () => {
    const raw = { ...good(), mentions: Array.from({ length: 10_000 }, (_, i) => at(i)) };
    const error = await rejected(raw);
    expect(error).toMatch(/mentions/);
    expect(error.length).toBeLessThanOrEqual(1000);
  });

  it('rejects strings of 1 MB anywhere', async () => {
    const big = 'x'.repeat(1 << 20);
    for (const raw of [
      { ...good(), source: { ...good().source, url: `https://a.example/${big}` } },
      { ...good(), source: { ...good().source, title: big } },
      { ...good(), mentions: [at(1, { quote: big })] },
      { ...good(), mentions: [at(1, { text: big })] },
      { ...good(), type: big },
    ]) {
      const error = await rejected(raw);
      expect(error.length).toBeLessThanOrEqual(1000);
    }
  });

  it('rejects a source URL that is not http(s)', async () => {
    const raw = { ...good(), source: { ...good().source, url: 'javascript:alert(1)' } };
    expect(await rejected(raw)).toMatch(/http/);
  });

  it('turns a storage failure into an error answer', async () => {
    deps.settings = () => Promise.reject(new Error('storage is gone'));
    expect(await rejected(good())).toMatch(/storage is gone/);
  });
});

describe('handleMessage: checking pages', () => {
  it('finds a conflicting figure on another page about the same event', async () => {
    const first = await ok(page('https://a.example/story', 'A', [at(26)]));
    expect(first).toMatchObject({ recorded: true, results: [{ verdict: 'single-source' }] });

    const second = await ok(page('https://b.example/news?utm_source=tw', 'B', [at(40), at(26)]));
    const [conflict, agree] = second.results;
    expect(conflict?.verdict).toBe('conflicting');
    expect(conflict?.disagree).toMatchObject([
      { url: 'https://a.example/story', outlet: 'A', text: '26', agrees: false },
    ]);
    expect(agree?.verdict).toBe('corroborated');
    expect(await countClaims(db)).toBe(3);
    // The stored claim carries the canonical URL, not the tracking one.
    const third = await ok(page('https://c.example/x', 'C', [at(40)]));
    expect(third.results[0]?.agree.map((o) => o.url)).toEqual(['https://b.example/news']);
  });

  it('does not check a page against its own earlier visit', async () => {
    await ok(page('https://a.example/story', 'A', [at(26)]));
    const again = await ok(page('https://a.example/story#comments', 'A', [at(40)]));
    expect(again.results[0]?.verdict).toBe('single-source');
  });

  it('stores nothing when recording is off, but still checks', async () => {
    await ok(page('https://a.example/story', 'A', [at(26)]));
    recordBrowsed = false;
    const answer = await ok(page('https://b.example/x', 'B', [at(40), at(7)]));
    expect(answer.recorded).toBe(false);
    expect(answer.results[0]?.verdict).toBe('conflicting');
    expect(await countClaims(db)).toBe(1);
  });

  it('keeps the same claim count when a page is reloaded', async () => {
    const msg = page('https://a.example/story', 'A', [at(26), at(40), at(7)]);
    await ok(msg);
    const count = await countClaims(db);
    expect(count).toBe(3);
    await ok(msg);
    await ok({ ...msg, source: { ...msg.source, url: 'https://A.example/story/?fbclid=1' } });
    expect(await countClaims(db)).toBe(count);
  });

  it("keys a page's figures on its own address: a canonical URL on another site replaces nothing", async () => {
    await ok(page('https://a.example/story', 'A', [at(26), at(40)]));
    // A page elsewhere names a.example's article as its canonical URL, with other figures.
    const hostile = page('https://a.example/story', 'A', [at(999)]);
    const answer = await ok(hostile, 'https://evil.example/copy?utm_source=x#top');
    expect(answer.recorded).toBe(true);
    const stored = await db.claims.toArray();
    expect(stored.map((c) => [c.sourceUrl, c.value.n]).sort()).toEqual([
      ['https://a.example/story', 26],
      ['https://a.example/story', 40],
      ['https://evil.example/copy', 999],
    ]);
  });

  it('takes a canonical URL on the same site, from any of its hosts', async () => {
    await ok(
      page('https://www.news.example.co.uk/story', 'N', [at(26)]),
      'https://amp.news.example.co.uk/s?amp=1',
    );
    await ok(page('https://other.co.uk/story', 'O', [at(40)]), 'https://news.example.co.uk/s2');
    const stored = await db.claims.toArray();
    expect(stored.map((c) => c.sourceUrl).sort()).toEqual([
      'https://news.example.co.uk/s2',
      'https://www.news.example.co.uk/story',
    ]);
  });

  it('answers check-page only for a page, whose address the browser gives', async () => {
    const notAPage = { id: ME.id, tab: ME.tab };
    const answer = await handleMessage(
      page('https://a.example/story', 'A', [at(26)]),
      notAPage,
      deps,
    );
    expect(ErrorResponseSchema.parse(answer).error).toMatch(/only for a page/);
    expect(await countClaims(db)).toBe(0);
  });

  it('answers before recording the page: a failed recording is reported, not answered', async () => {
    const failed: unknown[] = [];
    deps.recordFailed = (e) => failed.push(e);
    const put = vi
      .spyOn(db.claims, 'bulkPut')
      .mockImplementation(() => Dexie.Promise.reject(new Error('disk full')));
    const answer = await ok(page('https://a.example/story', 'A', [at(26)]));
    expect(answer).toMatchObject({ recorded: true, results: [{ verdict: 'single-source' }] });
    expect(failed.map(String)).toEqual([expect.stringMatching(/disk full/)]);
    put.mockRestore();
    expect(await countClaims(db)).toBe(0);
  });

  it("waits for other pages' figures still being recorded, and so does every claims request", async () => {
    const sender = { ...ME, url: 'https://a.example/story' };
    await handleMessage(page('https://a.example/story', 'A', [at(26)]), sender, deps);
    const second = await handleMessage(
      page('https://b.example/x', 'B', [at(40)]),
      { ...ME, url: 'https://b.example/x' },
      deps,
    );
    expect(CheckPageResponseSchema.parse(second).results[0]?.verdict).toBe('conflicting');
    const counted = await handleMessage(
      { type: 'count-claims', filter: {} },
      { id: ID, url: `chrome-extension://${ID}/browser.html` },
      deps,
    );
    expect(counted).toMatchObject({ total: 2 });
  });

  it('answers an empty page', async () => {
    expect(await ok(page('https://a.example/story', 'A', []))).toEqual({
      type: 'check-page-result',
      results: [],
      recorded: true,
    });
  });
});
