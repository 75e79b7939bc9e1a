/**
 * The list server under load: the server runs in a child process (embedded PostgreSQL, and a
 * PostgreSQL server when TEST_DATABASE_URL or DATABASE_URL is set), a list is loaded, and 200
 * readers in this process poll `since` on loopback for ~10 s, each every POLL_MS (as an extension
 * polls, not back to back), while one writer adds a claim every 100 ms. Reports requests per
 * second and latency percentiles; each reader's first request (connection set-up) is not counted.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Claim } from '../../../lib/claims/claim';
import { claim } from '../../server/helpers';
import { round } from '../stats';
import type { Row, Section, SectionResult } from '../types';

const READERS = 200;
const SECONDS = 10;
const LOADED = 1000;
const P99_TARGET_MS = 50;
/** Pause between one reader's polls: 200 readers offer about 1,000 requests/s. */
const POLL_MS = 200;

interface Backend {
  name: string;
  env: Record<string, string>;
}

/** Starts `npm run server` in a child process and resolves with its URL once it listens. */
function startChild(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn('npx', ['tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      ...env,
      PORT: '0',
      RATE_LIMIT_PER_SECOND: '1000000',
      RATE_LIMIT_BURST: '1000000',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const m = /"listening":"([^"]+)"/.exec(line);
      if (m) resolve({ child, url: m[1]! });
    });
  });
}

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}

async function measure(
  backend: Backend,
): Promise<{ rps: number; p50: number; p99: number; errors: number }> {
  const created = execFileSync('npx', ['tsx', 'server/main.ts', 'create-list', '--name', 'Bench'], {
    env: { ...process.env, ...backend.env },
    encoding: 'utf8',
  });
  const list = JSON.parse(created.trim().split('\n').pop() ?? '') as {
    listId: string;
    readToken: string;
    writeToken: string;
  };
  const { child, url } = await startChild(backend.env);
  try {
    const base = `${url}/v1/lists/${list.listId}`;
    const write = (claims: Claim[]): Promise<Response> =>
      fetch(`${base}/claims`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${list.writeToken}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ claims }),
      });
    for (let i = 0; i < LOADED; i += 500) {
      await write(Array.from({ length: 500 }, (_, k) => claim(i + k + 1)));
    }
    const latencies: number[] = [];
    let errors = 0;
    const agent = new Agent({ keepAlive: true, maxSockets: READERS + 8 });
    const get = (
      path: string,
      etag: string,
    ): Promise<{ status: number; etag: string; body: string }> =>
      new Promise((resolve, reject) => {
        const req = request(
          `${base}${path}`,
          { agent, headers: { Authorization: `Bearer ${list.readToken}`, 'If-None-Match': etag } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () =>
              resolve({
                status: res.statusCode ?? 0,
                etag: String(res.headers.etag ?? ''),
                body: Buffer.concat(chunks).toString('utf8'),
              }),
            );
          },
        );
        req.on('error', reject);
        req.end();
      });
    const until = performance.now() + SECONDS * 1000;
    const reader = async (_: unknown, index: number): Promise<void> => {
      let cursor = String(LOADED / 500 - 1);
      let etag = '';
      let first = true;
      // Spread the readers' phases over one interval, as independent clients would be.
      await new Promise((r) => setTimeout(r, (index * POLL_MS) / READERS));
      while (performance.now() < until) {
        const t0 = performance.now();
        const res = await get(`?since=${cursor}`, etag);
        if (!first) latencies.push(performance.now() - t0);
        first = false;
        if (res.status === 200) {
          cursor = (JSON.parse(res.body) as { cursor: string }).cursor;
          etag = res.etag;
        } else if (res.status !== 304) errors++;
        await new Promise((r) => setTimeout(r, POLL_MS));
      }
    };
    const writer = async (): Promise<void> => {
      for (let n = LOADED + 1; performance.now() < until; n++) {
        await write([claim(n)]);
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    const started = performance.now();
    await Promise.all([writer(), ...Array.from({ length: READERS }, reader)]);
    agent.destroy();
    const elapsed = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    return {
      rps: latencies.length / elapsed,
      p50: percentile(latencies, 0.5),
      p99: percentile(latencies, 0.99),
      errors,
    };
  } finally {
    child.kill('SIGTERM');
  }
}

/** 200 readers polling `since` against the list server, embedded and on PostgreSQL. */
export const serverLoad: Section = {
  name: 'server',
  async run(): Promise<SectionResult> {
    const dir = mkdtempSync(join(tmpdir(), 'claims-server-bench-'));
    const pgUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
    const backends: Backend[] = [
      { name: 'embedded', env: { DATA_DIR: dir, DATABASE_URL: '' } },
      ...(pgUrl ? [{ name: 'postgres', env: { DATABASE_URL: pgUrl } }] : []),
    ];
    const rows: Row[] = [];
    const json: Record<string, unknown> = { readers: READERS, seconds: SECONDS, pollMs: POLL_MS };
    try {
      for (const backend of backends) {
        const r = await measure(backend);
        json[backend.name] = {
          rps: round(r.rps, 0),
          p50Ms: round(r.p50, 2),
          p99Ms: round(r.p99, 2),
          errors: r.errors,
        };
        rows.push(
          {
            measure: `${backend.name}: requests/s (${READERS} readers polling since every ${POLL_MS} ms)`,
            value: `${Math.round(r.rps)}`,
          },
          { measure: `${backend.name}: p50 latency`, value: `${r.p50.toFixed(1)} ms` },
          {
            measure: `${backend.name}: p99 latency`,
            value: `${r.p99.toFixed(1)} ms`,
            target: `< ${P99_TARGET_MS} ms`,
            ok: r.p99 < P99_TARGET_MS && r.errors === 0,
          },
        );
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return { rows, json };
  },
};
