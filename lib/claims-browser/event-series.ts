/**
 * An event series (every source's figure for one metric and place) arranged for the chart:
 * one entry per night with the spread of reported values and each source's mark.
 *
 * @module
 */
import type { Claim } from '../claims/claim';
import { originKind, type OriginKind } from '../claims/claim-query';
import { sumWords } from '../claims/explain';
import { publishedSortKey } from '../claims/published';
import { dayNumber } from './chart-scales';

/**
 * How a figure is drawn: a point (one number), a vertical segment (a range), or a point with
 * an arrow up ("at least 26": no upper bound) or down ("up to 30": no lower bound).
 */
export type MarkShape = 'point' | 'range' | 'up' | 'down';

/** One source's figure on the chart. */
export interface SeriesMark {
  claim: Claim;
  shape: MarkShape;
  /** The lowest and highest value drawn (equal for a point or an arrow). */
  low: number;
  high: number;
  /** Where the marker sits: the written number, kept inside the drawn interval. */
  at: number;
  /** What the marker's shape says about where the figure came from. */
  kind: OriginKind;
  /** When the figure is one source's parts added up: the sum in words (CLAIMS.md 2.1). */
  sum?: string;
}

/** All figures for one night. */
export interface SeriesNight {
  /** `YYYY-MM-DD`. */
  date: string;
  day: number;
  /** The lowest and highest value any source reported for the night (the shaded band). */
  low: number;
  high: number;
  marks: SeriesMark[];
}

export interface EventSeriesView {
  /** Nights in date order. */
  nights: SeriesNight[];
  /**
   * A casualty toll: within a night, marks run in the order they were published (a toll rises as
   * people are found), not from the lowest value up.
   */
  toll: boolean;
  /** Figures without a date, which the chart cannot place. */
  undated: number;
  /** The highest value drawn, 0 when there is none. */
  maxValue: number;
}

/** How one figure is drawn, from its interval. */
export function markOf(claim: Claim): Omit<SeriesMark, 'claim' | 'kind'> {
  const { n, min, max } = claim.value;
  if (min !== null && max !== null) {
    if (min === max) return { shape: 'point', low: min, high: max, at: min };
    return { shape: 'range', low: min, high: max, at: Math.min(max, Math.max(min, n)) };
  }
  if (min !== null) return { shape: 'up', low: min, high: min, at: min };
  if (max !== null) return { shape: 'down', low: max, high: max, at: max };
  return { shape: 'point', low: n, high: n, at: n };
}

/**
 * Groups figures by night. Within a night marks run from the lowest value up, so a reader
 * scanning one night left to right reads the spread in order; a toll's run in the order they
 * were published, so its rise reads as a timeline. `parts` are the figures of the metrics whose
 * sum makes this one (`sumParts`): a mark one source's parts add up to says so.
 */
export function buildEventSeries(
  claims: readonly Claim[],
  parts: readonly Claim[] = [],
): EventSeriesView {
  const toll = claims.some((c) => c.metric.startsWith('people.'));
  const byDay = new Map<number, SeriesNight>();
  let undated = 0;
  let maxValue = 0;
  for (const claim of claims) {
    const day = claim.date === null ? null : dayNumber(claim.date);
    if (day === null || claim.date === null) {
      undated++;
      continue;
    }
    const sum = parts.length ? sumWords(claim, parts) : null;
    const mark: SeriesMark = {
      claim,
      kind: originKind(claim.origin) ?? 'imported',
      ...markOf(claim),
      ...(sum ? { sum } : {}),
    };
    maxValue = Math.max(maxValue, mark.high);
    const night = byDay.get(day);
    if (night) {
      night.marks.push(mark);
      night.low = Math.min(night.low, mark.low);
      night.high = Math.max(night.high, mark.high);
    } else {
      byDay.set(day, { date: claim.date, day, low: mark.low, high: mark.high, marks: [mark] });
    }
  }
  const nights = [...byDay.values()].sort((a, b) => a.day - b.day);
  const published = (m: SeriesMark): string => publishedSortKey(m.claim.source.publishedAt);
  for (const night of nights) {
    night.marks.sort(
      (a, b) =>
        (toll ? published(a).localeCompare(published(b)) : 0) ||
        a.at - b.at ||
        a.low - b.low ||
        a.claim.id.localeCompare(b.claim.id),
    );
  }
  return { nights, toll, undated, maxValue };
}
