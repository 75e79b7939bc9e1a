/**
 * A figure's verdict from the other sources for the same event (CLAIMS.md sections 2 and 5).
 * The extension's badges and the `check` command both use {@link checkMention}.
 *
 * @module
 */
import type { Claim, Explanation, FigureCheck, OriginatorGroup, Other, Verdict } from './claim';
import { explainGap, partsOf } from './explain';
import { sourceKey } from './claim-id';
import { sameEvent } from './event';
import { overlaps } from './interval';
import type { Mention, Source } from './mention';

/** Code-unit order with `null` last: deterministic in every locale. */
function compareText(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function compareBound(a: number | null, b: number | null, nullIs: number): number {
  return (a ?? nullIs) - (b ?? nullIs);
}

/** The order Others are shown in: agreeing first, then by outlet, URL, value, and the rest. */
export function compareOthers(a: Other, b: Other): number {
  return (
    Number(b.agrees) - Number(a.agrees) ||
    compareText(a.outlet, b.outlet) ||
    compareText(a.url, b.url) ||
    compareBound(a.value.min, b.value.min, -Infinity) ||
    compareBound(a.value.max, b.value.max, Infinity) ||
    a.value.n - b.value.n ||
    compareText(a.value.qualifier, b.value.qualifier) ||
    compareText(a.attributedTo, b.attributedTo) ||
    compareText(a.text, b.text) ||
    compareText(a.date, b.date) ||
    compareText(a.origin, b.origin)
  );
}

/**
 * The verdict for the given numbers of agreeing, conflicting and explained other sources
 * (CLAIMS.md sections 2 and 2.1): `updated` when a later report supersedes the figure; else from
 * the unexplained rest; `explained` when every other source differs and every difference is
 * explained.
 */
export function verdictOf(
  agreeing: number,
  conflicting: number,
  explained = 0,
  superseded = false,
): Verdict {
  if (superseded) return 'updated';
  if (agreeing > 0) return conflicting > 0 ? 'mixed' : 'corroborated';
  if (conflicting > 0) return 'conflicting';
  return explained > 0 ? 'explained' : 'single-source';
}

function otherOf(c: Claim, mention: Mention): Other {
  return {
    url: c.source.url,
    outlet: c.source.outlet,
    text: c.text,
    value: c.value,
    attributedTo: c.attributedTo,
    date: c.date,
    origin: c.origin,
    publishedAt: c.source.publishedAt,
    agrees: overlaps(mention.value, c.value),
  };
}

/** Others grouped by whom they attribute the figure to: named groups in order, `null` last. */
export function groupByOriginator(others: readonly Other[]): OriginatorGroup[] {
  const groups = new Map<string | null, Other[]>();
  for (const o of others) {
    const g = groups.get(o.attributedTo);
    if (g) g.push(o);
    else groups.set(o.attributedTo, [o]);
  }
  return [...groups.keys()]
    .sort(compareText)
    .map((originator) => ({ originator, others: groups.get(originator)!.sort(compareOthers) }));
}

/**
 * Checks one figure of a page against candidate claims. Only candidates for the same event
 * ({@link sameEvent}) from another source count: a claim whose canonical URL is the page's own
 * never does, while the same outlet under another URL does. Identical (URL, value) pairs count
 * once. A candidate agrees when the intervals overlap; one that does not is set apart when the
 * news explains the gap (a sum of one source's parts, a later toll: CLAIMS.md section 2.1).
 * Candidates for related events (the parts of a sum, the country of a region, the toll of a
 * group; see `relatedEvents`) explain and are shown as parts, and never count as sources. The
 * result is the same for any order of `candidates`.
 *
 * @param source - The page the mention is on; its URL tells its own claims apart, its
 *   publication time orders tolls.
 * @param own - The page's other figures, which may be the parts of another source's total.
 */
export function checkMention(
  mention: Mention,
  source: Source & { url: string },
  candidates: readonly Claim[],
  own: readonly Mention[] = [],
): FigureCheck {
  const page = sourceKey(source.url);
  const others = candidates
    .filter((c) => sameEvent(mention, c) && sourceKey(c.source.url) !== page)
    .map((c) => ({ key: sourceKey(c.source.url), claim: c, other: otherOf(c, mention) }))
    .sort((a, b) => compareOthers(a.other, b.other));
  const seen = new Set<string>();
  const agree: Other[] = [];
  const disagree: Other[] = [];
  const explained: Explanation[] = [];
  const kept: Other[] = [];
  const context = { source, own };
  for (const { key, claim, other } of others) {
    const { n, min, max, qualifier } = other.value;
    const pair = JSON.stringify([key, n, min, max, qualifier]);
    if (seen.has(pair)) continue;
    seen.add(pair);
    kept.push(other);
    if (other.agrees) {
      agree.push(other);
      continue;
    }
    const why = explainGap(mention, context, claim, other, candidates);
    if (why) explained.push(why);
    else disagree.push(other);
  }
  const superseded = explained.some((e) => e.kind === 'update' && e.later === true);
  return {
    verdict: verdictOf(agree.length, disagree.length, explained.length, superseded),
    agree,
    disagree,
    explained,
    parts: partsOf(mention, context, candidates),
    byOriginator: groupByOriginator(kept),
  };
}
