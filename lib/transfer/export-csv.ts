/**
 * Claims as CSV text, produced in chunks so that a hundred thousand claims never become one
 * string.
 *
 * @module
 */
import type { Claim, FigureCheck } from '../claims/claim';
import { CLAIM_COLUMNS, PAGE_COLUMNS } from './claim-columns';
import { checkCells, claimCells } from './claim-csv';
import { csvLine } from './csv';

/** Claims to export, in memory or read page by page from the background. */
export type ItemSource<T> = Iterable<T> | AsyncIterable<T>;

/** A figure of a page as a claim, with the verdict the background gave it (null: no answer). */
export interface CheckedClaim {
  claim: Claim;
  check: FigureCheck | null;
}

/** Rows per chunk: big enough to keep the chunk count low, small enough to stay small. */
export const ROWS_PER_CHUNK = 500;

async function* chunked<T>(
  header: string,
  items: ItemSource<T>,
  row: (item: T) => string,
): AsyncGenerator<string> {
  let chunk = header;
  let rows = 0;
  for await (const item of items) {
    chunk += row(item);
    if (++rows % ROWS_PER_CHUNK === 0) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/**
 * The claims CSV: a header of {@link CLAIM_COLUMNS}, then one row per claim. Join the chunks
 * (or hand them to a Blob) for the file.
 */
export function claimsToCsv(claims: ItemSource<Claim>): AsyncGenerator<string> {
  const header = csvLine(CLAIM_COLUMNS.map((c) => c.name));
  return chunked(header, claims, (c) => csvLine(claimCells(c)));
}

/** A page's figures as CSV: the claim columns, then the verdict columns of {@link PAGE_COLUMNS}. */
export function pageToCsv(items: ItemSource<CheckedClaim>): AsyncGenerator<string> {
  const header = csvLine([...CLAIM_COLUMNS, ...PAGE_COLUMNS].map((c) => c.name));
  return chunked(header, items, (i) => csvLine([...claimCells(i.claim), ...checkCells(i.check)]));
}
