/**
 * Every claim of a view, page by page, for an export: as many rows per request as the
 * protocol allows, until the background says there are no more.
 *
 * @module
 */
import type { Claim } from '../claims/claim';
import { MAX_PAGE_ROWS } from '../messages/protocol';
import type { FetchPage } from './row-pager';
import type { ViewState } from './url-state';

/**
 * Yields the claims of `view` one page at a time. Stops early, with an `AbortError`, when
 * `signal` aborts; a page that fails ends the run with its error.
 */
export async function* claimPages(
  fetchPage: FetchPage,
  view: ViewState,
  signal?: AbortSignal,
  pageSize: number = MAX_PAGE_ROWS,
): AsyncGenerator<readonly Claim[], void, undefined> {
  for (let offset = 0; ;) {
    signal?.throwIfAborted();
    const page = await fetchPage(view, offset, pageSize);
    signal?.throwIfAborted();
    if (page.rows.length > 0) yield page.rows;
    offset += page.rows.length;
    // An answer with no rows but "more" would loop for ever.
    if (!page.more || page.rows.length === 0) return;
  }
}
