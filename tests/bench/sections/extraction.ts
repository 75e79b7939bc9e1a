import { extractMentions } from '../../../lib/extract/index';
import { liveBlog } from '../live-blog';
import { loadSeeds } from '../seeds';
import { round, time } from '../stats';
import type { Row, Section, SectionResult } from '../types';

/** Target: extracting a 10 KB article takes under this many ms. */
// Issue 15: a 10 KB article in half a millisecond.
export const MS_PER_10KB_TARGET = 0.5;
const RUNS = 100;
const WARMUP = 30;
/** 1 KB = 1000 bytes, as 1 MB = 10^6 bytes elsewhere in the bench. */
const KB = 1000;
const PUBLISHED = '2025-07-20';

interface Measured {
  name: string;
  bytes: number;
  published: string;
  figures: number;
  medianMs: number;
  p95Ms: number;
  msPer10KB: number;
}

function measure(name: string, text: string, published: string): Measured {
  const options = { published };
  for (let i = 0; i < WARMUP; i++) extractMentions(text, options);
  const t = time(() => extractMentions(text, options), RUNS);
  const bytes = Buffer.byteLength(text, 'utf8');
  return {
    name,
    bytes,
    published,
    figures: extractMentions(text, options).length,
    medianMs: t.median,
    p95Ms: t.p95,
    msPer10KB: (t.median * 10 * KB) / bytes,
  };
}

function rowOf(m: Measured): Row {
  const ok = m.msPer10KB < MS_PER_10KB_TARGET;
  return {
    measure: `${m.name} (${(m.bytes / KB).toFixed(1)} KB, ${m.figures} figures)`,
    value:
      `median ${m.medianMs.toFixed(3)} ms, p95 ${m.p95Ms.toFixed(3)} ms, ` +
      `${m.msPer10KB.toFixed(3)} ms/10 KB`,
    target: `< ${MS_PER_10KB_TARGET} ms/10 KB`,
    ok,
  };
}

function jsonOf(m: Measured): Record<string, unknown> {
  return {
    file: m.name,
    kb: round(m.bytes / KB, 2),
    published: m.published,
    figures: m.figures,
    runs: RUNS,
    medianMs: round(m.medianMs, 4),
    p95Ms: round(m.p95Ms, 4),
    msPer10KB: round(m.msPer10KB, 4),
  };
}

/** Extraction time per seed article, and on a 10 KB slice of the live blog (the target's size). */
export const extraction: Section = {
  name: 'extraction',
  run(): SectionResult {
    const seeds = loadSeeds().map((s) => measure(s.file, s.text, s.published));
    const tenKB = measure('live blog, first 10 KB', liveBlog(10 * KB), PUBLISHED);
    const all = [...seeds, tenKB];
    const worst = Math.max(...all.map((m) => m.msPer10KB));
    return {
      rows: all.map(rowOf),
      json: {
        unit: 'KB = 1000 bytes',
        targetMsPer10KB: MS_PER_10KB_TARGET,
        worstMsPer10KB: round(worst, 4),
        met: worst < MS_PER_10KB_TARGET,
        articles: seeds.map(jsonOf),
        liveBlog10KB: jsonOf(tenKB),
      },
    };
  },
};
