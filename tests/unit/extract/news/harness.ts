/**
 * Table-driven harness for the news-language extractor tests.
 *
 * Each row runs as its own `it(row.text)`. A row lists the figures the extractor must return, in
 * text order, and only the fields a row names are compared: a row that says nothing about `place`
 * doesn't check it. Mentions with metrics outside CLAIMS.md section 1 (e.g. `flights.diverted`)
 * are allowed by the contract and ignored here.
 */
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../../lib/extract';
import {
  CORE_METRICS,
  MentionSchema,
  type Attacker,
  type CoreMetric,
  type Group,
  type LocatedMention,
  type Place,
  type Qualifier,
} from '../../../../lib/claims/mention';

/** An interval as CLAIMS.md section 2 writes it, for every qualifier but `about`. */
export interface ExactValue {
  n: number;
  min: number | null;
  max: number | null;
  qualifier: Exclude<Qualifier, 'about'>;
}

/** `about`: only `n` and the qualifier are checked, plus `min ≤ n ≤ max` (tolerance is free). */
export interface AboutValue {
  n: number;
  qualifier: 'about';
}

export type ExpectedValue = ExactValue | AboutValue;

export interface ExpectedPlace {
  code: string | null;
  level?: Place['level'];
}

export interface ExpectedFigure {
  metric: CoreMetric;
  value: ExpectedValue;
  text?: string;
  attacker?: Attacker;
  group?: Group;
  place?: ExpectedPlace | null;
  date?: string | null;
  attributedTo?: string | null;
}

export interface Row {
  text: string;
  /** `YYYY-MM-DD`, passed as `options.published`. */
  published?: string;
  expect: ExpectedFigure[];
}

export type Attrs = Omit<ExpectedFigure, 'metric' | 'value'>;

// Value builders, CLAIMS.md section 2.
export const exact = (n: number): ExactValue => ({ n, min: n, max: n, qualifier: 'exact' });
export const atLeast = (n: number): ExactValue => ({ n, min: n, max: null, qualifier: 'at-least' });
export const moreThan = (n: number): ExactValue => ({
  n,
  min: n + 1,
  max: null,
  qualifier: 'more-than',
});
export const atMost = (n: number): ExactValue => ({ n, min: null, max: n, qualifier: 'at-most' });
export const lessThan = (n: number): ExactValue => ({
  n,
  min: null,
  max: n - 1,
  qualifier: 'less-than',
});
export const about = (n: number): AboutValue => ({ n, qualifier: 'about' });
export const range = (lo: number, hi: number): ExactValue => ({
  n: lo,
  min: lo,
  max: hi,
  qualifier: 'range',
});

/** One expected figure. */
export const fig = (
  metric: CoreMetric,
  value: ExpectedValue,
  attrs: Attrs = {},
): ExpectedFigure => ({ metric, value, ...attrs });

/** An expected place by its code. */
export const at = (code: string | null): ExpectedPlace => ({ code });

const BOUNDS_OK = 'min ≤ n ≤ max';

const isCore = (metric: string): boolean => (CORE_METRICS as readonly string[]).includes(metric);

function projectValue(actual: LocatedMention['value'], want: ExpectedValue): object {
  if (want.qualifier !== 'about') {
    return { n: actual.n, min: actual.min, max: actual.max, qualifier: actual.qualifier };
  }
  const { n, min, max } = actual;
  const ok = min !== null && max !== null && min <= n && n <= max;
  return { n, qualifier: actual.qualifier, bounds: ok ? BOUNDS_OK : `min=${min}, max=${max}` };
}

function normaliseValue(want: ExpectedValue): object {
  return want.qualifier === 'about' ? { ...want, bounds: BOUNDS_OK } : { ...want };
}

function projectPlace(place: Place | null, want: ExpectedPlace | null): object | null {
  if (place === null) return null;
  return want?.level === undefined
    ? { code: place.code }
    : { code: place.code, level: place.level };
}

/** The actual mention cut down to the fields `want` names. */
function project(actual: LocatedMention, want: ExpectedFigure | undefined): object {
  if (want === undefined) {
    // An unexpected figure: show enough of it to read the failure.
    return { unexpected: actual.text, metric: actual.metric, value: actual.value };
  }
  const out: Record<string, unknown> = {
    metric: actual.metric,
    value: projectValue(actual.value, want.value),
  };
  if (want.text !== undefined) out.text = actual.text;
  if (want.attacker !== undefined) out.attacker = actual.attacker;
  if (want.group !== undefined) out.group = actual.group;
  if (want.place !== undefined) out.place = projectPlace(actual.place, want.place);
  if (want.date !== undefined) out.date = actual.date;
  if (want.attributedTo !== undefined) out.attributedTo = actual.attributedTo;
  return out;
}

function normalise(want: ExpectedFigure): object {
  const out: Record<string, unknown> = { ...want, value: normaliseValue(want.value) };
  if (want.place) out.place = { ...want.place };
  return out;
}

/** Runs `extractMentions` on one row and compares the core figures with the row's list. */
export function checkRow(row: Row): void {
  const mentions = extractMentions(row.text, { published: row.published ?? null });

  // Contract invariants for every mention, core or not.
  for (const m of mentions) {
    expect(MentionSchema.safeParse(m).success, `schema: ${JSON.stringify(m)}`).toBe(true);
    expect(row.text.slice(m.start, m.end), 'text is the input between start and end').toBe(m.text);
    expect(m.quote, 'quote holds the text').toContain(m.text);
  }

  const core = mentions.filter((m) => isCore(m.metric)).sort((a, b) => a.start - b.start);
  expect(core.map((m, i) => project(m, row.expect[i]))).toEqual(row.expect.map(normalise));
}

/** One `describe` per table, one `it` per row, named by the row's text. */
export function runTable(name: string, rows: readonly Row[]): void {
  describe(name, () => {
    for (const row of rows) {
      it(row.text, () => checkRow(row));
    }
  });
}
