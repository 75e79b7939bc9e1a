/**
 * Claims as CSV rows and back (columns in ./claim-columns).
 *
 * @module
 */
import type { Claim, FigureCheck, Other } from '../claims/claim';
import { CLAIM_COLUMNS, REQUIRED_COLUMNS, type ClaimColumn } from './claim-columns';
import { unguardFormula } from './csv';

function num(n: number | null): string | null {
  return n === null ? null : String(n);
}

/** The cells of a claim, in {@link CLAIM_COLUMNS} order. */
export function claimCells(c: Claim): (string | null)[] {
  return [
    c.id,
    c.text,
    c.quote,
    c.metric,
    String(c.value.n),
    num(c.value.min),
    num(c.value.max),
    c.value.qualifier,
    c.attacker,
    c.group,
    c.place?.name ?? null,
    c.place?.code ?? null,
    c.place?.level ?? null,
    c.date,
    c.attributedTo,
    c.source.url,
    c.source.outlet,
    c.source.title,
    c.source.publishedAt,
    c.origin,
    c.createdAt,
    c.updatedAt,
    c.editedAt ?? null,
  ];
}

/** Distinct URLs: the card counts sources, not claims. */
function urls(others: readonly Other[]): string[] {
  return [...new Set(others.map((o) => o.url))];
}

/** The page columns of a figure's check; all empty when the figure has no answer yet. */
export function checkCells(check: FigureCheck | null): (string | null)[] {
  if (!check) return [null, null, null, null, null];
  const agree = urls(check.agree);
  const disagree = urls(check.disagree);
  return [
    check.verdict,
    String(agree.length),
    String(disagree.length),
    agree.join(' ') || null,
    disagree.join(' ') || null,
  ];
}

/** Where each claim column is in a file's header; -1 when absent. */
export type HeaderMap = Readonly<Record<ClaimColumn, number>>;

/** Header cell as a column name: case, spaces and a formula guard do not matter. */
function columnName(cell: string | null): string {
  return unguardFormula(cell ?? '')
    .trim()
    .toLowerCase();
}

/**
 * Reads a claims CSV header.
 *
 * @returns the column positions, or the names of the required columns it lacks.
 */
export function readHeader(fields: readonly (string | null)[]): HeaderMap | { missing: string[] } {
  const names = fields.map(columnName);
  const map = {} as Record<ClaimColumn, number>;
  for (const { name } of CLAIM_COLUMNS) map[name] = names.indexOf(name);
  const missing = REQUIRED_COLUMNS.filter((name) => map[name] < 0);
  return missing.length ? { missing } : map;
}

/** A value that failed before schema validation, with the reason. */
export class CellError extends Error {}

function wholeNumber(column: string, cell: string | null): number | null {
  if (cell === null) return null;
  const t = cell.trim();
  if (!/^\d{1,16}$/.test(t))
    throw new CellError(`${column}: "${cell.slice(0, 40)}" is not a whole number`);
  return Number(t);
}

/**
 * Columns where an empty text (`""`) differs from no value (an empty cell). Elsewhere an empty
 * text cannot be valid, so tools that quote every cell are read as meaning "no value".
 */
const TEXT_COLUMNS: ReadonlySet<ClaimColumn> = new Set([
  'quote',
  'source_outlet',
  'source_title',
  'source_published_at',
]);

/**
 * A CSV record as an unchecked claim: the caller validates it. An empty cell is null; columns
 * missing from the file count as empty.
 *
 * @throws CellError for a number cell that is not a whole number.
 */
export function recordToCandidate(
  header: HeaderMap,
  fields: readonly (string | null)[],
): Record<string, unknown> {
  const cell = (name: ClaimColumn): string | null => {
    const i = header[name];
    const raw = i < 0 ? null : (fields[i] ?? null);
    if (raw === null || (raw === '' && !TEXT_COLUMNS.has(name))) return null;
    return unguardFormula(raw);
  };
  const placeName = cell('place_name');
  const placeCode = cell('place_code');
  const placeLevel = cell('place_level');
  const hasPlace = placeName !== null || placeCode !== null || placeLevel !== null;
  return {
    id: cell('id') ?? undefined,
    text: cell('text') ?? '',
    quote: cell('quote') ?? '',
    metric: cell('metric'),
    value: {
      n: wholeNumber('value_n', cell('value_n')),
      min: wholeNumber('value_min', cell('value_min')),
      max: wholeNumber('value_max', cell('value_max')),
      qualifier: cell('value_qualifier'),
    },
    attacker: cell('attacker'),
    group: cell('group'),
    place: hasPlace ? { name: placeName, code: placeCode, level: placeLevel } : null,
    date: cell('date'),
    attributedTo: cell('attributed_to'),
    source: {
      url: cell('source_url'),
      outlet: cell('source_outlet'),
      title: cell('source_title'),
      publishedAt: cell('source_published_at'),
    },
    origin: cell('origin') ?? undefined,
    createdAt: cell('created_at') ?? undefined,
    updatedAt: cell('updated_at') ?? undefined,
    editedAt: cell('edited_at') ?? undefined,
  };
}
