import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ClaimsListSchema } from '../../lib/claims/claims-list';
import { openPglite } from '../../server/db';
import { startServer } from '../../server/http';
import { migrate } from '../../server/migrations';
import { BACKENDS, claim, post, start } from './helpers';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe.each(BACKENDS)('restart on $name', (backend) => {
  it('keeps lists, claims, tombstones and tokens when the server starts again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claims-server-'));
    dirs.push(dir);
    const first = await start(backend, { dataDir: dir });
    const path = `/v1/lists/${first.list.listId}`;
    await post(first, [claim(1), claim(2)]);
    await first.call(`${path}/claims/${claim(1).id}`, {
      method: 'DELETE',
      token: first.list.writeToken,
    });
    await first.stop();

    const db = await backend.open(dir);
    expect(await migrate(db)).toBe(0);
    const server = await startServer({ db });
    try {
      const res = await fetch(server.url + path, {
        headers: { Authorization: `Bearer ${first.list.readToken}` },
      });
      expect(res.status).toBe(200);
      const list = ClaimsListSchema.parse(await res.json());
      expect(list.claims.map((c) => c.id)).toEqual([claim(2).id]);
      const delta = ClaimsListSchema.parse(
        await (
          await fetch(`${server.url}${path}?since=1`, {
            headers: { Authorization: `Bearer ${first.list.writeToken}` },
          })
        ).json(),
      );
      expect(delta.deleted).toEqual([claim(1).id]);
    } finally {
      await server.close();
      await db.close();
    }
  }, 60_000);
});

describe('migrations', () => {
  it('create the schema once; a second run applies nothing', async () => {
    const db = await openPglite();
    try {
      expect(await migrate(db)).toBe(1);
      expect(await migrate(db)).toBe(0);
      const tables = await db.query<{ tablename: string }>(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
      );
      expect(tables.map((t) => t.tablename)).toEqual(['list_claims', 'lists', 'schema_migrations']);
    } finally {
      await db.close();
    }
  }, 60_000);
});
