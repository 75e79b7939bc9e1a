/**
 * The verdicts CLAIMS.md section 2 gives on the gold figures of the corpus, derived the way
 * `shared/tools/verdicts.mjs` derives them: required figures with a date and a place; same metric,
 * group, date, place and attacker (a missing attacker matches either); other articles only; agree
 * when intervals overlap. An expectation is kept only when it is not single-source and holds
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

function verdictOf(x: Fig, figs: readonly Fig[], tol: number): Verdict {
  let agree = 0;
  let disagree = 0;
  for (const y of figs) {
    if (y.article === x.article || !sameEvent(x, y)) continue;
    if (overlaps(interval(x, tol), interval(y, tol))) agree++;
    else disagree++;
  }
  if (agree && disagree) return 'mixed';
  if (disagree) return 'conflicting';
  return agree ? 'corroborated' : 'single-source';
}

/** The expectations the corpus' gold figures give. */
export function verdictExpectations(articles: readonly Article[]): Expectation[] {
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
      .map((x) => ({ ...x, article: a.path })),
  );
  const seen = new Set<string>();
  const out: Expectation[] = [];
  for (const x of figs) {
    const verdict = verdictOf(x, figs, 0);
    if (verdict === 'single-source' || verdict !== verdictOf(x, figs, 0.1)) continue;
    const key = [x.article, x.metric, x.n, x.place, x.date].join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...x, verdict });
  }
  return out;
}
