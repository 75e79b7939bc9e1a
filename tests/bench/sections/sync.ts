/**
 * Team-list sync in the real extension: a fresh profile follows a 100,000-claim list on the list
 * server (127.0.0.1, embedded PostgreSQL), then syncs 100 changes on top of it, then syncs an
 * unchanged list. Times are from the options page's message to the background's answer; memory is
 * the extension process's resident high-water mark (VmHWM, Linux), where the worker runs. Then
 * fresh profiles each follow a list file of 100,000, 150,000 and 200,000 claims, to show how the peak
 * grows with the list.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Page } from 'playwright-core';
import type { Claim } from '../../../lib/claims/claim';
import { extractMentions } from '../../../lib/extract/index';
import { launchWithExtension } from '../../e2e/support/extension';
import { syntheticClaims } from '../../e2e/support/fill';
import {
  claimsListFile,
  startListServer,
  type CreatedList,
  type ListServer,
} from '../../e2e/support/list-server';
import { loadSeeds } from '../seeds';
import { median, round } from '../stats';
import type { Row, Section, SectionResult } from '../types';

const CLAIMS = 100_000;
const CHANGES = 100;
const ROUNDS = 5;
const FULL_TARGET_MS = 10_000;
const INCREMENTAL_TARGET_MS = 200;
const POST_BATCH = 2000;
/** Peak RSS of the extension process during a full sync of 100,000 claims (issue 15). */
const PEAK_RSS_TARGET_MB = 250;
/** List sizes whose full syncs (as list files, each in a fresh profile) are compared. */
const FILE_SIZES = [100_000, 150_000, 200_000];

/** Kilobytes of a /proc status field of a process, or null. */
function procKb(pid: number, field: 'VmHWM' | 'VmRSS'): number | null {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(
      readFileSync(`/proc/${pid}/status`, 'utf8'),
    );
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** Whether process `pid` descends from this one (the browser this bench started). */
function ours(pid: number): boolean {
  for (let p = pid, depth = 0; p > 1 && depth < 20; depth++) {
    if (p === process.pid) return true;
    try {
      p = Number(/^PPid:\s+(\d+)/m.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      return false;
    }
  }
  return false;
}

/**
 * The pids of the extension renderer processes (where the service worker runs) of the browser
 * this bench started: other browsers on the machine have theirs too.
 */
function extensionPids(): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmd.includes('--extension-process') && ours(Number(entry))) pids.push(Number(entry));
    } catch {
      // The process ended meanwhile.
    }
  }
  return pids;
}

/**
 * A fresh profile follows a list file of `claims`, served from 127.0.0.1: the sync's answer,
 * time, and the extension process's memory before and at its peak, in MB.
 */
