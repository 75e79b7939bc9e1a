/**
 * An in-memory list server for the sync tests, speaking the API of issue 5: GET a list (whole, or
 * `?since=` a cursor) with ETag and 304, POST claims with the write token, tombstones, and
 * `{ error }` answers. Static files can be served too. Faults are injected per request.
 *
 * @module
 */
import type { Claim } from '../../../lib/claims/claim';
import type { Fetch } from '../../../lib/sync/http';

export const ORIGIN = 'https://lists.example';

interface ServerList {
  name: string;
  readToken: string;
  writeToken: string;
  /** Claims by id, each with the sequence number of its last change. */
  claims: Map<string, { claim: Claim; seq: number }>;
  tombstones: Map<string, number>;
  seq: number;
  updatedAt: string;
}

/** A fault for the next request: a status with a body, a network failure, or no answer. */
export type Fault =
  | { kind: 'status'; status: number; body: string }
  | { kind: 'network' }
  | { kind: 'hang' }
  | { kind: 'body'; body: string };

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

/** The fake server. */
export class FakeListServer {
  readonly lists = new Map<string, ServerList>();
  readonly files = new Map<string, { body: string; etag: string }>();
  /** Every request made, in order. */
  readonly requests: { method: string; url: string; headers: Headers }[] = [];
  private faults: Fault[] = [];
  /** Claims no POST can store: the whole POST fails with a 500, as a database error would. */
  private readonly unstorable = new Set<string>();
  private clock = Date.parse('2025-07-20T10:00:00Z');

  /** Creates a list; returns its URL and tokens. */
  createList(id: string, name: string): { url: string; readToken: string; writeToken: string } {
    const list: ServerList = {
      name,
      readToken: `read-${id}`,
      writeToken: `write-${id}`,
      claims: new Map(),
      tombstones: new Map(),
      seq: 0,
      updatedAt: this.tick(),
    };
    this.lists.set(id, list);
    return {
      url: `${ORIGIN}/v1/lists/${id}`,
      readToken: list.readToken,
      writeToken: list.writeToken,
    };
  }

  /** Adds or updates claims in a list, as a writer would. */
  put(id: string, claims: readonly Claim[]): void {
    const list = this.list(id);
    for (const claim of claims) {
      list.claims.set(claim.id, { claim, seq: ++list.seq });
      list.tombstones.delete(claim.id);
    }
    list.updatedAt = this.tick();
  }

  /** Deletes a claim, leaving a tombstone. */
  remove(id: string, claimId: string): void {
    const list = this.list(id);
    list.claims.delete(claimId);
    list.tombstones.set(claimId, ++list.seq);
    list.updatedAt = this.tick();
  }

  /** Makes every POST that holds this claim fail with a 500. */
  refuseToStore(claimId: string): void {
    this.unstorable.add(claimId);
  }

  /** Makes the next request fail as `fault` says. */
  failNext(fault: Fault): void {
    this.faults.push(fault);
  }

  /** The `fetch` to give the code under test. */
  readonly fetch: Fetch = async (input, init) => {
    const url = new URL(input);
    const headers = new Headers(init.headers);
    const method = init.method ?? 'GET';
    this.requests.push({ method, url: input, headers });
    const fault = this.faults.shift();
    if (fault?.kind === 'network') throw new TypeError('Failed to fetch');
    if (fault?.kind === 'hang') return this.hang(init.signal);
    if (fault?.kind === 'status') return new Response(fault.body, { status: fault.status });
    if (fault?.kind === 'body') return new Response(fault.body, { status: 200 });
    const file = this.files.get(input);
    if (file) {
      if (headers.get('If-None-Match') === file.etag) return new Response(null, { status: 304 });
      return new Response(file.body, { status: 200, headers: { ETag: file.etag } });
    }
    const match = /^\/v1\/lists\/([^/]+)(\/claims)?$/.exec(url.pathname);
    const list = match?.[1] ? this.lists.get(match[1]) : undefined;
    if (!match?.[1] || !list) return json(404, { error: 'no such list' });
    const token = headers.get('Authorization')?.replace(/^Bearer /, '');
    if (token !== list.readToken && token !== list.writeToken)
      return json(401, { error: 'missing or wrong token' });
    if (method === 'GET' && !match[2]) {
      const answer = this.get(match[1], list, url, headers);
      answer.headers.set('X-List-Access', token === list.writeToken ? 'write' : 'read');
      return answer;
    }
    if (method === 'POST' && match[2]) {
      if (token !== list.writeToken) return json(403, { error: 'this token cannot write' });
      const body = JSON.parse(String(init.body)) as { claims: Claim[] };
      if (body.claims.some((c) => this.unstorable.has(c.id)))
        return json(500, { error: 'internal error' });
      this.put(match[1], body.claims);
      return json(200, { stored: body.claims.length });
    }
    return json(405, { error: 'method not allowed' });
  };

  private get(id: string, list: ServerList, url: URL, headers: Headers): Response {
    const etag = `"${id}-${list.seq}"`;
    if (headers.get('If-None-Match') === etag) return new Response(null, { status: 304 });
    const since = url.searchParams.get('since');
    const after = since === null ? -1 : Number(since);
    const claims = [...list.claims.values()].filter((c) => c.seq > after).map((c) => c.claim);
    const deleted =
      since === null ? [] : [...list.tombstones].filter(([, s]) => s > after).map(([k]) => k);
    const doc = {
      format: 'claims-list/1',
      id,
      name: list.name,
      updatedAt: list.updatedAt,
      cursor: String(list.seq),
      claims,
      deleted,
    };
    return json(200, doc, { ETag: etag });
  }

  private list(id: string): ServerList {
    const list = this.lists.get(id);
    if (!list) throw new Error(`no list ${id}`);
    return list;
  }

  private tick(): string {
    this.clock += 60_000;
    return new Date(this.clock).toISOString();
  }

  private hang(signal: AbortSignal | null | undefined): Promise<Response> {
    return new Promise((_, reject) => {
      signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    });
  }
}
