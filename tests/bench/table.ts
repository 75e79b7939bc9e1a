import type { Row } from './types';

/** A titled group of rows, as printed. */
export interface TableGroup {
  title: string;
  rows: Row[];
}

const HEAD: Row = { measure: 'measure', value: 'value', target: 'target' };

/** Renders groups of rows as a plain-text table with ✓/✗ next to each target. */
export function renderTable(groups: TableGroup[]): string {
  const all = [HEAD, ...groups.flatMap((g) => g.rows)];
  const w1 = Math.max(...all.map((r) => r.measure.length));
  const w2 = Math.max(...all.map((r) => r.value.length));
  const w3 = Math.max(...all.map((r) => (r.target ?? '').length));
  const line = (r: Row, mark: string): string =>
    `${r.measure.padEnd(w1)} │ ${r.value.padEnd(w2)} │ ${(r.target ?? '').padEnd(w3)} │ ${mark}`;
  const rule = '─'.repeat(w1 + w2 + w3 + 12);
  const out = [line(HEAD, 'ok'), rule];
  for (const g of groups) {
    out.push(`[${g.title}]`);
    for (const r of g.rows) out.push(line(r, r.ok === undefined ? '' : r.ok ? '✓' : '✗ MISSED'));
  }
  return out.join('\n');
}
