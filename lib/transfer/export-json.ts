/**
 * Claims as a claims-list/1 JSON document, produced in chunks: the list fields, then one claim
 * per line, so a large export is never one string and a bad line in an edited file is easy to
 * find.
 *
 * @module
 */
import type { Claim } from '../claims/claim';
import { CLAIMS_LIST_FORMAT, type ListMeta } from './claims-list';
import { ROWS_PER_CHUNK, type CheckedClaim, type ItemSource } from './export-csv';

async function* listChunks<T>(
  meta: ListMeta,
  items: ItemSource<T>,
  toJson: (item: T) => unknown,
): AsyncGenerator<string> {
  const head = {
    format: CLAIMS_LIST_FORMAT,
    id: meta.id,
    name: meta.name,
    updatedAt: meta.updatedAt,
    cursor: meta.cursor,
  };
  // The head without its closing brace, then the claims array.
  let chunk = JSON.stringify(head).slice(0, -1) + ',"claims":[';
  let rows = 0;
  for await (const item of items) {
    chunk += (rows === 0 ? '\n' : ',\n') + JSON.stringify(toJson(item));
    if (++rows % ROWS_PER_CHUNK === 0) {
      yield chunk;
      chunk = '';
    }
  }
  yield chunk + (rows ? '\n' : '') + '],"deleted":[]}\n';
}

/** The claims as a claims-list/1 document (publishable as a read-only team list). */
export function claimsToJson(meta: ListMeta, claims: ItemSource<Claim>): AsyncGenerator<string> {
  return listChunks(meta, claims, (c) => c);
}

/**
 * A page's figures as a claims-list/1 document; each claim also carries `verdict`, `agree` and
 * `disagree` (the other sources), which the contract allows as extra fields. A figure without
 * an answer has verdict null and empty lists.
 */
export function pageToJson(
  meta: ListMeta,
  items: ItemSource<CheckedClaim>,
): AsyncGenerator<string> {
  return listChunks(meta, items, ({ claim, check }) => ({
    ...claim,
    verdict: check?.verdict ?? null,
    agree: check?.agree ?? [],
    disagree: check?.disagree ?? [],
  }));
}
