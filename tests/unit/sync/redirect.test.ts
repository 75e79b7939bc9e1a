import 'fake-indexeddb/auto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClaimsDatabase } from '../../../lib/db/database';
import { REDIRECT_ERROR } from '../../../lib/sync/http';
import { addList, listStatus } from '../../../lib/sync/lists';
import { syncList } from '../../../lib/sync/pull';
import { flushOutbox, queueShare } from '../../../lib/sync/push';
import { freshDb, listClaim } from './helpers';

// Real HTTP on two origins: a list server that redirects, and the other origin it points to.

let db: ClaimsDatabase;
let servers: Server[] = [];
/** What reached the other origin: the requests' methods and Authorization headers. */
let elsewhere: string[];

function listen(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );
}

let listUrl: string;
beforeEach(async () => {
  db = await freshDb();
  elsewhere = [];
  const other = await listen((req, res) => {
    elsewhere.push(`${req.method} ${req.headers.authorization ?? '-'}`);
    const doc = {
      format: 'claims-list/1',
      id: 'team',
      name: 'Not the team',
      updatedAt: '2025-07-21T08:00:00Z',
      cursor: '1',
      claims: [listClaim(1)],
      deleted: [],
    };
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(doc));
  });
  const origin = await listen((req, res) => {
    res.writeHead(req.method === 'POST' ? 307 : 302, { Location: `${other}${req.url}` });
    res.end();
  });
  listUrl = `${origin}/v1/lists/team`;
});

afterEach(async () => {
  await Promise.all(servers.map((s) => new Promise((done) => s.close(done))));
  servers = [];
  db.close();
});

const realFetch = (input: string, init: RequestInit) => fetch(input, init);

describe('a list server that redirects', () => {
  it('is not followed on a sync: the token goes nowhere else and nothing is stored', async () => {
    const list = await addList(db, { url: listUrl, token: 'read-secret' });
    expect(await syncList(db, list, { fetch: realFetch })).toEqual({
      status: 'failed',
      error: REDIRECT_ERROR,
    });
    expect(elsewhere).toEqual([]);
    expect((await listStatus(db))[0]).toMatchObject({ claimCount: 0, lastError: REDIRECT_ERROR });
  });

  it('is not followed by a share, which waits in the outbox', async () => {
    await addList(db, { url: listUrl, token: 'write-secret' });
    await queueShare(db, 'team', [listClaim(2)]);
    expect(await flushOutbox(db, { fetch: realFetch })).toMatchObject({ sent: 0, retrying: 1 });
    expect(elsewhere).toEqual([]);
    expect((await db.outbox.toArray())[0]?.lastError).toBe(REDIRECT_ERROR);
  });
});
