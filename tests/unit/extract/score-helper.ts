/**
 * Scoring of extracted figures against the hand-annotated seed figures, with the same rules as
 * `shared/tools/score.mjs` (strict metric equality, its `valueFits`, optional figures neither
 * required nor counted as false positives, only the core metrics counted).
 *
 * @module
 */
import type { Mention } from '../../../lib/claims/mention';

/** One hand-annotated figure of `shared/seeds/gold.json`. */
export interface GoldFigure {
  quote: string;
  metric: string;
  n: number;
  qualifier: string;
  attacker?: string | null;
  group?: string | null;
  /** ISO 3166-2 code, country code or null. */
  place?: string | null;
  date?: string | null;
  attributedTo?: string | null;
  /** Neither required nor counted against precision. */
  optional?: boolean;
}

/** One article of `shared/seeds/gold.json`. */
export interface GoldArticle {
  file: string;
  /** Publication day, `YYYY-MM-DD`. */
  published: string;
  figures: GoldFigure[];
}

/** The parts of a Mention the scorer looks at. */
export type Prediction = Pick<
  Mention,
  'metric' | 'value' | 'attacker' | 'place' | 'date' | 'attributedTo'
>;

/** The metrics that are scored; every other metric is ignored (neither right nor wrong). */
export const CORE =
  /^(drones|missiles|aerial)\.(launched|downed|suppressed|neutralized|hit)$|^people\.(killed|injured)$/;

/** The attributes compared on matched pairs, as in score.mjs. */
export const ATTRIBUTES = ['attacker', 'place', 'date', 'attributedTo'] as const;
export type Attribute = (typeof ATTRIBUTES)[number];

/** `attributedTo` is only scored for these sources (as in score.mjs). */
const SCORED_SOURCES = ['Russian Defense Ministry', 'Ukrainian Air Force', 'Moscow Mayor'];

/**
 * Whether a predicted value fits a gold figure: the same `n`; or, for a gold "more than N", a
 * lower bound of N or N + 1; or an interval containing N that is no wider than max(4, 20% of N).
 */
export function valueFits(p: Pick<Prediction, 'value'>, g: Pick<GoldFigure, 'n' | 'qualifier'>) {
  const v = p.value;
  if (v.n === g.n) return true;
  const lo = v.min ?? -Infinity;
  const hi = v.max ?? Infinity;
  if (g.qualifier === 'more-than' && (v.min === g.n || v.min === g.n + 1)) return true;
  return lo <= g.n && g.n <= hi && hi - lo <= Math.max(4, g.n * 0.2);
}

/**
 * Greedy one-to-one matching, in gold order: each gold figure takes the first unused prediction
 * with the same metric whose value fits. Returns the pairs and the indices of used predictions.
 */
export function matchFigures<P extends Prediction>(
  preds: readonly P[],
  figs: readonly GoldFigure[],
): { pairs: [P, GoldFigure][]; used: Set<number> } {
  const used = new Set<number>();
  const pairs: [P, GoldFigure][] = [];
  for (const g of figs) {
    const i = preds.findIndex((p, k) => !used.has(k) && p.metric === g.metric && valueFits(p, g));
    if (i >= 0) {
      used.add(i);
      pairs.push([preds[i]!, g]);
    }
  }
  return { pairs, used };
}

/** Counts of one article (or a sum of them). */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  /** Per attribute: [right, compared] over matched pairs whose gold attribute is not null. */
  attributes: Record<Attribute, [number, number]>;
}

/** Zero counts, to sum into. */
export function emptyCounts(): Counts {
  return {
    tp: 0,
    fp: 0,
    fn: 0,
    attributes: { attacker: [0, 0], place: [0, 0], date: [0, 0], attributedTo: [0, 0] },
  };
}

function predictedAttribute(p: Prediction, k: Attribute): string | null {
  return k === 'place' ? (p.place?.code ?? null) : p[k];
}

/**
 * Scores one article's predictions: non-core metrics are dropped, required figures are matched
 * first, then leftover predictions may match optional figures (those are not false positives).
 */
export function scoreArticle(preds: readonly Prediction[], figures: readonly GoldFigure[]): Counts {
  const core = preds.filter((p) => CORE.test(p.metric));
  const required = figures.filter((f) => !f.optional);
  const optional = figures.filter((f) => f.optional);
  const m = matchFigures(core, required);
  const rest = core.filter((_, k) => !m.used.has(k));
  const mo = matchFigures(rest, optional);
  const out = emptyCounts();
  out.tp = m.pairs.length;
  out.fp = rest.length - mo.pairs.length;
  out.fn = required.length - m.pairs.length;
  for (const [p, g] of m.pairs) {
    for (const k of ATTRIBUTES) {
      const gv = g[k];
      if (gv == null) continue;
      if (k === 'attributedTo' && !SCORED_SOURCES.includes(gv)) continue;
      out.attributes[k][1]++;
      if (String(predictedAttribute(p, k) ?? '').toLowerCase() === gv.toLowerCase())
        out.attributes[k][0]++;
    }
  }
  return out;
}

/** Adds `b` into `a`. */
export function addCounts(a: Counts, b: Counts): Counts {
  a.tp += b.tp;
  a.fp += b.fp;
  a.fn += b.fn;
  for (const k of ATTRIBUTES) {
    a.attributes[k][0] += b.attributes[k][0];
    a.attributes[k][1] += b.attributes[k][1];
  }
  return a;
}

/** Precision, recall and F1 of counts (0 when undefined), unrounded. */
export function prf({ tp, fp, fn }: Pick<Counts, 'tp' | 'fp' | 'fn'>): {
  precision: number;
  recall: number;
  f1: number;
} {
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
  return { precision, recall, f1 };
}
