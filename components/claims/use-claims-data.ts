import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { DEFAULT_SORT } from '../../lib/claims/claim-query';
import type { ClaimsApi } from '../../lib/claims-browser/claims-api';
import { RowPager } from '../../lib/claims-browser/row-pager';
import { viewKey, type ViewState } from '../../lib/claims-browser/url-state';
import type { ClaimFacetsResponse } from '../../lib/messages/protocol';

/** Rows per `query-claims` request while browsing. */
const PAGE_SIZE = 200;

export interface ClaimsData {
  pager: RowPager;
  /** Bumped whenever the pager has news (rows, counts, an error). */
  version: number;
  /** Matching claims, null while counting. */
  count: number | null;
  /** All stored claims, null while counting. */
  total: number | null;
  countError: string | null;
  facets: ClaimFacetsResponse | null;
  /** After an edit, delete or import: forget cached rows, count and facets, fetch again. */
  reload: () => void;
}

/**
 * The table's data for a view: rows through a pager, the count (asked separately, so the first
 * rows do not wait for it) and the filters' facets.
 */
export function useClaimsData(api: ClaimsApi, view: ViewState): ClaimsData {
  const [version, setVersion] = useState(0);
  const [dataVersion, setDataVersion] = useState(0);
  const [counted, setCounted] = useState<{ key: string; count: number; total: number } | null>(
    null,
  );
  const [countError, setCountError] = useState<string | null>(null);
  const [facets, setFacets] = useState<ClaimFacetsResponse | null>(null);
  const pager = useMemo(
    () =>
      new RowPager(api.queryPage, {
        pageSize: PAGE_SIZE,
        onChange: () => setVersion((v) => v + 1),
        fetchVerdicts: api.verdicts,
      }),
    [api],
  );
  const key = viewKey(view.filter, view.sort);
  // The count depends on the filter only: re-sorting does not count again.
  const filterKey = viewKey(view.filter, DEFAULT_SORT);

  // The first page is asked for here, not only by the table, which is not shown while empty.
  useEffect(() => {
    pager.setView(view);
    pager.ensure(0, 1);
  }, [pager, key]);

  // Counting and the facets wait for the first rows: IndexedDB runs one long count (every
  // claim) ahead of the page's short reads, and the rows are what the user is waiting for.
  const first = pager.answered || pager.error !== null;
  // The facets do not depend on the view: once the first rows are in, they are asked for once.
  const facetsDue = useRef(false);
  if (first) facetsDue.current = true;
  const facetsReady = facetsDue.current;

  useEffect(() => {
    if (!first) return;
    let current = true;
    setCountError(null);
    api.count(view.filter).then(
      (answer) => current && setCounted({ key: filterKey, ...answer }),
      (e: unknown) => current && setCountError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      current = false;
    };
  }, [api, filterKey, dataVersion, first]);

  useEffect(() => {
    if (!facetsReady) return;
    let current = true;
    api.facets().then(
      (answer) => current && setFacets(answer),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api, dataVersion, facetsReady]);

  const fresh = counted?.key === filterKey ? counted : null;
  return {
    pager,
    version,
    count: fresh?.count ?? null,
    total: fresh?.total ?? counted?.total ?? null,
    countError,
    facets,
    reload: () => {
      pager.refresh();
      pager.ensure(0, 1);
      setCounted(null);
      setDataVersion((v) => v + 1);
    },
  };
}
