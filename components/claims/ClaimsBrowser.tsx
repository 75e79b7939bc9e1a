import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import type { Claim } from '../../lib/claims/claim';
import type { ClaimColumn } from '../../lib/claims/claim-query';
import { claimsApi } from '../../lib/claims-browser/claims-api';
import { claimsWords, countLine } from '../../lib/claims-browser/count-line';
import { defaultDirection, isEmptyFilter, viewKey } from '../../lib/claims-browser/url-state';
import type { Send } from '../../lib/messages/client';
import { ClaimDetails } from './ClaimDetails';
import { ClaimEditor } from './ClaimEditor';
import { ClaimsTable } from './ClaimsTable';
import { claimSummary } from './columns';
import { DeleteConfirm } from './DeleteConfirm';
import { EmptyState } from './EmptyState';
import { EventView, type EventChoice } from './EventView';
import { ExportPanel } from './ExportPanel';
import { FilterBar } from './FilterBar';
import { ImportPanel } from './ImportPanel';
import { ListCopyNotice } from './ListCopyNotice';
import { Modal } from './Modal';
import { useClaimsData } from './use-claims-data';
import { useListCopy } from './use-list-copy';
import { useViewState } from './use-view-state';

type Dialog = 'edit' | 'delete' | 'chart' | 'import' | 'export';

/** Summaries shown in the delete confirmation. */
const SHOWN_SUMMARIES = 5;

/**
 * The claims browser: filters and sort in the URL, a virtualised table of the stored claims,
 * a claim's details with edit and delete, the event chart, import and export.
 */
