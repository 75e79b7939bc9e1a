/**
 * The `check` command's work, apart from the process: put every file's figures into one claims
 * list, check each figure against it, and format the result (CLAIMS.md section 5).
 *
 * @module
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Explanation, Other, Verdict } from '../claims/claim';
import { claimFromMention } from '../claims/claim-id';
import { formatValue } from '../claims/interval';
import type { Mention, Source, Value } from '../claims/mention';
import { ClaimStore } from '../claims/store';
import { checkMention } from '../claims/verdict';
import type { Document } from './text-file';

/** One file to check, named as given on the command line. */
export interface CheckInput {
  file: string;
  doc: Document;
  mentions: Mention[];
}

/**
 * A figure with its verdict, the other sources' figures for the same event, and the differences
 * the news explains (CLAIMS.md sections 2.1 and 5).
 */
export type CheckedMention = Mention & {
  verdict: Verdict;
  agree: Other[];
  disagree: Other[];
  explained: {
    kind: Explanation['kind'];
    value: Value;
    source: Explanation['source'];
    because: string;
  }[];
};

/** One file of the `check` output. */
export interface CheckedFile {
  file: string;
  source: Source;
  mentions: CheckedMention[];
}

/**
 * The URL a file's figures are recorded under: its own URL, or for a file without one `file://`
 * and its absolute path, so that files stay distinct sources.
 */
export function claimUrlOf(file: string, source: Source): string {
  return source.url ?? pathToFileURL(resolve(file)).href;
}

/**
 * Records every figure of every input as an `imported` claim in one in-memory list, then checks
 * each figure against the others with the extension's own {@link checkMention}.
 */
export function checkDocuments(inputs: readonly CheckInput[], now: string): CheckedFile[] {
  const store = new ClaimStore();
  const pages = inputs.map((input) => ({
    ...input,
    page: { ...input.doc.source, url: claimUrlOf(input.file, input.doc.source) },
  }));
  for (const { mentions, page } of pages)
    store.add(...mentions.map((m) => claimFromMention(m, page, 'imported', now)));
  return pages.map(({ file, doc, mentions, page }) => ({
    file,
    source: doc.source,
    mentions: mentions.map((m) => {
      const { verdict, agree, disagree, explained } = checkMention(
        m,
        page,
        store.related(m),
        mentions,
      );
      const why = explained.map(({ kind, value, source, because }) => ({
        kind,
        value,
        source,
        because,
      }));
      return { ...m, verdict, agree, disagree, explained: why };
    }),
  }));
}

function otherLine(o: Other): string {
  const by = o.attributedTo ? `, per ${o.attributedTo}` : '';
  return `${formatValue(o.value)} — ${o.outlet ?? 'unknown outlet'}${by} <${o.url}>`;
}

function figureLines(m: CheckedMention): string[] {
  const what = [
    m.metric + (m.group ? ` (${m.group})` : ''),
    m.place?.name ?? 'no place',
    m.date ?? 'undated',
    m.attributedTo ? `per ${m.attributedTo}` : 'unattributed',
  ].join(', ');
  const value = formatValue(m.value);
  const figure = value.toLowerCase() === m.text.toLowerCase() ? value : `"${m.text}" = ${value}`;
  return [
    `  ${figure}: ${what}`,
    `    ${m.verdict}`,
    ...m.agree.map((o) => `      agrees:    ${otherLine(o)}`),
    ...m.disagree.map((o) => `      disagrees: ${otherLine(o)}`),
    ...m.explained.map((e) => `      explained: ${e.because} <${e.source.url}>`),
  ];
}

/** A plain-text report of a `check` run, for people reading a terminal. */
export function formatReport(files: readonly CheckedFile[]): string {
  const counts: Record<Verdict, number> = {
    corroborated: 0,
    conflicting: 0,
    mixed: 0,
    'single-source': 0,
    explained: 0,
    updated: 0,
  };
  const out: string[] = [];
  for (const f of files) {
    const s = f.source;
    out.push(`${f.file} — ${s.outlet ?? 'unknown outlet'}, ${s.publishedAt ?? 'undated'}`);
    if (s.url) out.push(s.url);
    if (f.mentions.length === 0) out.push('  No figures found.');
    for (const m of f.mentions) {
      counts[m.verdict]++;
      out.push(...figureLines(m));
    }
    out.push('');
  }
  const total = files.reduce((n, f) => n + f.mentions.length, 0);
  // The section 2 verdicts always, the explained ones (section 2.1) when there are any.
  const tally = Object.entries(counts)
    .filter(([v, n]) => n > 0 || !(v === 'explained' || v === 'updated'))
    .map(([v, n]) => `${n} ${v}`)
    .join(', ');
  out.push(`${total} figures in ${files.length} files: ${tally}`);
  return out.join('\n');
}
