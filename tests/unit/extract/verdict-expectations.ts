/**
 * The verdicts CLAIMS.md section 2 gives on the gold figures of the corpus, derived the way
 * `shared/tools/verdicts.mjs` derives them: required figures with a date and a place; same metric,
 * group, date, place and attacker (a missing attacker matches either); other articles only; agree
 * when intervals overlap. With `explained` (`verdicts.mjs --explained`), section 2.1 too: a gap is
 * explained by a sum of the other article's parts, or, for tolls, by a later and higher report
 * (publication days here). An expectation is kept only when it is not single-source and holds
 * whether "about" means exactly n or n ± 10%.
 *
 * @module
 */
import type { Verdict } from '../../../lib/claims/claim';
import type { Article } from './articles';
import type { GoldFigure } from './score-helper';

/** A gold figure of one article with the verdict the rule gives it. */
export interface Expectation extends GoldFigure {
  article: string;
  verdict: Verdict;
}

interface Fig extends GoldFigure {
  article: string;
  published: string;
}

function interval(x: GoldFigure, tol: number): [number, number] {
  const { n, qualifier: q } = x;
  if (q === 'at-least') return [n, Infinity];
  if (q === 'more-than') return [n + 1, Infinity];
  if (q === 'at-most') return [-Infinity, n];
  if (q === 'less-than') return [-Infinity, n - 1];
  if (q === 'about') {
    const d = tol ? Math.max(1, Math.round(n * tol)) : 0;
    return [n - d, n + d];
  }
  return [n, n];
}

const overlaps = (p: [number, number], q: [number, number]): boolean =>
  Math.max(p[0], q[0]) <= Math.min(p[1], q[1]);

function sameEvent(x: Fig, y: Fig): boolean {
  return (
    y.metric === x.metric &&
    y.date === x.date &&
    y.place === x.place &&
    (y.group ?? null) === (x.group ?? null) &&
    (!x.attacker || !y.attacker || x.attacker === y.attacker)
  );
}

function within(n: number, p: [number, number]): boolean {
  return p[0] <= n && n <= p[1];
}

function sceneOf(x: Fig, y: Fig): boolean {
  return sameEvent(x, { ...y, metric: x.metric });
}

/** The sums one article's figures make for `metric` in `x`'s scene (CLAIMS.md 2.1 `sum`). */
function sums(figs: readonly Fig[], article: string, x: Fig, metric: string): number[] {
  const [cls, action] = metric.split('.');
  const pairs: [string, string][] = [];
  if (action === 'downed' || action === 'neutralized')
    pairs.push([`${cls}.downed`, `${cls}.suppressed`]);
  if (cls === 'aerial') pairs.push([`drones.${action}`, `missiles.${action}`]);
  const values = (m: string) => [
    ...new Set(
      figs.filter((z) => z.article === article && z.metric === m && sceneOf(x, z)).map((z) => z.n),
    ),
  ];
  return pairs.flatMap(([a, b]) => values(a).flatMap((u) => values(b).map((v) => u + v)));
}

function verdictOf(x: Fig, figs: readonly Fig[], tol: number, explain: boolean): Verdict {
  let agree = 0;
  let disagree = 0;
  let explained = 0;
  let superseded = false;
  for (const y of figs) {
    if (y.article === x.article || !sameEvent(x, y)) continue;
    if (overlaps(interval(x, tol), interval(y, tol))) {
      agree++;
      continue;
    }
    if (explain && x.metric.startsWith('people.') && x.published !== y.published) {
      const [later, earlier] = y.published > x.published ? [y, x] : [x, y];
      if (later.n > earlier.n) {
        explained++;
        if (earlier === x) superseded = true;
        continue;
      }
    }
    if (explain && !x.metric.startsWith('people.')) {
      const ix = interval(x, tol);
      const iy = interval(y, tol);
      const sum =
        sums(figs, y.article, x, x.metric).some((n) => within(n, ix)) ||
        sums(figs, x.article, y, y.metric).some((n) => within(n, iy));
      if (sum) {
        explained++;
        continue;
      }
    }
    disagree++;
  }
  if (superseded) return 'updated';
  if (agree && disagree) return 'mixed';
  if (disagree) return 'conflicting';
  if (agree) return 'corroborated';
  return explained ? 'explained' : 'single-source';
}

/** The expectations the corpus' gold figures give. */
export function verdictExpectations(articles: readonly Article[], explain = false): Expectation[] {
  const figs: Fig[] = articles.flatMap((a) =>
    a.figures
      .filter(
        (x) =>
          !x.optional &&
          x.date != null &&
          x.place != null &&
          x.qualifier !== 'range' &&
          x.qualifier !== 'vague',
      )
      .map((x) => ({ ...x, article: a.path, published: a.published })),
  );
  const seen = new Set<string>();
  const out: Expectation[] = [];
  for (const x of figs) {
    const verdict = verdictOf(x, figs, 0, explain);
    if (verdict === 'single-source' || verdict !== verdictOf(x, figs, 0.1, explain)) continue;
    const key = [x.article, x.metric, x.n, x.place, x.date].join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...x, verdict });
  }
  return out;
}
