import { once } from 'node:events';
import { connect, type Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db';
import { migrate } from '../../server/migrations';
import { COST_UNIT_BYTES } from '../../server/rate-limit';
import { BACKENDS, claim, post, serve, type Harness } from './helpers';

// What one client can hold or cost the server: connections, slow requests, repeated large
// reads, guessed tokens. Run on the embedded database (none of it depends on the backend),
// opened once; each test starts a server of its own on it, with a list of its own.
let db: Db;
beforeAll(async () => {
  db = await BACKENDS[0]!.open();
  await migrate(db);
}, 60_000);
afterAll(() => db.close());

let h: Harness | null = null;
afterEach(async () => {
  await h?.stop();
  h = null;
});

/** A raw connection to the harness's server, and everything the server sends on it. */
async function rawSocket(server: Harness): Promise<{ socket: Socket; received: () => string }> {
  const { port } = new URL(server.server.url);
  const socket = connect(Number(port), '127.0.0.1');
  let text = '';
  socket.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')));
  socket.on('error', () => undefined);
  await once(socket, 'connect');
  return { socket, received: () => text };
}

/** Resolves when the server has closed `socket`. */
function closed(socket: Socket): Promise<unknown> {
  return socket.closed || socket.destroyed ? Promise.resolve() : once(socket, 'close');
}

describe('connections (item 4)', () => {
  it('closes a connection that never sends anything', async () => {
    h = await serve(db, { idleTimeoutMs: 300 });
    const { socket } = await rawSocket(h);
    await closed(socket);
  });

  it('answers 408 to headers that never end, and closes', async () => {
    h = await serve(db, { headersTimeoutMs: 300, idleTimeoutMs: 60_000 });
    const { socket, received } = await rawSocket(h);
    socket.write('GET /v1/lists/x HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    await closed(socket);
    expect(received()).toMatch(/^HTTP\/1\.1 408/);
  });

  it('answers 408 to a body that trickles in past the request time, and closes', async () => {
    h = await serve(db, {
      headersTimeoutMs: 200,
      requestTimeoutMs: 600,
      idleTimeoutMs: 60_000,
    });
    const { socket, received } = await rawSocket(h);
    socket.write(
      `POST /v1/lists/${h.list.listId}/claims HTTP/1.1\r\nHost: 127.0.0.1\r\n` +
        `Authorization: Bearer ${h.list.writeToken}\r\nContent-Type: application/json\r\n` +
        'Content-Length: 100000\r\n\r\n{"claims":[',
    );
    // A slow client: a byte now and then, so the connection is never idle.
    const trickle = setInterval(() => socket.writable && socket.write(' '), 50);
    try {
      await closed(socket);
    } finally {
      clearInterval(trickle);
    }
    expect(received()).toMatch(/^HTTP\/1\.1 408/);
  });

  it('takes no more connections than its limit, and keeps serving the ones it has', async () => {
    h = await serve(db, { maxConnections: 2, idleTimeoutMs: 60_000 });
    const first = await rawSocket(h);
    const second = await rawSocket(h);
    const third = await rawSocket(h);
    await closed(third.socket);
    expect(third.received()).toBe('');
    first.socket.write(
      `GET /v1/lists/${h.list.listId} HTTP/1.1\r\nHost: 127.0.0.1\r\n` +
        `Authorization: Bearer ${h.list.readToken}\r\nConnection: close\r\n\r\n`,
    );
    await closed(first.socket);
    expect(first.received()).toMatch(/^HTTP\/1\.1 200/);
    second.socket.destroy();
  });
});

/** `db` with a count of the statements that read a list's claims. */
function counting(db: Db): { db: Db; claimReads: () => number } {
  let reads = 0;
  const counted: Db = {
    kind: db.kind,
    query: (sql, params) => {
      if (/FROM lists l\s+LEFT JOIN list_claims/.test(sql) && params?.[3] === false) reads++;
      return db.query(sql, params);
    },
    transaction: (fn) => db.transaction(fn),
    close: () => db.close(),
  };
  return { db: counted, claimReads: () => reads };
}

/** Puts `n` claims in the harness's list, in posts under the body limit. */
async function fill(harness: Harness, n: number): Promise<void> {
  for (let i = 0; i < n; i += 1000) {
    const res = await post(
      harness,
      Array.from({ length: Math.min(1000, n - i) }, (_, k) => claim(i + k + 1)),
    );
    expect(res.status).toBe(200);
  }
}

describe('reads and what they cost (item 5)', () => {
  it('reads a large list from the database once while it does not change', async () => {
    const c = counting(db);
    h = await serve(c.db, { readCacheMs: 0 });
    await fill(h, 1500);
    const path = `/v1/lists/${h.list.listId}`;
    const first = await h.call(path);
    const second = await h.call(path);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(await second.text()).toBe(await first.text());
    expect(c.claimReads()).toBe(1);
    // A change is read anew.
    await post(h, [claim(5000)]);
    const third = await h.call(path);
    expect(((await third.json()) as { claims: unknown[] }).claims).toHaveLength(1501);
    expect(c.claimReads()).toBe(2);
  });

  it('charges a read by what it sends: one token cannot pull a large list over and over', async () => {
    h = await serve(db, { rateLimit: { perSecond: 1, burst: 5 } });
    await fill(h, 3000);
    const path = `/v1/lists/${h.list.listId}`;
    const big = await h.call(path);
    expect(big.status).toBe(200);
    expect((await big.text()).length).toBeGreaterThan(5 * COST_UNIT_BYTES);
    const next = await h.call(path);
    expect(next.status).toBe(429);
    expect(Number(next.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await next.json()).toEqual({ error: 'too many requests' });
  });

  it('limits requests without a valid token by address, and not a token that has worked', async () => {
    h = await serve(db, { addressRateLimit: { perSecond: 0.01, burst: 3 } });
    const path = `/v1/lists/${h.list.listId}`;
    expect((await h.call(path)).status).toBe(200);
    const guesses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const token = `guess${i}`.padEnd(43, 'x');
      guesses.push((await h.call(i % 2 ? '/v1/lists/guessed' : path, { token })).status);
    }
    expect(guesses).toEqual([401, 401, 401, 429, 429]);
    const limited = await h.call(path, { token: null });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(60);
    expect((await h.call(path)).status).toBe(200);
  });

  it('tells clients apart behind a trusted proxy by the address the proxy forwards', async () => {
    h = await serve(db, {
      addressRateLimit: { perSecond: 0.01, burst: 1 },
      trustProxy: true,
    });
    const path = `/v1/lists/${h.list.listId}`;
    const from = (address: string) =>
      h!.call(path, { token: null, headers: { 'X-Forwarded-For': `10.0.0.9, ${address}` } });
    expect((await from('203.0.113.1')).status).toBe(401);
    expect((await from('203.0.113.1')).status).toBe(429);
    expect((await from('203.0.113.2')).status).toBe(401);
  });
});
