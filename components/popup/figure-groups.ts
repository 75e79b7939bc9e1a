/**
 * How the popup orders a page's figures: by event, the events with conflicts first, and what
 * each row's range strip shows.
 *
 * @module
 */
import type { Other, Verdict } from '../../lib/claims/claim';
import { eventKey } from '../../lib/claims/event';
import { formatValue } from '../../lib/claims/interval';
import type { Mention } from '../../lib/claims/mention';
import { hostOutlet } from '../../lib/claims/outlet';
import type { PageFigure } from '../../lib/messages/protocol';
import { dateWords } from '../format';
import { metricWords } from '../metric-words';
import type { RangeEntry } from '../RangeStrip';

/** Verdicts in the order their events are listed; figures not checked yet come last. */
export const VERDICT_ORDER: readonly Verdict[] = [
  'conflicting',
  'mixed',
  'updated',
  'explained',
  'corroborated',
  'single-source',
];

/** The figures of one event (or a figure that shares no event), in page order. */
export interface FigureGroup {
  /** The event key, or `figure:<id>` for a figure without a date or place. */
  key: string;
  figures: PageFigure[];
  /** The most pressing verdict among the figures; null when none is checked yet. */
  verdict: Verdict | null;
}

function rank(verdict: Verdict | null): number {
  return verdict === null ? VERDICT_ORDER.length : VERDICT_ORDER.indexOf(verdict);
}

/**
 * Groups figures by event ({@link eventKey}); a figure without a key is a group of its own.
 * Groups with conflicting figures come first, then mixed, corroborated, single-source and
 * unchecked ones; groups of equal rank, and figures within a group, keep the page's order.
 */
export function groupFigures(figures: readonly PageFigure[]): FigureGroup[] {
  const groups = new Map<string, FigureGroup>();
  for (const figure of figures) {
    const key = eventKey(figure.mention) ?? `figure:${figure.figureId}`;
    const group = groups.get(key) ?? { key, figures: [], verdict: null };
    group.figures.push(figure);
    const verdict = figure.check?.verdict ?? null;
    if (rank(verdict) < rank(group.verdict)) group.verdict = verdict;
    groups.set(key, group);
  }
  // Array.prototype.sort is stable: equal ranks keep their first-seen order.
  return [...groups.values()].sort((a, b) => rank(a.verdict) - rank(b.verdict));
}

/** How many figures have each verdict, and how many are not checked yet. */
export type VerdictCounts = Record<Verdict | 'unchecked', number>;

/** Counts the figures by verdict. */
export function countVerdicts(figures: readonly PageFigure[]): VerdictCounts {
  const counts: VerdictCounts = {
    corroborated: 0,
    conflicting: 0,
    mixed: 0,
    'single-source': 0,
    explained: 0,
    updated: 0,
    unchecked: 0,
  };
  for (const f of figures) counts[f.check?.verdict ?? 'unchecked'] += 1;
  return counts;
}

/** Another source's name as shown: its outlet, else its host, else its address. */
export function sourceName(other: Pick<Other, 'outlet' | 'url'>): string {
  return other.outlet ?? hostOutlet(other.url) ?? other.url;
}

/** What a row's range strip shows: this page's value, then the agreeing and conflicting sources. */
export function rangeEntries(figure: PageFigure): RangeEntry[] {
  const own: RangeEntry = { source: 'this page', value: figure.mention.value, kind: 'own' };
  const agree = (figure.check?.agree ?? []).map((o): RangeEntry => ({
    source: sourceName(o),
    value: o.value,
    kind: 'agree',
  }));
  const conflict = (figure.check?.disagree ?? []).map((o): RangeEntry => ({
    source: sourceName(o),
    value: o.value,
    kind: 'conflict',
  }));
  return [own, ...agree, ...conflict];
}

/**
 * The other sources of a figure in words, each with its mark, value and name, conflicts first:
 * "≠ 142 Euro Dispatch", "✓ at least 26 ABN News". The range strip draws them; this names them.
 */
export function otherSourceWords(figure: PageFigure): string[] {
  const entries = rangeEntries(figure).filter((e) => e.kind !== 'own');
  entries.sort((a, b) => Number(a.kind === 'agree') - Number(b.kind === 'agree'));
  return entries.map(
    (e) => `${e.kind === 'conflict' ? '≠' : '✓'} ${formatValue(e.value)} ${e.source}`,
  );
}

/** An event's heading: "Drones shot down · Moscow Oblast · 20 Jul 2025". */
export function eventTitle(mention: Mention): string {
  const what = metricWords(mention.metric, mention.group);
  const parts = [what.charAt(0).toUpperCase() + what.slice(1)];
  parts.push(mention.place?.name ?? 'place not stated');
  parts.push(dateWords(mention.date) ?? 'date not stated');
  return parts.join(' · ');
}