async function fileSync(claims: readonly Claim[]): Promise<{
  ms: number;
  status: string;
  held: unknown;
  beforeMb: number;
  peakMb: number;
  bytes: number;
}> {
  const body = Buffer.from(JSON.stringify(claimsListFile('bench-file', 'Bench file', claims)));
  const server = createServer((_req, res) => {
    res.writeHead(200, {
      'Content-Type': 'application/json',
      'Cache-Control': 'no-store',
      ETag: '"bench"',
      'Access-Control-Allow-Origin': '*',
    });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const ext = await launchWithExtension();
  try {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const pids = extensionPids();
    const beforeMb = Math.max(...pids.map((p) => procKb(p, 'VmRSS') ?? 0)) / 1024;
    const url = `http://127.0.0.1:${port}/list.json`;
    const sync = await ask(page, { type: 'add-list', url, token: null });
    const peakMb = Math.max(...pids.map((p) => procKb(p, 'VmHWM') ?? 0)) / 1024;
    const held = (sync.answer as { list?: { claimCount?: number } }).list?.claimCount;
    return {
      ms: sync.ms,
      status: statusOf(sync.answer),
      held,
      beforeMb,
      peakMb,
      bytes: body.length,
    };
  } finally {
    await ext.close();
    server.close();
  }
}

/** Sends a message to the background from an extension page and returns its answer. */
function ask(page: Page, message: unknown): Promise<{ ms: number; answer: unknown }> {
  return page.evaluate(async (m) => {
    const t0 = performance.now();
    const { chrome } = globalThis as unknown as {
      chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
    };
    const answer = await chrome.runtime.sendMessage(m);
    return { ms: performance.now() - t0, answer };
  }, message);
}

/**
 * Whether the list is still being copied into the claims table, and how many claims that
 * table holds; after `waitMs` when given.
 */
async function indexedCount(
  page: Page,
  waitMs = 0,
): Promise<{ indexing: boolean; claims: number }> {
  if (waitMs) await page.waitForTimeout(waitMs);
  const { answer } = await ask(page, { type: 'list-status' });
  const lists = (answer as { lists?: { indexing?: unknown }[] }).lists ?? [];
  const { answer: counted } = await ask(page, { type: 'count-claims', filter: {} });
  return {
    indexing: lists.some((l) => l.indexing),
    claims: (counted as { total?: number }).total ?? -1,
  };
}

function statusOf(answer: unknown): string {
  const a = answer as {
    type?: string;
    sync?: { status?: string };
    results?: { status?: string }[];
    error?: string;
  };
  return a.type === 'error'
    ? `error: ${a.error}`
    : (a.sync?.status ?? a.results?.[0]?.status ?? '?');
}

async function fill(server: ListServer, list: CreatedList, claims: readonly Claim[]) {
  for (let i = 0; i < claims.length; i += POST_BATCH)
    await server.postClaims(list, claims.slice(i, i + POST_BATCH));
}

async function run(): Promise<SectionResult> {
  const rows: Row[] = [];
  const json: Record<string, unknown> = {};
  const mentions = loadSeeds().flatMap((s) =>
    extractMentions(s.text, { published: s.published }).map(
      ({ start, end, ...m }) => (void start, void end, m),
    ),
  );
  const server = await startListServer();
  const ext = await launchWithExtension();
  try {
    const list = await server.createList('Bench desk');
    const claims = syntheticClaims(mentions, CLAIMS, 0, '2025-07-20T10:00:00.000Z');
    await fill(server, list, claims);
    const doc = await fetch(list.url, { headers: { Authorization: `Bearer ${list.readToken}` } });
    const bytes = (await doc.arrayBuffer()).byteLength;
    rows.push({ measure: 'list document', value: `${round(bytes / 1e6, 1)} MB, ${CLAIMS} claims` });

    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const pids = extensionPids();
    const rssBefore = Math.max(...pids.map((p) => procKb(p, 'VmRSS') ?? 0));
    const full = await ask(page, { type: 'add-list', url: list.url, token: list.readToken });
    const count = (full.answer as { list?: { claimCount?: number } }).list?.claimCount;
    const hwm = Math.max(...pids.map((p) => procKb(p, 'VmHWM') ?? 0));
    rows.push({
      measure: `full sync, ${CLAIMS} claims (${statusOf(full.answer)}, ${count ?? '?'} held)`,
      value: `${round(full.ms / 1000, 2)} s`,
      target: `< ${FULL_TARGET_MS / 1000} s`,
      ok: full.ms < FULL_TARGET_MS && count === CLAIMS,
    });
    rows.push({
      measure: 'extension process peak RSS (VmHWM; before the sync)',
      value: `${round(hwm / 1024, 0)} MB (${round(rssBefore / 1024, 0)} MB)`,
      target: `≤ ${PEAK_RSS_TARGET_MB} MB`,
      ok: hwm / 1024 <= PEAK_RSS_TARGET_MB,
    });
    json.documentBytes = bytes;
    json.fullSyncMs = round(full.ms, 0);
    json.peakRssKb = hwm;

    // Verdicts read the list from the moment the sync answers; the claims browser's copy is
    // written after it, a batch at a time.
    const copyStart = performance.now();
    let indexed = await indexedCount(page);
    while (indexed.indexing) indexed = await indexedCount(page, 250);
    const copyMs = performance.now() - copyStart;
    rows.push({
      measure: `claims browser copy after the full sync (${indexed.claims} claims in the table)`,
      value: `${round((full.ms + copyMs) / 1000, 1)} s from the start`,
    });
    json.browserCopyMs = round(copyMs, 0);

    const listId = list.listId;
    const incremental: number[] = [];
    const incrementalCopied: number[] = [];
    let incStatus = '';
    for (let r = 0; r < ROUNDS; r++) {
      const at = new Date(Date.parse('2025-07-21T00:00:00Z') + r * 60_000).toISOString();
      const updated = claims
        .slice(r * CHANGES, r * CHANGES + CHANGES - 10)
        .map((c) => ({ ...c, updatedAt: at, value: { ...c.value } }));
      await server.postClaims(list, updated);
      for (const c of claims.slice(50_000 + r * 10, 50_000 + r * 10 + 10)) {
        const res = await fetch(`${list.url}/claims/${c.id}`, {
          method: 'DELETE',
          headers: { Authorization: `Bearer ${list.writeToken}` },
        });
        if (!res.ok) throw new Error(`delete: ${res.status}`);
      }
      const inc = await ask(page, { type: 'sync-lists', id: listId });
      incStatus = statusOf(inc.answer);
      incremental.push(inc.ms);
      // Each round starts once the claims browser has the last one's changes, as between two
      // real syncs minutes apart.
      const copyFrom = performance.now();
      while ((await indexedCount(page)).indexing) await page.waitForTimeout(5);
      incrementalCopied.push(inc.ms + performance.now() - copyFrom);
    }
    const incMs = median(incremental);
    rows.push({
      measure: `incremental sync, ${CHANGES - 10} updated + 10 deleted (${incStatus}), median of ${ROUNDS}`,
      value: `${round(incMs, 0)} ms`,
      target: `< ${INCREMENTAL_TARGET_MS} ms`,
      ok: incMs < INCREMENTAL_TARGET_MS && incStatus === 'updated',
    });
    rows.push({
      measure: `  … and in the claims browser too, median of ${ROUNDS}`,
      value: `${round(median(incrementalCopied), 0)} ms`,
    });
    json.incrementalMs = incremental.map((m) => round(m, 0));
    json.incrementalCopiedMs = incrementalCopied.map((m) => round(m, 0));

    const unchanged: number[] = [];
    let sameStatus = '';
    for (let r = 0; r < 10; r++) {
      const same = await ask(page, { type: 'sync-lists', id: listId });
      sameStatus = statusOf(same.answer);
      unchanged.push(same.ms);
    }
    rows.push({
      measure: `unchanged list (${sameStatus}), median of 10`,
      value: `${round(median(unchanged), 0)} ms`,
    });
    json.unchangedMs = unchanged.map((m) => round(m, 0));

    const removed = await ask(page, { type: 'remove-list', id: listId });
    const answer = removed.answer as { removed?: number; later?: number };
    rows.push({
      measure: `remove the list (${answer.removed ?? '?'} claims deleted at once, ${answer.later ?? '?'} later)`,
      value: `${round(removed.ms / 1000, 2)} s`,
    });
    const emptyFrom = performance.now();
    let left = await indexedCount(page);
    while (left.claims > 0) left = await indexedCount(page, 250);
    rows.push({
      measure: '  … and out of the claims browser',
      value: `${round((removed.ms + performance.now() - emptyFrom) / 1000, 1)} s`,
    });
    json.removeMs = round(removed.ms, 0);
  } finally {
    await ext.close();
    await server.close();
  }

  // The same full sync from a list file, each size in a fresh profile: does the peak grow?
  const files: Record<string, unknown> = {};
  for (const size of FILE_SIZES) {
    const claims = syntheticClaims(mentions, size, 0, '2025-07-20T10:00:00.000Z');
    const r = await fileSync(claims);
    rows.push({
      measure: `list file, ${size} claims (${round(r.bytes / 1e6, 1)} MB; ${r.status}, ${r.held ?? '?'} held): full sync, peak RSS (before)`,
      value: `${round(r.ms / 1000, 2)} s, ${round(r.peakMb, 0)} MB (${round(r.beforeMb, 0)} MB)`,
      target: `≤ ${PEAK_RSS_TARGET_MB} MB`,
      ok: r.peakMb <= PEAK_RSS_TARGET_MB && r.held === size,
    });
    files[size] = {
      bytes: r.bytes,
      ms: round(r.ms, 0),
      peakMb: round(r.peakMb, 0),
      beforeMb: round(r.beforeMb, 0),
    };
  }
  json.files = files;
  return { rows, json };
}

/** The `sync` section of `npm run bench`. */
export const syncTimings: Section = { name: 'sync', run };
