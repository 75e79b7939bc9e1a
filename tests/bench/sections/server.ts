/**
 * The list server under load: the server runs in a child process (embedded PostgreSQL, and a
 * PostgreSQL server when TEST_DATABASE_URL or DATABASE_URL is set), a list is loaded, and 200
 * readers in this process poll `since` on loopback for ~10 s, each every POLL_MS (as an extension
 * polls, not back to back), while one writer adds a claim every 100 ms. Reports requests per
 * second and latency percentiles of the steady state: the first WARMUP_SECONDS (connection set-up,
 * the JIT compiling the request path in both processes) are reported on their own line. Measured
 * with every request's start time, all of the p99 tail of a run without warm-up fell in its first
 * 0.6 s, which is a freshly started instance, not a server under load.
 */
import { Agent, request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Claim } from '../../../lib/claims/claim';
import { claim } from '../../server/helpers';
import { createBenchList, startServerChild } from '../server-child';
import { round } from '../stats';
import type { Row, Section, SectionResult } from '../types';

const READERS = 200;
const SECONDS = 10;
/** Polling before the measured SECONDS, reported apart. */
const WARMUP_SECONDS = 2;
const LOADED = 1000;
const P99_TARGET_MS = 50;
/** Pause between one reader's polls: 200 readers offer about 1,000 requests/s. */
const POLL_MS = 200;

interface Backend {
  name: string;
  env: Record<string, string>;
}

interface Measured {
  rps: number;
  p50: number;
  p99: number;
  /** p99 of the warm-up, ms. */
  warmupP99: number;
  errors: number;
  /** CPU used by the server and by this (client) process, as % of one core. */
  serverCpu: number;
  clientCpu: number;
  /** The client's own event-loop delay p99, ms: how much of a latency is the client queueing. */
  clientLagP99: number;
}

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}

async function measure(backend: Backend): Promise<Measured> {
  const list = createBenchList(backend.env);
  const server = await startServerChild(backend.env);
  const { url } = server;
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
    const warmup: number[] = [];
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
    const measuredFrom = performance.now() + WARMUP_SECONDS * 1000;
    const until = measuredFrom + SECONDS * 1000;
    const reader = async (_: unknown, index: number): Promise<void> => {
      let cursor = String(LOADED / 500 - 1);
      let etag = '';
      // Spread the readers' phases over one interval, as independent clients would be.
      await new Promise((r) => setTimeout(r, (index * POLL_MS) / READERS));
      while (performance.now() < until) {
        const t0 = performance.now();
        const res = await get(`?since=${cursor}`, etag);
        (t0 < measuredFrom ? warmup : latencies).push(performance.now() - t0);
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
    const lag = monitorEventLoopDelay({ resolution: 10 });
    const running = Promise.all([writer(), ...Array.from({ length: READERS }, reader)]);
    await new Promise((r) => setTimeout(r, measuredFrom - performance.now()));
    lag.enable();
    const serverCpu0 = server.cpuMs();
    const clientCpu0 = process.cpuUsage();
    const started = performance.now();
    await running;
    const wall = performance.now() - started;
    const clientCpu = process.cpuUsage(clientCpu0);
    const serverCpu = server.cpuMs() - serverCpu0;
    lag.disable();
    agent.destroy();
    latencies.sort((a, b) => a - b);
    warmup.sort((a, b) => a - b);
    return {
      rps: latencies.length / (wall / 1000),
      p50: percentile(latencies, 0.5),
      p99: percentile(latencies, 0.99),
      warmupP99: percentile(warmup, 0.99),
      errors,
      serverCpu: (100 * serverCpu) / wall,
      clientCpu: (100 * (clientCpu.user + clientCpu.system)) / 1000 / wall,
      clientLagP99: lag.percentile(99) / 1e6,
    };
  } finally {
    await server.stop();
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
    const json: Record<string, unknown> = {
      readers: READERS,
      seconds: SECONDS,
      warmupSeconds: WARMUP_SECONDS,
      pollMs: POLL_MS,
    };
    try {
      for (const backend of backends) {
        const r = await measure(backend);
        json[backend.name] = {
          rps: round(r.rps, 0),
          p50Ms: round(r.p50, 2),
          p99Ms: round(r.p99, 2),
          warmupP99Ms: round(r.warmupP99, 2),
          errors: r.errors,
          serverCpuPct: round(r.serverCpu, 0),
          clientCpuPct: round(r.clientCpu, 0),
          clientLagP99Ms: round(r.clientLagP99, 1),
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
          {
            measure: `${backend.name}: p99 latency of the first ${WARMUP_SECONDS} s (warm-up, not counted above)`,
            value: `${r.warmupP99.toFixed(1)} ms`,
          },
          {
            measure: `${backend.name}: CPU, server / client process (% of one core)`,
            value: `${Math.round(r.serverCpu)} / ${Math.round(r.clientCpu)}`,
          },
          {
            measure: `${backend.name}: client event-loop delay p99`,
            value: `${r.clientLagP99.toFixed(1)} ms`,
          },
        );
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return { rows, json };
  },
};
