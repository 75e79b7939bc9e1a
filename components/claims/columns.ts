/**
 * The claims table's columns: header, sort key and cell text of each. Data, so the header and
 * every row agree on the order.
 *
 * @module
 */
import type { Claim } from '../../lib/claims/claim';
import type { ClaimColumn } from '../../lib/claims/claim-query';
import { formatValue } from '../../lib/claims/interval';
import { dateWords, originWords } from '../format';
import { metricWords } from '../metric-words';

export interface ClaimTableColumn {
  id: string;
  label: string;
  /** The sort key, or null for a column the background cannot sort by. */
  sort: ClaimColumn | null;
  /** The cell's text. */
  cell: (claim: Claim) => string;
  /** Right-aligned, for numbers. */
  numeric?: boolean;
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
  { id: 'text', label: 'Figure', sort: null, cell: (c) => c.text },
  { id: 'metric', label: 'Metric', sort: 'metric', cell: (c) => metricWords(c.metric, c.group) },
  { id: 'value', label: 'Value', sort: 'value', cell: (c) => formatValue(c.value), numeric: true },
  { id: 'place', label: 'Place', sort: 'place', cell: (c) => c.place?.name ?? '—' },
  { id: 'attacker', label: 'Attacker', sort: 'attacker', cell: (c) => attackerLabel(c.attacker) },
  { id: 'outlet', label: 'Outlet', sort: 'outlet', cell: (c) => c.source.outlet ?? '—' },
  { id: 'originator', label: 'Said by', sort: 'originator', cell: (c) => c.attributedTo ?? '—' },
  { id: 'origin', label: 'Origin', sort: 'origin', cell: (c) => originLabel(c.origin) },
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
