import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createList } from '../../server/store';
import { BACKENDS, claim, post, start, type Harness } from './helpers';

// Paths a client may send as they are, without the normalising a browser's fetch does: dot
// segments, encoded slashes and dots, NUL. None reaches a file or another list.

/** GETs `path` exactly as written (fetch would resolve its dot segments first). */
function rawGet(
  url: string,
  path: string,
  token: string,
): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      { hostname, port, path, method: 'GET', headers: { Authorization: `Bearer ${token}` } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe.each(BACKENDS)('list server paths on $name', (backend) => {
  let h: Harness;
  beforeAll(async () => {
    h = await start(backend);
    expect((await post(h, [claim(1)])).status).toBe(200);
  }, 60_000);
  afterAll(() => h?.stop());

  it('serves no file and no list through dot segments or encoded separators', async () => {
    const id = h.list.listId;
    const paths = [
      '/../../../../etc/passwd',
      '/v1/../../package.json',
      '/v1/lists/../../../etc/passwd',
      '/v1/lists/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      `/v1/lists/%2e%2e%2f${id}`,
      `/v1/lists/${id}%2f..%2f${id}`,
      `/v1/lists/${id}%00`,
      '/%2e%2e/%2e%2e/package.json',
      '//etc/passwd',
    ];
    for (const path of paths) {
      const { status, body } = await rawGet(h.server.url, path, h.list.readToken);
      expect(status, path).toBeGreaterThanOrEqual(400);
      expect(status, path).toBeLessThan(500);
      expect(body, path).not.toMatch(/root:|"devDependencies"|c_0000000000000001/);
    }
    // Dot segments resolve as in any URL: to this list with its token, to no other list.
    const other = await createList(h.db, 'Other team');
    const own = await rawGet(h.server.url, `/v1/lists/x/../${id}`, h.list.readToken);
    expect(own.status).toBe(200);
    expect(own.body).toContain(claim(1).id);
    const elsewhere = await rawGet(
      h.server.url,
      `/v1/lists/${id}/../${other.listId}`,
      h.list.readToken,
    );
    expect(elsewhere.status).toBe(401);
  });
});
