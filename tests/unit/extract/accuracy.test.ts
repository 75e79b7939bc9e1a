/**
 * The extractor's accuracy on the development set, as `shared/tools/score.mjs` and
 * `verdicts.mjs` measure it, asserted so a regression fails `npm test`. The floors sit at what
 * the extractor reaches today (rounded down), above the targets of the accuracy issue: figures F1
 * ≥ 0.95, each attribute ≥ 0.93, verdicts ≥ 0.85, seeds 1.0.
 */
import { describe, expect, it } from 'vitest';
import { checkDocuments, type CheckInput } from '../../../lib/cli/check-report';
import { mentionsOf } from '../../../lib/cli/documents';
import { readTextFile } from '../../../lib/cli/text-file';
import { extractMentions } from '../../../lib/extract';
import { corpusArticles, seedArticles, type Article } from './articles';
import {
  addCounts,
  ATTRIBUTES,
  emptyCounts,
  prf,
  scoreArticle,
  valueFits,
  type Attribute,
  type Counts,
} from './score-helper';
import { verdictExpectations } from './verdict-expectations';

interface Floors {
  f1: number;
  attributes: Record<Attribute, number>;
}

const SEED_FLOORS: Floors = {
  f1: 1,
  attributes: { attacker: 1, place: 1, date: 1, attributedTo: 1 },
};
const CORPUS_FLOORS: Floors = {
  f1: 0.99,
  attributes: { attacker: 0.99, place: 0.96, date: 0.95, attributedTo: 0.94 },
};
const VERDICT_FLOOR = 0.92;

function ratio([ok, n]: [number, number]): number {
  return n === 0 ? 1 : ok / n;
}

/** Scores every article, prints the table score.mjs prints, and returns the totals. */
function score(name: string, articles: readonly Article[]): Counts {
  const total = emptyCounts();
  const lines: string[] = [];
  for (const a of articles) {
    const c = scoreArticle(extractMentions(a.text, { published: a.published }), a.figures);
    lines.push(`${a.path.padEnd(52)} tp ${c.tp} fp ${c.fp} fn ${c.fn}`);
    addCounts(total, c);
  }
  const { precision, recall, f1 } = prf(total);
  const attrs = ATTRIBUTES.map((k) => {
    const [ok, n] = total.attributes[k];
    return `${k} ${ratio(total.attributes[k]).toFixed(3)} (${ok}/${n})`;
  });
  lines.push(
    `${name}: tp ${total.tp} fp ${total.fp} fn ${total.fn}; precision ${precision.toFixed(3)}, ` +
      `recall ${recall.toFixed(3)}, F1 ${f1.toFixed(3)}; ${attrs.join(', ')}`,
  );
  console.log(lines.join('\n'));
  return total;
}

function assertFloors(total: Counts, floors: Floors): void {
  expect(total.tp + total.fn).toBeGreaterThan(0);
  expect(prf(total).f1).toBeGreaterThanOrEqual(floors.f1);
  for (const k of ATTRIBUTES) {
    expect(ratio(total.attributes[k]), k).toBeGreaterThanOrEqual(floors.attributes[k]);
  }
}

describe('score helper', () => {
  const value = (n: number, min: number | null, max: number | null) => ({
    value: { n, min, max, qualifier: 'exact' as const },
  });
  it('fits values as score.mjs does', () => {
    expect(valueFits(value(26, 26, null), { n: 26, qualifier: 'at-least' })).toBe(true);
    expect(valueFits(value(401, 401, null), { n: 400, qualifier: 'more-than' })).toBe(true);
    expect(valueFits(value(10, 8, 12), { n: 11, qualifier: 'about' })).toBe(true);
    expect(valueFits(value(100, 50, 150), { n: 110, qualifier: 'about' })).toBe(false);
    expect(valueFits(value(5, 5, 5), { n: 6, qualifier: 'exact' })).toBe(false);
  });
  it('ignores non-core metrics and does not count optional figures as false positives', () => {
    const p = (metric: string, n: number) => ({
      metric,
      ...value(n, n, n),
      attacker: null,
      place: null,
      date: null,
      attributedTo: null,
    });
    const c = scoreArticle(
      [p('drones.downed', 3), p('people.killed', 1), p('buildings.damaged', 9)],
      [
        { quote: '', metric: 'drones.downed', n: 3, qualifier: 'exact' },
        { quote: '', metric: 'people.killed', n: 1, qualifier: 'exact', optional: true },
        { quote: '', metric: 'drones.hit', n: 2, qualifier: 'exact' },
      ],
    );
    expect([c.tp, c.fp, c.fn]).toEqual([1, 0, 1]);
  });
});

describe('extraction accuracy', () => {
  it('reads every seed figure with every attribute right', () => {
    assertFloors(score('seeds', seedArticles()), SEED_FLOORS);
  });

  it(`reads the real-news corpus at F1 >= ${CORPUS_FLOORS.f1} with each attribute at its floor`, () => {
    assertFloors(score('corpus', corpusArticles()), CORPUS_FLOORS);
  });
});

describe('verdicts on the real-news corpus', () => {
  const articles = corpusArticles();
  const inputs: CheckInput[] = articles.map((a) => {
    const doc = readTextFile(
      `URL: ${a.url}\nDate: ${a.published}\nOutlet: ${a.outlet ?? ''}\n---\n${a.text}`,
      { published: null, url: null },
    );
    return { file: a.path, doc, mentions: mentionsOf(doc) };
  });
  const files = checkDocuments(inputs, '2026-01-01T00:00:00.000Z');

  /** How many expectations `check` meets, printed with the ones it misses. */
  function measure(name: string, explain: boolean): number {
    const expectations = verdictExpectations(articles, explain);
    const failures: string[] = [];
    for (const e of expectations) {
      const mentions = files.find((f) => f.file === e.article)?.mentions ?? [];
      const fitting = mentions.filter(
        (m) =>
          m.metric === e.metric &&
          m.value.n === e.n &&
          (m.place?.code ?? null) === e.place &&
          m.date === e.date,
      );
      if (!fitting.some((m) => m.verdict === e.verdict)) {
        const got = fitting.map((m) => m.verdict).join(',') || 'no such mention';
        failures.push(`${e.article} ${e.metric} ${e.n}: expect ${e.verdict}, got ${got}`);
      }
    }
    const ok = expectations.length - failures.length;
    const ratio = ok / expectations.length;
    console.log(
      `${name}: ${ok} of ${expectations.length} (${ratio.toFixed(3)})\n` +
        failures.map((f) => `  ${f}`).join('\n'),
    );
    expect(expectations.length).toBeGreaterThan(100);
    return ratio;
  }

  it(`gives at least ${VERDICT_FLOOR} of the verdicts CLAIMS.md sections 2 and 2.1 give on the gold`, () => {
    expect(measure('verdicts, explained', true)).toBeGreaterThanOrEqual(VERDICT_FLOOR);
  });

  it('reports the section 2 rule alone too (explained gaps count as conflicts there)', () => {
    // check now sets explained and updated figures apart, so this measure is lower by design;
    // it is printed for comparison with verdicts.mjs without --explained, and must stay sane.
    expect(measure('verdicts, section 2 only', false)).toBeGreaterThan(0.6);
  });
});
