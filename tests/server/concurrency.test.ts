import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim } from '../../lib/claims/claim';
import { ClaimsListSchema } from '../../lib/claims/claims-list';
import { BACKENDS, claim, post, start, type Harness } from './helpers';

const WRITERS = 5;
const POSTS = 50;

describe.each(BACKENDS)('concurrent writers on $name', (backend) => {
  let h: Harness;
  beforeAll(async () => {
    h = await start(backend);
  }, 60_000);
  afterAll(() => h.stop());

  it('a reader following since misses no addition, update or deletion', async () => {
    const path = `/v1/lists/${h.list.listId}`;
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
        const res = await post(h, batch);
        expect(res.status).toBe(200);
        if (i % 10 === 9) {
          const del = await h.call(`${path}/claims/${claim(n - 5).id}`, {
            method: 'DELETE',
            token: h.list.writeToken,
          });
          expect(del.status).toBe(200);
        }
      }
    };

    const seen = new Map<string, Claim>();
    const cursors: number[] = [];
    let cursor = '0';
    let pollsWithChanges = 0;
    const poll = async (): Promise<void> => {
      const res = await h.call(`${path}?since=${cursor}`);
      expect(res.status).toBe(200);
      const delta = ClaimsListSchema.parse(await res.json());
      for (const c of delta.claims) seen.set(c.id, c);
      for (const id of delta.deleted) seen.delete(id);
      if (delta.claims.length + delta.deleted.length > 0) pollsWithChanges++;
      cursor = delta.cursor ?? cursor;
      cursors.push(Number(cursor));
    };
    const reader = async (): Promise<void> => {
      while (writing) await poll();
      await poll();
    };

    const readerDone = reader();
    await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
    writing = false;
    await readerDone;

    const full = ClaimsListSchema.parse(await (await h.call(path)).json());
    // 250 claims added, 5 per writer deleted.
    expect(full.claims).toHaveLength(WRITERS * POSTS - WRITERS * (POSTS / 10));
    const fullById = new Map(full.claims.map((c) => [c.id, c]));
    expect([...seen.keys()].sort()).toEqual([...fullById.keys()].sort());
    for (const [id, c] of seen) expect(c).toEqual(fullById.get(id));
    expect(fullById.get(claim(3).id)?.text).toBe('rewritten 4');
    // The reader really raced the writers, and the cursor only went forward.
    expect(pollsWithChanges).toBeGreaterThan(1);
    expect(cursors).toEqual([...cursors].sort((a, b) => a - b));
    expect(full.cursor).toBe(cursor);
  }, 120_000);
});
