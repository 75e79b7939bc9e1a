import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../lib/extract';
import {
  addCounts,
  ATTRIBUTES,
  emptyCounts,
  prf,
  scoreArticle,
  valueFits,
  type GoldArticle,
} from './score-helper';

/** The hand-annotated seeds; CI clones the project with `shared/` beside it (as tests/e2e does). */
const GOLD_PATH =
  process.env.GOLD_PATH ??
  fileURLToPath(new URL('../../../../shared/seeds/gold.json', import.meta.url));
const gold = JSON.parse(readFileSync(GOLD_PATH, 'utf8')) as { articles: GoldArticle[] };

const MIN_F1 = 0.9;

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

describe('extraction accuracy on the seed articles', () => {
  it(`reaches F1 >= ${MIN_F1} on metric + value`, () => {
    const total = emptyCounts();
    for (const a of gold.articles) {
      const text = readFileSync(join(dirname(GOLD_PATH), a.file), 'utf8');
      const c = scoreArticle(extractMentions(text, { published: a.published }), a.figures);
      console.log(`${a.file.padEnd(28)} tp ${c.tp} fp ${c.fp} fn ${c.fn}`);
      addCounts(total, c);
    }
    const { precision, recall, f1 } = prf(total);
    const attrs = ATTRIBUTES.map((k) => {
      const [ok, n] = total.attributes[k];
      return `${k} ${n ? (ok / n).toFixed(3) : 'n/a'} (${ok}/${n})`;
    });
    console.log(
      `seeds: tp ${total.tp} fp ${total.fp} fn ${total.fn} — precision ${precision.toFixed(3)}, ` +
        `recall ${recall.toFixed(3)}, F1 ${f1.toFixed(3)}; attributes: ${attrs.join(', ')}`,
    );
    expect(total.tp + total.fn).toBeGreaterThan(0);
    expect(f1).toBeGreaterThanOrEqual(MIN_F1);
  });
});
