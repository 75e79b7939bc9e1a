import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Mention } from '../../../lib/claims/mention';
import { CheckBases } from '../../../lib/background/check-bases';
import { handleMessage, type HandlerDeps } from '../../../lib/background/handle-message';
import { pagesRecorded } from '../../../lib/background/page-records';
import { ClaimsDatabase } from '../../../lib/db/database';
import { pageChecker } from '../../../lib/messages/page-checker';
import {
  UNKNOWN_BASE,
  type CheckPageRequest,
  type CheckPageResponse,
  type CheckPageWire,
} from '../../../lib/messages/protocol';
import { sameData } from '../../../lib/claims/same-data';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { mention, value } from '../claims/helpers';
import { offlineLists } from './fake-alarms';
import { fakeSiteControl } from './fake-site-control';

const ID = 'figure-check-test-id';
const URL_ = 'https://a.example/live';
const TAB = { id: ID, url: URL_, tab: { id: 7 }, frameId: 0 };
let db: ClaimsDatabase;
let deps: HandlerDeps;
let counter = 0;

beforeEach(async () => {
  db = new ClaimsDatabase(`check-delta-test-${++counter}`);
  await db.open();
  deps = {
    extensionId: ID,
    db,
    extensionOrigin: `chrome-extension://${ID}`,
    settings: async () => ({ ...DEFAULT_SETTINGS }),
    now: () => '2025-07-20T10:00:00.000Z',
    sites: fakeSiteControl().control,
    lists: offlineLists(db),
    checkBases: new CheckBases(),
  };
});
afterEach(() => db.close());

const at = (n: number, over: Partial<Mention> = {}): Mention =>
  mention({
    text: String(n),
    quote: `${n} drones were downed.`,
    value: value('exact', n, n),
    ...over,
  });

function request(url: string, mentions: Mention[]): CheckPageRequest {
  return {
    type: 'check-page',
    source: { url, outlet: 'A', title: null, publishedAt: null },
    mentions,
  };
}

/** What the background made of each request: the page's figures, whole. */
let resolved: unknown[] = [];
/** A worker's memory of requests, telling `resolved` what it made of each. */
function watchedBases(): CheckBases {
  const bases = new CheckBases();
  const resolve = bases.resolve.bind(bases);
  bases.resolve = (wire, sender) => {
    const whole = resolve(wire, sender);
    resolved.push(whole);
    return whole;
  };
  return bases;
}
beforeEach(() => {
  resolved = [];
  deps.checkBases = watchedBases();
});

/** A content script's checker talking to the handler, keeping what crossed the wire. */
function connected(sender: typeof TAB = TAB) {
  const sent: CheckPageWire[] = [];
  const answers: CheckPageResponse[] = [];
  const check = pageChecker(async (message) => {
    sent.push(message as CheckPageWire);
    const answer = await handleMessage(message, sender, deps);
    await pagesRecorded(db);
    if (answer.type === 'check-page-result') answers.push(answer);
    return answer;
  });
  return { sent, answers, check };
}