export function ClaimsBrowser({ send }: { send: Send }) {
  const api = useMemo(() => claimsApi(send), [send]);
  const [view, setView] = useViewState();
  const data = useClaimsData(api, view);
  const copy = useListCopy(send);
  const { pager } = data;
  const key = viewKey(view.filter, view.sort);
  const ids = { heading: useId(), table: useId(), grid: useId() };
  const [active, setActive] = useState<number | null>(null);
  const [selected, setSelected] = useState<ReadonlyMap<string, Claim>>(new Map());
  const [details, setDetails] = useState<{ claim: Claim; byKeyboard: boolean } | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [deleting, setDeleting] = useState<Claim[]>([]);
  const [chart, setChart] = useState<EventChoice | null>(null);
  const [notice, setNotice] = useState('');

  useEffect(() => {
    setActive(null);
    setSelected(new Map());
  }, [key]);

  const filtered = !isEmptyFilter(view.filter);
  const rowCount = pager.rowCount(data.count);
  const answered = pager.answered;
  const empty = answered && rowCount === 0;
  const ready = answered || pager.error !== null;

  const focusGrid = (): void => document.getElementById(ids.grid)?.focus();
  const onSort = (column: ClaimColumn): void => {
    const direction =
      column === view.sort.column
        ? view.sort.direction === 'asc'
          ? 'desc'
          : 'asc'
        : defaultDirection(column);
    setView({ filter: view.filter, sort: { column, direction } });
  };
  const toggleSelected = (claim: Claim): void =>
    setSelected((current) => {
      const next = new Map(current);
      if (next.has(claim.id)) next.delete(claim.id);
      else next.set(claim.id, claim);
      return next;
    });
  const askDelete = (claims: Claim[]): void => {
    setDeleting(claims);
    setDialog('delete');
  };
  const openChart = (choice: EventChoice | null): void => {
    setChart(choice);
    setDialog('chart');
  };
  const close = (): void => setDialog(null);

  return (
    <div class="claims-page" data-ready={ready ? 'true' : 'false'}>
      <header class="page-head">
        <h1 id={ids.heading}>Figure Check — Claims</h1>
        <p class="count-line" aria-live="polite">
          {data.countError
            ? `Could not count: ${data.countError}`
            : countLine(data.count, data.total, filtered)}
        </p>
        <div class="toolbar">
          {selected.size > 0 ? (
            <>
              <button
                type="button"
                class="danger"
                onClick={() => askDelete([...selected.values()])}
              >
                Delete selected ({selected.size})
              </button>
              <button type="button" onClick={() => setSelected(new Map())}>
                Clear selection
              </button>
            </>
          ) : null}
          <button
            type="button"
            onClick={() =>
              openChart(
                view.filter.metric && view.filter.placeCode
                  ? { metric: view.filter.metric, placeCode: view.filter.placeCode }
                  : null,
              )
            }
          >
            Event chart
          </button>
          <button type="button" onClick={() => setDialog('import')}>
            Import…
          </button>
          <button type="button" onClick={() => setDialog('export')}>
            Export…
          </button>
        </div>
      </header>
      <main class="claims-main">
        <ListCopyNotice copy={copy} onShow={data.reload} />
        <FilterBar
          filter={view.filter}
          facets={data.facets}
          onChange={(filter, typed) => setView({ filter, sort: view.sort }, typed)}
        />
        <div class={`claims-layout${details ? ' with-details' : ''}`}>
          <section class="table-area" aria-labelledby={ids.table}>
            <h2 id={ids.table} class="visually-hidden">
              Claims
            </h2>
            {pager.error ? (
              <p class="error" role="alert">
                Could not load claims: {pager.error}{' '}
                <button type="button" onClick={() => pager.retry()}>
                  Try again
                </button>
              </p>
            ) : null}
            {empty ? (
              <EmptyState
                noClaims={!filtered || data.total === 0}
                onClear={() => setView({ filter: {}, sort: view.sort })}
              />
            ) : (
              <ClaimsTable
                gridId={ids.grid}
                pager={pager}
                version={data.version}
                viewKey={key}
                rowCount={rowCount}
                sort={view.sort}
                onSort={onSort}
                active={active}
                onActive={setActive}
                selected={selected}
                onToggleSelected={toggleSelected}
                onOpen={(claim, byKeyboard) => setDetails({ claim, byKeyboard })}
                labelledBy={ids.table}
              />
            )}
          </section>
          {details ? (
            <ClaimDetails
              claim={details.claim}
              takeFocus={details.byKeyboard}
              onClose={() => {
                setDetails(null);
                focusGrid();
              }}
              onEdit={() => setDialog('edit')}
              onDelete={() => askDelete([details.claim])}
              onChart={() =>
                details.claim.place?.code &&
                openChart({ metric: details.claim.metric, placeCode: details.claim.place.code })
              }
            />
          ) : null}
        </div>
      </main>
      <Modal open={dialog === 'edit' && details !== null} title="Edit claim" onClose={close}>
        {details ? (
          <ClaimEditor
            claim={details.claim}
            save={(changes) => api.update(details.claim.id, changes)}
            onSaved={(claim) => {
              setDetails({ claim, byKeyboard: false });
              setNotice('Changes saved.');
              close();
              data.reload();
            }}
            onCancel={close}
          />
        ) : null}
      </Modal>
      <Modal
        open={dialog === 'delete'}
        title="Delete claims"
        onClose={close}
        fallbackFocus={focusGrid}
      >
        <DeleteConfirm
          ids={deleting.map((c) => c.id)}
          summaries={deleting.slice(0, SHOWN_SUMMARIES).map(claimSummary)}
          remove={api.remove}
          onCancel={close}
          onDeleted={(count) => {
            const gone = new Set(deleting.map((c) => c.id));
            if (details && gone.has(details.claim.id)) setDetails(null);
            setSelected((current) => new Map([...current].filter(([id]) => !gone.has(id))));
            setNotice(`Deleted ${claimsWords(count)}.`);
            close();
            data.reload();
          }}
        />
      </Modal>
      <Modal open={dialog === 'chart'} title="Event chart" onClose={close} wide>
        <EventView
          key={JSON.stringify(chart)}
          series={api.series}
          facets={data.facets}
          initial={chart}
        />
      </Modal>
      <Modal open={dialog === 'import'} title="Import claims" onClose={close} keepMounted>
        <ImportPanel importBatch={api.importBatch} onImported={data.reload} />
      </Modal>
      <Modal open={dialog === 'export'} title="Export claims" onClose={close} keepMounted>
        <ExportPanel
          fetchPage={api.queryPage}
          view={view}
          filteredCount={data.count}
          totalCount={data.total}
        />
      </Modal>
      <p class="visually-hidden" role="status">
        {notice}
      </p>
    </div>
  );
}
