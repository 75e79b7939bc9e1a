import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { OtherSchema, VerdictSchema } from '../../../lib/claims/claim';
import { MentionSchema, SourceSchema } from '../../../lib/claims/mention';
import { checkDocuments, formatReport } from '../../../lib/cli/check-report';
import { readTextFile } from '../../../lib/cli/text-file';
import type { GoldArticle } from '../extract/score-helper';
import { GOLD_PATH, SEEDS_DIR } from '../../fixtures/articles';

/**
 * The `check` command (CLAIMS.md section 5): the seed acceptance as child processes (about a
 * second each, all started together), the rest in process.
 */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

interface ExpectedVerdict {
  about: string;
  files: string[];
  metric: string;
  place: string | null;
  date: string | null;
  verdict: string;
}

const gold = JSON.parse(readFileSync(GOLD_PATH, 'utf8')) as {
  articles: GoldArticle[];
  expectedVerdicts: ExpectedVerdict[];
};
const seedUrl = (file: string) => `https://seed.example/${file}`;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function check(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      'npm',
      ['run', '--silent', 'check', '--', ...args],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const runs: Record<string, Run> = {};
/** The seed copies with header lines, as given to the command. */
let seeds: string[] = [];
let dir = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'check-cli-'));
  seeds = gold.articles.map((a, i) => {
    const text = readFileSync(join(SEEDS_DIR, a.file), 'utf8');
    const path = join(dir, a.file);
    const header = `URL: ${seedUrl(a.file)}\nDate: ${a.published}\nOutlet: Seed ${i}\n---\n`;
    writeFileSync(path, header + text);
    return path;
  });
  // The first seed as it is, with no header lines: nothing says when it was published.
  const undated = join(dir, 'undated.txt');
  writeFileSync(undated, readFileSync(join(SEEDS_DIR, gold.articles[0]!.file), 'utf8'));
  const jobs: Record<string, Promise<Run>> = {
    json: check('--json', ...seeds),
    missing: check('--json', seeds[0]!, join(dir, 'missing.txt')),
    undated: check('--json', seeds[0]!, undated),
    report: check(...seeds),
  };
  for (const [k, job] of Object.entries(jobs)) runs[k] = await job;
}, 120_000);

interface CheckOutput {
  files: {
    file: string;
    source: unknown;
    mentions: (Record<string, unknown> & {
      verdict: string;
      agree: unknown[];
      disagree: unknown[];
    })[];
  }[];
}

