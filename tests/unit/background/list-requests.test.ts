import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { handleMessage, type HandlerDeps } from '../../../lib/background/handle-message';
import { createListSync } from '../../../lib/background/list-sync';
import type { ClaimsDatabase } from '../../../lib/db/database';
import {
  AddListResponseSchema,
  ListStatusResponseSchema,
  RemoveListResponseSchema,
  ShareFiguresResponseSchema,
} from '../../../lib/messages/list-protocol';
import { CheckPageResponseSchema, ErrorResponseSchema } from '../../../lib/messages/protocol';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { mention, value } from '../claims/helpers';
import { FakeListServer } from '../sync/fake-list-server';
import { freshDb, listClaim } from '../sync/helpers';
import { fakeAlarms } from './fake-alarms';
import { fakeSiteControl } from './fake-site-control';

const ID = 'figure-check-test-id';
const ORIGIN = `chrome-extension://${ID}`;
const OPTIONS = { id: ID, url: `${ORIGIN}/options.html` };
const WEB_PAGE = { id: ID, url: 'https://news.example/story', tab: {} };
const NOW = '2025-07-22T10:00:00.000Z';
let db: ClaimsDatabase;
let server: FakeListServer;
let deps: HandlerDeps;
let team: ReturnType<FakeListServer['createList']>;

beforeEach(async () => {
  db = await freshDb();
  server = new FakeListServer();
  team = server.createList('team', 'Kyiv desk');
  server.put('team', [listClaim(1), listClaim(2)]);
  deps = {
    extensionId: ID,
    extensionOrigin: ORIGIN,
    db,
    settings: () => Promise.resolve(DEFAULT_SETTINGS),
    now: () => NOW,
    sites: fakeSiteControl().control,
    lists: createListSync({
      db: () => db,
      fetch: server.fetch,
      alarms: fakeAlarms(),
      intervalMinutes: () => Promise.resolve(30),
      timeoutMs: 50,
    }),
  };
});
afterEach(() => db.close());

async function ask<S extends z.ZodType>(request: unknown, schema: S): Promise<z.infer<S>> {
  return schema.parse(await handleMessage(request, OPTIONS, deps));
}

async function refusal(request: unknown, sender = OPTIONS): Promise<string> {
  return ErrorResponseSchema.parse(await handleMessage(request, sender, deps)).error;
}

const addTeam = (token = team.readToken) =>
  ask({ type: 'add-list', url: team.url, token }, AddListResponseSchema);

describe('team-list requests', () => {
  it('adds a list and syncs it at once, so the options page shows its name and claims', async () => {
    const added = await addTeam();
    expect(added.sync).toEqual({ listId: 'team', status: 'updated', error: null });
    expect(added.list).toMatchObject({ name: 'Kyiv desk', claimCount: 2, writable: false });
    const { lists } = await ask({ type: 'list-status' }, ListStatusResponseSchema);
    expect(lists.map((l) => l.name)).toEqual(['Kyiv desk']);
    // The token is never handed back to a page.
    expect(JSON.stringify(lists)).not.toContain(team.readToken);
  });

  it('says plainly what is wrong with a URL, and adds nothing', async () => {
    expect(await refusal({ type: 'add-list', url: 'ftp://lists.example/x', token: null })).toBe(
      'the URL must start with https://',
    );
    expect(await refusal({ type: 'add-list', url: 'http://lists.example/x', token: null })).toBe(
      'the URL must start with https://',
    );
    expect(await db.lists.count()).toBe(0);
  });

  it('answers list requests only for the extension’s own pages', async () => {
    expect(await refusal({ type: 'list-status' }, WEB_PAGE)).toMatch(/only for the extension/);
    expect(
      await refusal({ type: 'add-list', url: team.url, token: team.writeToken }, WEB_PAGE),
    ).toMatch(/only for the extension/);
    expect(await db.lists.count()).toBe(0);
  });

  it('removes a list with its claims, and its sources leave the verdicts', async () => {
    await addTeam();
    const check = () =>
      handleMessage(
        {
          type: 'check-page',
          source: {
            url: 'https://other.example/story',
            outlet: 'Other',
            title: 'Story',
            publishedAt: null,
          },
          mentions: [mention()],
        },
        WEB_PAGE,
        { ...deps, settings: () => Promise.resolve({ ...DEFAULT_SETTINGS, recordBrowsed: false }) },
      ).then((a) => CheckPageResponseSchema.parse(a).results[0]);

    const before = await check();
    expect(before?.verdict).toBe('corroborated');
    expect(before?.agree.map((o) => o.listName)).toEqual(['Kyiv desk', 'Kyiv desk']);

    const removed = await ask({ type: 'remove-list', id: 'team' }, RemoveListResponseSchema);
    expect(removed.removed).toBe(2);
    expect((await check())?.verdict).toBe('single-source');
  });

  it('shares a page’s figures to a writable list, which then holds them', async () => {
    await addTeam(team.writeToken);
    const shared = await ask(
      {
        type: 'share-figures',
        listId: 'team',
        source: {
          url: 'https://news.example/story?utm_source=x',
          outlet: 'News',
          title: 'Story',
          publishedAt: null,
        },
        mentions: [mention({ value: value('exact', 140, 140), text: '140' })],
      },
      ShareFiguresResponseSchema,
    );
    expect(shared).toEqual({
      type: 'figures-shared',
      queued: 1,
      sent: true,
      error: null,
      refused: false,
    });
    const stored = [...(server.lists.get('team')?.claims.values() ?? [])].map((c) => c.claim);
    // The tracking parameter never leaves the browser.
    expect(stored.find((c) => c.value.n === 140)?.source.url).toBe('https://news.example/story');
  });

  it('keeps a share for later when the server is down, and says it was refused when it is', async () => {
    await addTeam(team.writeToken);
    const share = {
      type: 'share-figures',
      listId: 'team',
      source: {
        url: 'https://news.example/story',
        outlet: 'News',
        title: 'Story',
        publishedAt: null,
      },
      mentions: [mention()],
    };
    server.failNext({ kind: 'network' });
    expect(await ask(share, ShareFiguresResponseSchema)).toMatchObject({
      queued: 1,
      sent: false,
      refused: false,
      error: expect.stringMatching(/network error/),
    });
    expect(await db.outbox.count()).toBe(1);

    server.failNext({ kind: 'status', status: 413, body: '{"error":"body over 5 MB"}' });
    const refused = await ask(share, ShareFiguresResponseSchema);
    expect(refused).toMatchObject({ sent: false, refused: true });
    expect(refused.error).toBe('server answered 413: body over 5 MB');
  });

  it('refuses to share to a list followed with a read token', async () => {
    await addTeam(team.readToken);
    expect(
      await refusal({
        type: 'share-figures',
        listId: 'team',
        source: {
          url: 'https://news.example/story',
          outlet: 'News',
          title: 'Story',
          publishedAt: null,
        },
        mentions: [mention()],
      }),
    ).toMatch(/cannot be written to/);
    expect(await db.outbox.count()).toBe(0);
  });
});