describe('check-page with the figures of the request before', () => {
  it('sends an unchanged figure as its place, and gets the checks a whole request gets', async () => {
    const { sent, check } = connected();
    const figures = [at(26), at(40), at(7)];
    expect(await check(request(URL_, figures))).toHaveLength(3);
    // An entry posted on top: one new figure, the others the same objects as before.
    const posted = [at(12), ...figures];
    const checks = await check(request(URL_, posted));
    expect(sent[1]!.mentions).toEqual([at(12)]);
    expect(sent[1]!.refs).toEqual([-1, 0, 1, 2]);
    expect(resolved[1]).toEqual(request(URL_, posted));
    // What another tab sending the whole list is told (the page's own figures are recorded
    // under its URL, so the same URL gives the same verdicts).
    const whole = await handleMessage(request(URL_, posted), { ...TAB, tab: { id: 8 } }, deps);
    await pagesRecorded(db);
    expect(whole).toMatchObject({ type: 'check-page-result', results: checks });
  });

  it('sends the figures whole again when the worker forgot the request before', async () => {
    const { sent, check } = connected();
    const figures = [at(26), at(40)];
    await check(request(URL_, figures));
    deps.checkBases = watchedBases(); // the worker was stopped and started again
    const checks = await check(request(URL_, [...figures, at(3)]));
    expect(checks).toHaveLength(3);
    expect(sent.map((w) => w.mentions.length)).toEqual([2, 1, 3]);
    expect(sent[2]!.refs).toBeUndefined();
    expect(resolved.at(-1)).toEqual(request(URL_, [...figures, at(3)]));
  });

  it("never lets a frame refer to another frame's request", async () => {
    const bases = new CheckBases();
    const first = { ...request(URL_, [at(26)]), id: 'a-1' };
    expect(bases.resolve(first, TAB)).toMatchObject({ mentions: [at(26)] });
    const next = { ...request(URL_, []), id: 'a-2', base: 'a-1', refs: [0] };
    expect(bases.resolve(next, { ...TAB, tab: { id: 9 } })).toBe(UNKNOWN_BASE);
    expect(bases.resolve(next, { ...TAB, frameId: 3 })).toBe(UNKNOWN_BASE);
    expect(bases.resolve({ ...next, base: 'a-0' }, TAB)).toBe(UNKNOWN_BASE);
    expect(bases.resolve({ ...next, refs: [1] }, TAB)).toBe(UNKNOWN_BASE);
    expect(bases.resolve({ ...next, refs: [0, -1] }, TAB)).toBe(UNKNOWN_BASE);
    expect(bases.resolve(next, TAB)).toMatchObject({ mentions: [at(26)] });
  });

  it('checks a figure that changed in place as the new figure', async () => {
    const { sent, check } = connected();
    await check(request(URL_, [at(26), at(40)]));
    const checks = await check(
      request(URL_, [at(26, { text: '27', value: value('exact', 27, 27) }), at(40)]),
    );
    // Equal data in a new object is sent whole: only identity says "the same figure".
    expect(sent[1]!.refs).toEqual([-1, -1]);
    expect(checks).toHaveLength(2);
  });

  it('answers with the checks that did not change named by their place, and the page gets the same objects', async () => {
    const { answers, check } = connected();
    const figures = [at(26), at(40), at(7)];
    const first = (await check(request(URL_, figures)))!;
    expect(answers[0]!.resultRefs).toBeUndefined();
    const posted = [at(12), ...figures];
    const next = (await check(request(URL_, posted)))!;
    const answer = answers[1]!;
    // Each check that equals the one the figure had is sent as its place; the others whole.
    const unchanged = figures.map((_, i) => sameData(first[i], next[i + 1]));
    expect(answer.resultRefs).toEqual([-1, ...unchanged.map((same, i) => (same ? i : -1))]);
    expect(answer.results).toHaveLength(1 + unchanged.filter((same) => !same).length);
    unchanged.forEach((same, i) => {
      if (same) expect(next[i + 1]).toBe(first[i]);
    });
    // What another tab sending the whole list is told.
    const whole = await handleMessage(request(URL_, posted), { ...TAB, tab: { id: 8 } }, deps);
    await pagesRecorded(db);
    expect(whole).toMatchObject({ type: 'check-page-result', results: next });
  });

  it('sends a check whole when another page changed it since', async () => {
    const { answers, check } = connected();
    const figures = [at(26), at(40)];
    const first = (await check(request(URL_, figures)))!;
    // Another outlet reports the same night's downed drones: every check of the page changes.
    await handleMessage(
      request('https://b.example/story', [at(41)]),
      { ...TAB, url: 'https://b.example/story', tab: { id: 9 } },
      deps,
    );
    await pagesRecorded(db);
    const next = (await check(request(URL_, figures)))!;
    expect(next.some((c, i) => !sameData(c, first[i]))).toBe(true);
    const refs = answers[1]!.resultRefs!;
    next.forEach((c, i) => expect(refs[i]! >= 0).toBe(sameData(c, first[i])));
  });

  it('takes no answer whose named checks do not fit the request', async () => {
    const figures = [at(26), at(40)];
    const { answers, check: real } = connected();
    await real(request(URL_, figures));
    const good = answers[0]!;
    const bad = [
      { ...good, results: [], resultRefs: [0, 5] },
      { ...good, results: [], resultRefs: [0] },
      { ...good, results: good.results, resultRefs: [0, 1] },
    ];
    for (const answer of bad) {
      let calls = 0;
      const check = pageChecker(async () => (calls++ === 0 ? good : answer));
      expect(await check(request(URL_, figures))).toHaveLength(2);
      expect(await check(request(URL_, figures))).toBeNull();
    }
  });

  it('answers whole a request that a newer one from its frame overtook, and the newer one too', () => {
    const bases = new CheckBases();
    const check = {
      verdict: 'single-source',
      agree: [],
      disagree: [],
      explained: [],
      parts: [],
      byOriginator: [],
    } as const;
    const answer = (n: number): CheckPageResponse => ({
      type: 'check-page-result',
      results: Array.from({ length: n }, () => ({
        ...check,
        agree: [],
        disagree: [],
        explained: [],
        parts: [],
        byOriginator: [],
      })),
      recorded: true,
    });
    const first = { ...request(URL_, [at(26)]), id: 'a-1' };
    bases.resolve(first, TAB);
    expect(bases.answer(first, TAB, answer(1)).resultRefs).toBeUndefined();
    const second = { ...request(URL_, []), id: 'a-2', base: 'a-1', refs: [0] };
    bases.resolve(second, TAB);
    // A request sent whole (a page that started over) comes before the second is answered.
    const third = { ...request(URL_, [at(26)]), id: 'a-3' };
    bases.resolve(third, TAB);
    expect(bases.answer(second, TAB, answer(1))).toEqual(answer(1));
    expect(bases.answer(third, TAB, answer(1))).toEqual(answer(1));
    // The next request refers to the third, whose checks the worker kept: named by place.
    const fourth = { ...request(URL_, []), id: 'a-4', base: 'a-3', refs: [0] };
    expect(bases.resolve(fourth, TAB)).toMatchObject({ mentions: [at(26)] });
    expect(bases.answer(fourth, TAB, answer(1))).toMatchObject({ results: [], resultRefs: [0] });
  });
});
