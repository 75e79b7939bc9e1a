import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ClaimsListSchema } from '../../lib/claims/claims-list';
import { createBenchList, startServerChild, type ServerChild } from '../bench/server-child';
import { claim } from './helpers';

// The list server as its own process on its embedded database, killed with SIGKILL while a share
// is being written: what it had stored is all there when it starts again, and the share that was
// cut off is there whole or not at all.

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function readList(server: ServerChild, listId: string, token: string) {
  const res = await fetch(`${server.url}/v1/lists/${listId}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(res.status).toBe(200);
  return ClaimsListSchema.parse(await res.json());
}

/**
 * Sends a share of `claims` and resolves once the whole body has left this process, without
 * waiting for the answer (the server is then reading or writing it).
 */
function sendWithoutWaiting(url: string, token: string, body: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
        'Content-Length': Buffer.byteLength(body),
      },
    });
    req.on('error', () => undefined); // the server dies under it: that is the point
    req.write(body, (error) => (error ? reject(error) : resolve()));
  });
}

describe('the list server killed mid-write', () => {
  it('loses nothing it stored, and keeps a cut-off share whole or not at all', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claims-kill-'));
    dirs.push(dir);
    const env = { DATA_DIR: dir };
    const list = createBenchList(env);
    const path = `/v1/lists/${list.listId}/claims`;

    const first = await startServerChild(env);
    const stored = Array.from({ length: 50 }, (_, i) => claim(i + 1));
    const ok = await fetch(first.url + path, {
      method: 'POST',
      headers: { Authorization: `Bearer ${list.writeToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ claims: stored }),
    });
    expect(ok.status).toBe(200);
    // A big share, killed once its body is on the wire.
    const cut = Array.from({ length: 2000 }, (_, i) => claim(1000 + i));
    await sendWithoutWaiting(first.url + path, list.writeToken, JSON.stringify({ claims: cut }));
    await first.kill();

    const second = await startServerChild(env);
    try {
      const ids = new Set(
        (await readList(second, list.listId, list.readToken)).claims.map((c) => c.id),
      );
      for (const c of stored) expect(ids.has(c.id), c.id).toBe(true);
      const arrived = cut.filter((c) => ids.has(c.id)).length;
      expect([0, cut.length]).toContain(arrived);
      expect(ids.size).toBe(stored.length + arrived);
    } finally {
      await second.stop();
    }
  }, 120_000);
});
