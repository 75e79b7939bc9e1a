/**
 * The claims table's columns: header, sort key and cell text of each. Data, so the header and
 * every row agree on the order.
 *
 * @module
 */
import type { Claim } from '../../lib/claims/claim';
import type { ListedClaim } from '../../lib/claims-browser/row-pager';
import type { ClaimColumn } from '../../lib/claims/claim-query';
import { formatValue } from '../../lib/claims/interval';
import { dateWords, originWords } from '../format';
import { metricShortWords, metricWords } from '../metric-words';
import { VERDICT_LOOK } from '../verdict-words';

export interface ClaimTableColumn {
  id: string;
  label: string;
  /** The sort key, or null for a column the background cannot sort by. */
  sort: ClaimColumn | null;
  /** The cell's text. */
  cell: (claim: ListedClaim) => string;
  /** Right-aligned, for numbers. */
  numeric?: boolean;
  /** An extra class for the cell (the verdict's colours). */
  tone?: (claim: ListedClaim) => string;
}

/**
 * A value as its cell says it: as {@link formatValue} does, but an `about` figure as the outlet
 * put it ("around 122"); the interval it stands for is in the details panel.
 */
export function valueCell(value: Claim['value']): string {
  return value.qualifier === 'about' ? `around ${value.n}` : formatValue(value);
}

/** A verdict as its cell says it, icon and name: "≠ Conflicting"; "—" before it is known. */
export function verdictLabel(claim: ListedClaim): string {
  if (!claim.verdict) return '—';
  const look = VERDICT_LOOK[claim.verdict];
  return look.icon ? `${look.icon} ${look.name}` : look.name;
}

/** How an origin reads in the table: "browsed" too, since a column needs a word for every row. */
export function originLabel(origin: string): string {
  return originWords(origin) ?? 'browsed';
}

/** A stored timestamp (any offset) as its UTC `YYYY-MM-DDTHH:MM`, or null if unreadable. */
export function utcMinute(iso: string): string | null {
  const when = new Date(iso);
  return Number.isNaN(when.getTime()) ? null : when.toISOString().slice(0, 16);
}

/** "RU", "UA" or "unknown". */
export function attackerLabel(attacker: Claim['attacker']): string {
  return attacker ?? 'unknown';
}

/** The columns after the selection checkbox, in order. */
export const CLAIM_TABLE_COLUMNS: readonly ClaimTableColumn[] = [
  { id: 'date', label: 'Date', sort: 'date', cell: (c) => dateWords(c.date) ?? '—' },
  {
    id: 'metric',
    label: 'Metric',
    sort: 'metric',
    cell: (c) => metricShortWords(c.metric, c.group),
  },
  { id: 'value', label: 'Value', sort: 'value', cell: (c) => valueCell(c.value), numeric: true },
  // Worked out against the other sources when the rows are read, so not a sort key.
  {
    id: 'verdict',
    label: 'Verdict',
    sort: null,
    cell: verdictLabel,
    tone: (c) => (c.verdict ? `v-${c.verdict}` : ''),
  },
  { id: 'place', label: 'Place', sort: 'place', cell: (c) => c.place?.name ?? '—' },
  { id: 'attacker', label: 'Attacker', sort: 'attacker', cell: (c) => attackerLabel(c.attacker) },
  { id: 'outlet', label: 'Outlet', sort: 'outlet', cell: (c) => c.source.outlet ?? '—' },
  { id: 'originator', label: 'Said by', sort: 'originator', cell: (c) => c.attributedTo ?? '—' },
  // One word a row: "official" (the details say "official record").
  {
    id: 'origin',
    label: 'Origin',
    sort: 'origin',
    cell: (c) => originLabel(c.origin).split(' ')[0]!,
  },
  {
    id: 'createdAt',
    label: 'Recorded',
    sort: 'createdAt',
    cell: (c) => dateWords(utcMinute(c.createdAt)?.slice(0, 10) ?? null) ?? c.createdAt,
  },
];

/** A short description of a claim for labels: "132 drones shot down, 20 Jul 2025". */
export function claimSummary(claim: Claim): string {
  const when = dateWords(claim.date);
  const what = `${formatValue(claim.value)} ${metricWords(claim.metric, claim.group)}`;
  return when ? `${what}, ${when}` : what;
}