describe('check command on the seed articles', () => {
  let out: CheckOutput;
  beforeAll(() => {
    const run = runs.json!;
    expect(run.code, run.stderr).toBe(0);
    out = JSON.parse(run.stdout) as CheckOutput;
  });

  it('prints one entry per file, in order, with valid sources, mentions and Others', () => {
    expect(out.files.map((f) => f.file)).toEqual(seeds);
    for (const [i, f] of out.files.entries()) {
      const a = gold.articles[i]!;
      expect(SourceSchema.parse(f.source)).toMatchObject({
        url: seedUrl(a.file),
        outlet: `Seed ${i}`,
        publishedAt: a.published,
      });
      expect(f.mentions.length).toBeGreaterThan(0);
      for (const m of f.mentions) {
        expect(MentionSchema.safeParse(m).error).toBeUndefined();
        expect(VerdictSchema.parse(m.verdict)).toBe(m.verdict);
        for (const o of [...m.agree, ...m.disagree]) {
          const other = OtherSchema.parse(o);
          expect(other.url).not.toBe(seedUrl(a.file));
        }
      }
    }
  });

  it.each(gold.expectedVerdicts.map((e) => [e.about, e] as const))('reports %s', (_about, e) => {
    for (const file of e.files) {
      const f = out.files.find((x) => basename(x.file) === file)!;
      const found = f.mentions
        .map((m) => ({ m, parsed: MentionSchema.parse(m) }))
        .filter(
          ({ parsed }) =>
            parsed.metric === e.metric &&
            (parsed.place?.code ?? null) === e.place &&
            parsed.date === e.date,
        );
      expect(found.length, `${file}: no ${e.metric} ${e.place} ${e.date}`).toBeGreaterThan(0);
      const others = e.files.filter((x) => x !== file).map(seedUrl);
      for (const { m } of found) {
        expect(m.verdict, `${file}: ${String(m.text)}`).toBe(e.verdict);
        const side = e.verdict === 'conflicting' ? m.disagree : m.agree;
        const urls = side.map((o) => OtherSchema.parse(o).url);
        for (const url of others) expect(urls).toContain(url);
      }
    }
  });

  it('prints a readable report without --json', () => {
    const run = runs.report!;
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`${seeds[0]} — Seed 0, ${gold.articles[0]!.published}`);
    expect(run.stdout).toMatch(/^ {4}(corroborated|conflicting|mixed|single-source)$/m);
    expect(run.stdout).toMatch(/^ {6}(agrees|disagrees): +\S.* — Seed \d/m);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(
      /^\d+ figures in 5 files: \d+ corroborated, \d+ conflicting, \d+ mixed, \d+ single-source$/,
    );
  });

  it('says nothing on stderr when every file is dated', () => {
    expect(runs.json!.stderr).toBe('');
  });

  it('warns on stderr about a file with no date, saying why and how to give one', () => {
    const run = runs.undated!;
    expect(run.code, run.stderr).toBe(0);
    const files = (JSON.parse(run.stdout) as CheckOutput).files;
    expect(files.map((f) => basename(f.file))).toEqual([gold.articles[0]!.file, 'undated.txt']);
    expect(run.stderr).toContain(`check: warning: ${join(dir, 'undated.txt')} has no date`);
    expect(run.stderr).toContain('cannot be matched');
    expect(run.stderr).toMatch(/^ +Date: YYYY-MM-DD$/m);
    expect(run.stderr).toMatch(/^ +---$/m);
    expect(run.stderr).not.toContain(seeds[0]!);
  });

  it('fails on a missing file with one line on stderr and nothing on stdout', () => {
    const run = runs.missing!;
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^check: cannot read [^\n]*missing\.txt: no such file\n$/);
  });
});

describe('checkDocuments', () => {
  const NOW = '2025-07-21T00:00:00Z';
  const ARTICLE = 'Russia said 132 Ukrainian drones were shot down overnight.';
  const MENTION = MentionSchema.parse({
    text: '132',
    quote: ARTICLE,
    metric: 'drones.downed',
    value: { n: 132, min: 132, max: 132, qualifier: 'exact' },
    attacker: 'UA',
    group: null,
    place: { name: 'Russia', code: 'RU', level: 'country' },
    date: '2025-07-20',
    attributedTo: 'Russian Defense Ministry',
  });
  const input = (file: string) => ({
    file,
    doc: readTextFile(ARTICLE, { published: '2025-07-20', url: null }),
    mentions: [MENTION],
  });

  it('keeps files without a URL apart by their file:// path', () => {
    const files = checkDocuments([input('a.txt'), input('b.txt')], NOW);
    expect(files.map((f) => f.source.url)).toEqual([null, null]);
    expect(files[0]!.mentions[0]!.verdict).toBe('corroborated');
    expect(files[0]!.mentions[0]!.agree.map((o) => o.url)).toEqual([
      pathToFileURL(join(process.cwd(), 'b.txt')).href,
    ]);
  });

  it('never checks a file against itself, even when given twice', () => {
    const files = checkDocuments([input('a.txt'), input('a.txt')], NOW);
    expect(files.map((f) => f.mentions[0]!.verdict)).toEqual(['single-source', 'single-source']);
    expect(formatReport(files)).toMatch(
      /^2 figures in 2 files: 0 corroborated, .*2 single-source$/m,
    );
  });
});
