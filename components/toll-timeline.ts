/**
 * The reports of one casualty toll in the order they came out, for the card's timeline
 * (CLAIMS.md section 2.1, `update`): this page's count and every other source's.
 *
 * @module
 */
import type { FigureCheck, Other } from '../lib/claims/claim';
import { formatValue } from '../lib/claims/interval';
import type { Mention } from '../lib/claims/mention';
import { publishedSortKey } from '../lib/claims/published';

/** One report of a toll. */
export interface TollReport {
  value: string;
  /** When it was published, as given; `null` when unknown. */
  publishedAt: string | null;
  /** The outlet, or "This page". */
  source: string;
  url: string | null;
  thisPage: boolean;
}

function others(check: FigureCheck): Other[] {
  const seen = new Set<string>();
  const out: Other[] = [];
  for (const o of [...check.agree, ...check.disagree, ...check.explained.map((e) => e.other)]) {
    const key = `${o.url}|${o.value.n}|${o.value.qualifier}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(o);
  }
  return out;
}

/**
 * Every count of the toll `mention` belongs to, oldest first (by day, then by time of day where
 * known; reports of unknown date last). Empty for a figure that is no toll, or with no other
 * report.
 */
export function tollTimeline(
  mention: Pick<Mention, 'metric' | 'value'>,
  publishedAt: string | null,
  check: FigureCheck,
): TollReport[] {
  if (!mention.metric.startsWith('people.')) return [];
  const rest = others(check);
  if (rest.length === 0) return [];
  const reports: TollReport[] = [
    {
      value: formatValue(mention.value),
      publishedAt,
      source: 'This page',
      url: null,
      thisPage: true,
    },
    ...rest.map((o) => ({
      value: formatValue(o.value),
      publishedAt: o.publishedAt ?? null,
      source: o.outlet ?? o.url,
      url: o.url,
      thisPage: false,
    })),
  ];
  // Array.prototype.sort is stable: reports of the same moment keep this page first.
  const key = (r: TollReport): string => publishedSortKey(r.publishedAt);
  return reports.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
