import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim } from '../../lib/claims/claim';
import { ClaimsListSchema } from '../../lib/claims/claims-list';
import { startServer, type RunningServer } from '../../server/http';
import { createList, type NewList } from '../../server/store';
import { BACKENDS, claim, start, type Harness } from './helpers';

const WRITERS = 5;
const POSTS = 50;

/** Bearer-authorised fetch against one server. */
function caller(base: string, token: string) {
  return (path: string, init: RequestInit = {}): Promise<Response> =>
    fetch(base + path, {
      ...init,
      headers: {
        Authorization: `Bearer ${token}`,
        ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
    });
}

/**
 * WRITERS writers post through `writeUrl` while `readers` readers follow `since` through
 * `readUrl`; each reader must end with exactly the list's claims, its cursor only going forward.
 */
async function race(list: NewList, writeUrl: string, readUrl: string, readers: number) {
  const path = `/v1/lists/${list.listId}`;
  const write = caller(writeUrl, list.writeToken);
  const read = caller(readUrl, list.readToken);
  let writing = true;
  // Each post adds a claim and rewrites the writer's previous one; every tenth deletes one.
  const writer = async (w: number): Promise<void> => {
    for (let i = 0; i < POSTS; i++) {
      const n = w * 1000 + i;
      const batch: Claim[] = [claim(n)];
      if (i > 0) {
        batch.push(
          claim(n - 1, {
            text: `rewritten ${i}`,
            updatedAt: `2025-07-21T10:00:${String(i).padStart(2, '0')}.000Z`,
          }),
        );
      }
      const res = await write(`${path}/claims`, {
        method: 'POST',
        body: JSON.stringify({ claims: batch }),
      });
      expect(res.status).toBe(200);
      if (i % 10 === 9) {
        const del = await write(`${path}/claims/${claim(n - 5).id}`, { method: 'DELETE' });
        expect(del.status).toBe(200);
      }
    }
  };

  const reader = async () => {
    const seen = new Map<string, Claim>();
    const cursors: number[] = [];
    let cursor = '0';
    let pollsWithChanges = 0;
    const poll = async (): Promise<void> => {
      const res = await read(`${path}?since=${cursor}`);
      expect(res.status).toBe(200);
      const delta = ClaimsListSchema.parse(await res.json());
      for (const c of delta.claims) seen.set(c.id, c);
      for (const id of delta.deleted) seen.delete(id);
      if (delta.claims.length + delta.deleted.length > 0) pollsWithChanges++;
      cursor = delta.cursor ?? cursor;
      cursors.push(Number(cursor));
    };
    while (writing) await poll();
    return { seen, cursors, pollsWithChanges, poll, cursor: () => cursor };
  };

  const readersDone = Promise.all(Array.from({ length: readers }, reader));
  await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
  writing = false;
  const results = await readersDone;

  const full = ClaimsListSchema.parse(await (await write(path)).json());
  // 250 claims added, 5 per writer deleted.
  expect(full.claims).toHaveLength(WRITERS * POSTS - WRITERS * (POSTS / 10));
  const fullById = new Map(full.claims.map((c) => [c.id, c]));
  expect(fullById.get(claim(3).id)?.text).toBe('rewritten 4');
  for (const r of results) {
    // A reader on another instance may see the last writes up to its cache's life late, never
    // not at all: poll until it reaches the final cursor.
    const deadline = Date.now() + 5000;
    do await r.poll();
    while (r.cursor() !== full.cursor && Date.now() < deadline);
    expect(r.cursor()).toBe(full.cursor);
    expect([...r.seen.keys()].sort()).toEqual([...fullById.keys()].sort());
    for (const [id, c] of r.seen) expect(c).toEqual(fullById.get(id));
    // The reader really raced the writers, and the cursor only went forward.
    expect(r.pollsWithChanges).toBeGreaterThan(1);
    expect(r.cursors).toEqual([...r.cursors].sort((a, b) => a - b));
  }
}

describe.each(BACKENDS)('concurrent writers on $name', (backend) => {
  let h: Harness;
  let other: RunningServer;
  beforeAll(async () => {
    h = await start(backend);
    // A second instance on the same database: its read caches are not cleared by the writes,
    // which go through the first, as with instances behind a load balancer.
    other = await startServer({ db: h.db, rateLimit: { perSecond: 100_000, burst: 100_000 } });
  }, 60_000);
  afterAll(async () => {
    await other.close();
    await h.stop();
  });

  it('a reader following since misses no addition, update or deletion', async () => {
    await race(h.list, h.server.url, h.server.url, 1);
  }, 120_000);

  it('readers sharing reads on another instance miss nothing either', async () => {
    const list = await createList(h.db, 'Second');
    await race(list, h.server.url, other.url, 20);
  }, 120_000);
});
