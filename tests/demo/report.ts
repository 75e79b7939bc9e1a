/**
 * `report.txt`: what the demo saw on each page, in the product's own words: each figure as the
 * page states it, its verdict, every other source with its value, who it credits and when, and
 * the differences the news explains (a sum, a newer or earlier count) and what it is part of.
 *
 * @module
 */
import { dateWords } from '../../components/format';
import { figureName, verdictPhrase } from '../../components/verdict-words';
import { VerdictSchema, type Other, type Verdict } from '../../lib/claims/claim';
import { formatValue } from '../../lib/claims/interval';
import type { PageFigure } from '../../lib/messages/protocol';

/** One page as the report shows it. */
export interface PageReport {
  /** "01 Kyiv Post". */
  name: string;
  headline: string;
  canonical: string;
  published: string;
  screenshot: string;
  figures: PageFigure[];
}

const VERDICT_ORDER: readonly Verdict[] = VerdictSchema.options;

/** Figures by verdict, in a fixed order, for the totals line. */
export function countVerdicts(figures: readonly PageFigure[]): Map<string, number> {
  const counts = new Map<string, number>(VERDICT_ORDER.map((v) => [v, 0]));
  for (const f of figures) {
    const verdict = f.check?.verdict ?? 'unchecked';
    counts.set(verdict, (counts.get(verdict) ?? 0) + 1);
  }
  return counts;
}

function otherLine(other: Other): string {
  const mark = other.agrees ? 'agrees:   ' : 'conflicts:';
  const reading = formatValue(other.value);
  const value = reading === other.text ? `"${other.text}"` : `"${other.text}" (${reading})`;
  const said = [other.attributedTo ?? 'no attribution', dateWords(other.date)].filter(Boolean);
  return `        ${mark} ${other.outlet ?? other.url}, ${value}, ${said.join(', ')}`;
}

function figureLines(figure: PageFigure): string[] {
  const m = figure.mention;
  const about = [m.place?.name, dateWords(m.date), m.attributedTo].filter(Boolean).join(', ');
  const reading = formatValue(m.value);
  const lines = [
    `  - ${figureName(m)}${reading === m.text ? '' : ` (read as ${reading})`}${about ? ` — ${about}` : ''}`,
  ];
  if (!figure.check) return [...lines, '      not checked: the background did not answer'];
  const phrase = verdictPhrase(figure.check);
  lines.push(`      ${phrase}`);
  for (const other of [...figure.check.agree, ...figure.check.disagree])
    lines.push(otherLine(other));
  // What the news says about the differences (each once: the verdict line may say the first),
  // and what this figure is part of (CLAIMS.md 2.1).
  for (const e of figure.check.explained) {
    if (phrase.endsWith(e.because)) continue;
    const mark = e.kind === 'sum' ? 'sum:      ' : e.later ? 'newer:    ' : 'earlier:  ';
    lines.push(`        ${mark} ${e.because}`);
  }
  for (const part of figure.check.parts) lines.push(`        part of:   ${part.because}`);
  return lines;
}

/** The totals line: "63 figures: 20 corroborated, 9 conflicting, … (46% meet another source)". */
export function totalsLine(figures: readonly PageFigure[]): string {
  const counts = countVerdicts(figures);
  const parts = Array.from(counts, ([verdict, n]) => `${n} ${verdict}`);
  const met = figures.length - (counts.get('single-source') ?? 0) - (counts.get('unchecked') ?? 0);
  const share = figures.length ? Math.round((met / figures.length) * 100) : 0;
  return `${figures.length} figures: ${parts.join(', ')} (${share}% meet another source)`;
}

/** The whole report: a heading, the totals, then each page with its figures. */
export function formatReport(pages: readonly PageReport[], intro: readonly string[]): string {
  const all = pages.flatMap((p) => p.figures);
  const lines = ['Figure Check demo', '', ...intro, '', `In all, ${totalsLine(all)}.`];
  for (const page of pages) {
    lines.push(
      '',
      `== ${page.name}: ${page.headline}`,
      `   ${page.canonical}`,
      `   published ${dateWords(page.published)}; screenshot ${page.screenshot}`,
      `   ${totalsLine(page.figures)}`,
    );
    for (const figure of page.figures) lines.push(...figureLines(figure));
  }
  return `${lines.join('\n')}\n`;
}
