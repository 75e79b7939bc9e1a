import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClaimsListSchema } from '../../lib/claims/claims-list';
import { createList } from '../../server/store';
import { BACKENDS, claim, post, start, type Harness } from './helpers';

describe.each(BACKENDS)('list server API on $name', (backend) => {
  let h: Harness;
  let path: string;
  beforeAll(async () => {
    h = await start(backend);
    path = `/v1/lists/${h.list.listId}`;
  }, 60_000);
  afterAll(() => h.stop());

  it('serves a new list as an empty claims-list/1 document', async () => {
    const res = await h.call(path);
    expect(res.status).toBe(200);
    const list = ClaimsListSchema.parse(await res.json());
    expect(list).toMatchObject({
      id: h.list.listId,
      name: 'Team list',
      cursor: '0',
      claims: [],
      deleted: [],
    });
  });

  it('stores posted claims once however often they are sent, and a newer updatedAt wins', async () => {
    const a = claim(1);
    const b = claim(2);
    let res = await post(h, [a, b]);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ accepted: 2, changed: 2 });
    res = await post(h, [a, b]);
    expect(await res.json()).toMatchObject({ changed: 0 });
    // An older copy loses, a newer one replaces.
    await post(h, [{ ...a, text: 'old', updatedAt: '2020-01-01T00:00:00.000Z' }]);
    await post(h, [{ ...b, text: '999', updatedAt: '2026-01-01T00:00:00.000Z' }]);
    const list = ClaimsListSchema.parse(await (await h.call(path)).json());
    const byId = new Map(list.claims.map((c) => [c.id, c]));
    expect(list.claims).toHaveLength(2);
    expect(byId.get(a.id)?.text).toBe(a.text);
    expect(byId.get(b.id)?.text).toBe('999');
  });

  it('rejects a whole request with one invalid claim and stores nothing from it', async () => {
    const before = ClaimsListSchema.parse(await (await h.call(path)).json());
    const res = await post(h, [
      claim(50),
      { ...claim(51), id: 'nope' },
      claim(52),
      { bogus: true },
    ]);
    expect(res.status).toBe(400);
    const body = (await res.json()) as {
      error: string;
      issues: { index: number; message: string }[];
    };
    expect(body.error).toBeTypeOf('string');
    expect(body.issues.map((i) => i.index)).toEqual([1, 3]);
    expect(body.issues[0]!.message).toMatch(/id/);
    const after = ClaimsListSchema.parse(await (await h.call(path)).json());
    expect(after.claims).toEqual(before.claims);
    expect(after.cursor).toBe(before.cursor);
  });

  it('answers 400 with the index to text jsonb cannot hold (NUL, a lone surrogate), storing nothing', async () => {
    const before = ClaimsListSchema.parse(await (await h.call(path)).json());
    // Sent as JSON escapes, as a client's JSON.stringify writes them.
    const res = await post(h, [
      claim(60),
      { ...claim(61), quote: 'Drones\u0000 over Kursk' },
      { ...claim(62), source: { ...claim(62).source, title: 'Kursk \uD83D' } },
      claim(63),
    ]);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { issues: { index: number; message: string }[] };
    expect(body.issues.map((i) => i.index)).toEqual([1, 2]);
    expect(body.issues[0]!.message).toMatch(/^quote: must be well-formed text/);
    const after = ClaimsListSchema.parse(await (await h.call(path)).json());
    expect(after.cursor).toBe(before.cursor);
  });

  it('refuses a claim of a metric the product does not know, naming it, and stores nothing', async () => {
    const before = ClaimsListSchema.parse(await (await h.call(path)).json());
    const res = await post(h, [claim(66), claim(67, { metric: 'banana.split' })]);
    expect(res.status).toBe(400);
    const body = (await res.json()) as {
      error: string;
      issues: { index: number; message: string }[];
    };
    expect(body.error).toContain('unknown metric "banana.split"');
    expect(body.issues).toEqual([{ index: 1, message: expect.stringContaining('"banana.split"') }]);
    const after = ClaimsListSchema.parse(await (await h.call(path)).json());
    expect(after.cursor).toBe(before.cursor);
  });

  it('answers 400 with the index to a claim dated in the future, which no copy could replace', async () => {
    const later = new Date(Date.now() + 2 * 3_600_000).toISOString();
    const res = await post(h, [claim(64), { ...claim(65), updatedAt: later }]);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      issues: [{ index: 1, message: `updatedAt: ${later} is in the future` }],
    });
  });

  it('stores every posted claim as the list’s own, whatever origin the client sent', async () => {
    const sent = [
      claim(70, { origin: 'official' }),
      claim(71, { origin: 'list:someone-elses' }),
      claim(72, { origin: 'browsed' }),
    ];
    expect((await post(h, sent)).status).toBe(200);
    const list = ClaimsListSchema.parse(await (await h.call(path)).json());
    const stored = list.claims.filter((c) => sent.some((s) => s.id === c.id));
    expect(stored.map((c) => c.origin)).toEqual(sent.map(() => `list:${h.list.listId}`));
  });

  it('answers 400 to a body that is not JSON or not { claims }', async () => {
    const url = `${path}/claims`;
    const notJson = await h.call(url, { method: 'POST', token: h.list.writeToken, body: '{nope' });
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toEqual({ error: expect.any(String) });
    const wrongShape = await h.call(url, { method: 'POST', token: h.list.writeToken, body: '[1]' });
    expect(wrongShape.status).toBe(400);
  });

  it('reports only what changed after a cursor, including deletions', async () => {
    const start0 = ClaimsListSchema.parse(await (await h.call(path)).json());
    await post(h, [claim(10)]);
    const del = await h.call(`${path}/claims/${claim(1).id}`, {
      method: 'DELETE',
      token: h.list.writeToken,
    });
    expect(del.status).toBe(200);
    const delta = ClaimsListSchema.parse(
      await (await h.call(`${path}?since=${start0.cursor}`)).json(),
    );
    expect(delta.claims.map((c) => c.id)).toEqual([claim(10).id]);
    expect(delta.deleted).toEqual([claim(1).id]);
    expect(Number(delta.cursor)).toBe(Number(start0.cursor) + 2);
    const nothing = ClaimsListSchema.parse(
      await (await h.call(`${path}?since=${delta.cursor}`)).json(),
    );
    expect(nothing).toMatchObject({ claims: [], deleted: [], cursor: delta.cursor });
    const full = ClaimsListSchema.parse(await (await h.call(path)).json());
    expect(full.claims.map((c) => c.id)).not.toContain(claim(1).id);
  });

  it('answers 304 to If-None-Match with the current ETag, and 200 once the list changes', async () => {
    const first = await h.call(path);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    const again = await h.call(path, { headers: { 'If-None-Match': etag ?? '' } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    await post(h, [claim(20)]);
    const changed = await h.call(path, { headers: { 'If-None-Match': etag ?? '' } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('answers 304 to a since poll only while its own ETag holds, then sends the change', async () => {
    const { cursor } = ClaimsListSchema.parse(await (await h.call(path)).json());
    const poll = (tag: string): Promise<Response> =>
      h.call(`${path}?since=${cursor}`, { headers: { 'If-None-Match': tag } });
    const empty = await poll('');
    expect(empty.status).toBe(200);
    expect(ClaimsListSchema.parse(await empty.json())).toMatchObject({ cursor, claims: [] });
    const etag = empty.headers.get('etag') ?? '';
    expect((await poll(etag)).status).toBe(304);
    expect((await poll('*')).status).toBe(304);
    // The ETag of the same cursor for another since describes another answer.
    const other = await poll(`"${cursor}-0"`);
    expect(other.status).toBe(200);
    expect(other.headers.get('etag')).toBe(etag);
    await post(h, [claim(21)]);
    const moved = await poll(etag);
    expect(moved.status).toBe(200);
    const delta = ClaimsListSchema.parse(await moved.json());
    expect(delta.claims).toEqual([{ ...claim(21), origin: `list:${h.list.listId}` }]);
    expect(Number(delta.cursor)).toBe(Number(cursor) + 1);
  });

  it('deletes idempotently and answers 404 for a claim the list never had', async () => {
    const url = `${path}/claims/${claim(20).id}`;
    expect((await h.call(url, { method: 'DELETE', token: h.list.writeToken })).status).toBe(200);
    const twice = await h.call(url, { method: 'DELETE', token: h.list.writeToken });
    expect(await twice.json()).toMatchObject({ changed: 0 });
    const unknown = await h.call(`${path}/claims/${claim(777).id}`, {
      method: 'DELETE',
      token: h.list.writeToken,
    });
    expect(unknown.status).toBe(404);
  });

  it('answers 401 for a missing or wrong token and an unknown list alike, 403 for a read token writing', async () => {
    const none = await h.call(path, { token: null });
    expect(none.status).toBe(401);
    expect(await none.json()).toEqual({ error: expect.any(String) });
    expect((await h.call(path, { token: 'x'.repeat(43) })).status).toBe(401);
    expect((await post(h, [claim(30)], h.list.readToken)).status).toBe(403);
    const del = await h.call(`${path}/claims/${claim(2).id}`, {
      method: 'DELETE',
      token: h.list.readToken,
    });
    expect(del.status).toBe(403);
    // No such list and a token that does not open the list get one answer: a guesser cannot
    // tell which lists exist.
    const unknown = await h.call('/v1/lists/nosuchlist');
    const wrong = await h.call(path, { token: 'x'.repeat(43) });
    expect([unknown.status, wrong.status]).toEqual([401, 401]);
    expect(await unknown.json()).toEqual(await wrong.json());
    // A token of one list does not open another.
    const second = await createList(h.db, 'Other team');
    expect((await h.call(`/v1/lists/${second.listId}`)).status).toBe(401);
    expect((await h.call(path, { token: second.writeToken })).status).toBe(401);
    const list = ClaimsListSchema.parse(await (await h.call(path)).json());
    expect(list.claims.map((c) => c.id)).not.toContain(claim(30).id);
  });

  it('answers 400 to a malformed or future cursor, 404/405 to other routes', async () => {
    expect((await h.call(`${path}?since=abc`)).status).toBe(400);
    expect((await h.call(`${path}?since=99999999`)).status).toBe(400);
    expect((await h.call('/v1/elsewhere')).status).toBe(404);
    const put = await h.call(path, { method: 'PUT', token: h.list.writeToken, body: '{}' });
    expect(put.status).toBe(405);
    expect(await put.json()).toEqual({ error: expect.any(String) });
    expect((await h.call(`${path}/claims`, { method: 'GET' })).status).toBe(405);
  });

  it('admits extension origins to CORS and never web origins', async () => {
    const pre = await h.call(`${path}/claims`, {
      method: 'OPTIONS',
      token: null,
      headers: {
        Origin: 'chrome-extension://abcdefghijklmnop',
        'Access-Control-Request-Method': 'POST',
      },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe(
      'chrome-extension://abcdefghijklmnop',
    );
    expect(pre.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    const moz = await h.call(path, {
      headers: { Origin: 'moz-extension://0f1e2d3c-aaaa-bbbb-cccc-123456789abc' },
    });
    expect(moz.headers.get('access-control-allow-origin')).toBe(
      'moz-extension://0f1e2d3c-aaaa-bbbb-cccc-123456789abc',
    );
    const web = await h.call(path, { headers: { Origin: 'https://evil.example' } });
    expect(web.headers.get('access-control-allow-origin')).toBeNull();
    const webPre = await h.call(path, {
      method: 'OPTIONS',
      token: null,
      headers: { Origin: 'https://evil.example' },
    });
    expect(webPre.status).toBe(403);
    expect(webPre.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('tells a reader whether its token may write, in a header an extension can read', async () => {
    const origin = { Origin: 'chrome-extension://abcdefghijklmnop' };
    const read = await h.call(path, { headers: origin });
    expect(read.headers.get('x-list-access')).toBe('read');
    expect(read.headers.get('access-control-expose-headers')).toMatch(/X-List-Access/);
    const write = await h.call(path, { token: h.list.writeToken, headers: origin });
    expect(write.headers.get('x-list-access')).toBe('write');
    const etag = write.headers.get('etag') ?? '';
    const same = await h.call(path, {
      token: h.list.writeToken,
      headers: { ...origin, 'If-None-Match': etag },
    });
    expect(same.status).toBe(304);
    expect(same.headers.get('x-list-access')).toBe('write');
  });
});

describe.each(BACKENDS)('list server limits on $name', (backend) => {
  it('answers 413 to a body over the limit and stores nothing', async () => {
    const h = await start(backend, { maxBodyBytes: 64 * 1024 });
    try {
      const big = Array.from({ length: 400 }, (_, i) => claim(i));
      const res = await post(h, big);
      expect(res.status).toBe(413);
      expect(await res.json()).toEqual({ error: expect.any(String) });
      const list = ClaimsListSchema.parse(
        await (await h.call(`/v1/lists/${h.list.listId}`)).json(),
      );
      expect(list.claims).toEqual([]);
    } finally {
      await h.stop();
    }
  }, 60_000);

  it('stops reading a streamed body at the limit and answers 413', async () => {
    const h = await start(backend, { maxBodyBytes: 64 * 1024 });
    try {
      const url = new URL(`${h.server.url}/v1/lists/${h.list.listId}/claims`);
      // No Content-Length: the server has to count while it reads.
      const { status, body } = await new Promise<{ status: number; body: string }>(
        (resolve, reject) => {
          const req = request(url, {
            method: 'POST',
            headers: {
              Authorization: `Bearer ${h.list.writeToken}`,
              'Transfer-Encoding': 'chunked',
            },
          });
          req.on('response', (res) => {
            let text = '';
            res.on('data', (c: Buffer) => (text += c.toString()));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
          });
          req.on('error', reject);
          req.write('{"claims":[');
          const chunk = JSON.stringify(claim(1)) + ',';
          const write = (left: number): void => {
            if (left <= 0 || req.destroyed) return;
            if (req.write(chunk.repeat(20))) setImmediate(() => write(left - 1));
            else req.once('drain', () => write(left - 1));
          };
          write(400);
        },
      );
      expect(status).toBe(413);
      expect(JSON.parse(body)).toEqual({ error: expect.any(String) });
      const list = ClaimsListSchema.parse(
        await (await h.call(`/v1/lists/${h.list.listId}`)).json(),
      );
      expect(list.claims).toEqual([]);
    } finally {
      await h.stop();
    }
  }, 60_000);

  it('answers 429 once a token spends its burst, without slowing other tokens', async () => {
    const h = await start(backend, { rateLimit: { perSecond: 1, burst: 5 } });
    try {
      const path = `/v1/lists/${h.list.listId}`;
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) statuses.push((await h.call(path)).status);
      expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
      expect(statuses.slice(5)).toEqual([429, 429]);
      const limited = await h.call(path);
      expect(await limited.json()).toEqual({ error: expect.any(String) });
      expect((await h.call(path, { token: h.list.writeToken })).status).toBe(200);
    } finally {
      await h.stop();
    }
  }, 60_000);
});
