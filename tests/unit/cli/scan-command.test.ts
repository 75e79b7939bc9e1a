import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { MentionSchema, SourceSchema } from '../../../lib/claims/mention';
import { CORE, type GoldArticle } from '../extract/score-helper';
import { GOLD_PATH, SEEDS_DIR } from '../../fixtures/articles';

/**
 * The `scan` command as a child process (CLAIMS.md section 5). Each run costs about a second, so
 * all of them start together before the tests.
 */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PAGE = 'tests/fixtures/pages/000-abn-news.html';
const gold = JSON.parse(readFileSync(GOLD_PATH, 'utf8')) as { articles: GoldArticle[] };
const SEED = gold.articles[0]!;
const SEED_FILE = join(SEEDS_DIR, SEED.file);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function scan(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      'npm',
      ['run', '--silent', 'scan', '--', ...args],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const runs: Record<string, Run> = {};

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'scan-cli-'));
  const jobs: Record<string, Promise<Run>> = {
    seed: scan(
      '--json',
      '--published',
      SEED.published,
      '--url',
      'https://seed.example/a',
      SEED_FILE,
    ),
    page: scan('--json', PAGE),
    missing: scan('--json', join(dir, 'missing.txt')),
    directory: scan('--json', dir),
    table: scan(SEED_FILE),
  };
  for (const [k, job] of Object.entries(jobs)) runs[k] = await job;
}, 120_000);

function json(run: Run): { source: unknown; mentions: unknown[] } {
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as { source: unknown; mentions: unknown[] };
}

const key = (m: { metric: string; value: { n: number } }) => `${m.metric} ${m.value.n}`;

describe('scan command', () => {
  it('prints only JSON for a .txt file, with --url and --published in the source', () => {
    const out = json(runs.seed!);
    expect(SourceSchema.parse(out.source)).toEqual({
      url: 'https://seed.example/a',
      outlet: 'seed.example',
      title: null,
      publishedAt: SEED.published,
    });
    expect(out.mentions.length).toBeGreaterThan(0);
    for (const m of out.mentions) expect(MentionSchema.safeParse(m).error).toBeUndefined();
  });

  it('reads an .html page like the content script and finds its gold figures', () => {
    const out = json(runs.page!);
    expect(out.source).toEqual({
      url: 'https://abnnews.example/International/russia-drones-downed-moscow-region-kyiv-proposes-talks/story?id=123845672',
      outlet: 'ABN News',
      title: 'Russia says drones downed over Moscow region as Kyiv proposes new talks',
      publishedAt: '2025-07-20T21:12:00-04:00',
    });
    const found = out.mentions
      .map((m) => MentionSchema.parse(m))
      .filter((m) => CORE.test(m.metric))
      .map(key);
    const left = [...found];
    for (const g of SEED.figures.filter((f) => !f.optional)) {
      const i = left.indexOf(`${g.metric} ${g.n}`);
      expect(i, `missing ${g.metric} ${g.n}`).toBeGreaterThanOrEqual(0);
      left.splice(i, 1);
    }
    const optional = SEED.figures.filter((f) => f.optional).map((f) => `${f.metric} ${f.n}`);
    for (const k of left) {
      const i = optional.indexOf(k);
      expect(i, `extra ${k}`).toBeGreaterThanOrEqual(0);
      optional.splice(i, 1);
    }
  });

  it.each(['missing', 'directory'])('fails on a %s file with one line on stderr', (k) => {
    const run = runs[k]!;
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^scan: cannot read [^\n]+\n$/);
  });

  it('prints a readable table without --json', () => {
    const run = runs.table!;
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('(untitled) — unknown outlet, undated');
    expect(lines).toContainEqual(
      expect.stringMatching(/^figure\s+metric\s+interval\s+attacker\s+place\s+date/),
    );
    expect(run.stdout).toMatch(/^at least 26\s+drones\.downed\s+26–…/m);
    expect(lines.at(-1)).toMatch(/^\d+ figures$/);
  });
});
