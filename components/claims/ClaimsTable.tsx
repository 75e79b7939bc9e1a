import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { TargetedKeyboardEvent } from 'preact';
import type { Claim } from '../../lib/claims/claim';
import type { ClaimColumn, ClaimSort } from '../../lib/claims/claim-query';
import type { RowPager } from '../../lib/claims-browser/row-pager';
import {
  isNavigationKey,
  moveActive,
  scrollToReveal,
  visibleRange,
} from '../../lib/claims-browser/virtual-window';
import { ClaimRow, LoadingRow } from './ClaimRow';
import { CLAIM_TABLE_COLUMNS } from './columns';

/** Every row is this tall (claims.css sets the same), which is what makes virtualising cheap. */
export const ROW_HEIGHT = 30;
/** Rows rendered beyond each edge of the viewport. */
const OVERSCAN = 10;

export interface ClaimsTableProps {
  /** The grid's element id (others focus it). */
  gridId: string;
  pager: RowPager;
  /** Bumped by the pager's owner whenever rows arrive, so wanted pages are asked for again. */
  version: number;
  /** Changes when the view (filter or sort) does: the list scrolls back to the top. */
  viewKey: string;
  rowCount: number;
  sort: ClaimSort;
  onSort: (column: ClaimColumn) => void;
  active: number | null;
  onActive: (index: number) => void;
  /** Ids of the selected claims. */
  selected: { has(id: string): boolean };
  onToggleSelected: (claim: Claim) => void;
  /** Opens a claim's details; `byKeyboard` asks for focus to move there. */
  onOpen: (claim: Claim, byKeyboard: boolean) => void;
  /** The element naming the table (its heading). */
  labelledBy: string;
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/**
 * The claims as a virtualised ARIA grid: a focusable scroll box whose active row is moved with
 * the arrow keys, PageUp/PageDown and Home/End (Enter opens it, Space selects it). Only the
 * rows in view, plus some overscan, are in the DOM; the row group is as tall as all the rows.
 */
export function ClaimsTable(props: ClaimsTableProps) {
  const { pager, rowCount, active } = props;
  const boxRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLDivElement>(null);
  const frame = useRef(0);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewportHeight, setViewportHeight] = useState(600);
  const rowId = (index: number): string => `${props.gridId}-row-${index}`;
  // Stable handlers, so rows that stay in view are not re-rendered on every scroll frame.
  const latest = useRef(props);
  latest.current = props;
  const onRowClick = useCallback((index: number, claim: Claim): void => {
    latest.current.onActive(index);
    latest.current.onOpen(claim, false);
  }, []);
  const onToggle = useCallback((claim: Claim) => latest.current.onToggleSelected(claim), []);

  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const measure = (): void =>
      setViewportHeight(Math.max(0, box.clientHeight - (headRef.current?.offsetHeight ?? 0)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  useLayoutEffect(() => {
    if (boxRef.current) boxRef.current.scrollTop = 0;
    setScrollTop(0);
  }, [props.viewKey]);

  const geometry = { scrollTop, viewportHeight, rowHeight: ROW_HEIGHT, rowCount };
  const range = visibleRange(geometry, OVERSCAN);

  useEffect(() => {
    pager.ensure(range.start, range.end);
  }, [pager, range.start, range.end, props.version]);

  const onScroll = (): void => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => setScrollTop(boxRef.current?.scrollTop ?? 0));
  };

  const onKeyDown = (event: TargetedKeyboardEvent<HTMLDivElement>): void => {
    if (event.target !== event.currentTarget) return;
    const { key } = event;
    if (isNavigationKey(key)) {
      event.preventDefault();
      const pageRows = Math.max(1, Math.floor(viewportHeight / ROW_HEIGHT));
      const next = moveActive(active, key, rowCount, pageRows);
      if (next === null) return;
      props.onActive(next);
      const box = boxRef.current;
      if (box) box.scrollTop = scrollToReveal(next, { ...geometry, scrollTop: box.scrollTop });
      return;
    }
    const claim = active === null ? undefined : pager.row(active);
    if (!claim) return;
    if (key === 'Enter') {
      event.preventDefault();
      props.onOpen(claim, true);
    } else if (key === ' ') {
      event.preventDefault();
      props.onToggleSelected(claim);
    }
  };

  const indices: number[] = [];
  for (let i = range.start; i < range.end; i++) indices.push(i);
  // The active row stays in the DOM when scrolled away, so aria-activedescendant finds it.
  if (active !== null && active < rowCount && (active < range.start || active >= range.end))
    indices.push(active);

  return (
    <div
      ref={boxRef}
      id={props.gridId}
      class="claims-grid"
      role="grid"
      tabIndex={0}
      aria-labelledby={props.labelledBy}
      aria-rowcount={rowCount + 1}
      aria-colcount={CLAIM_TABLE_COLUMNS.length + 1}
      aria-activedescendant={active !== null && active < rowCount ? rowId(active) : undefined}
      onScroll={onScroll}
      onKeyDown={onKeyDown}
    >
      <div ref={headRef} class="claims-head" role="rowgroup">
        <div class="claims-row" role="row" aria-rowindex={1}>
          <div class="cell cell-select" role="columnheader">
            <span class="visually-hidden">Selected</span>
          </div>
          {CLAIM_TABLE_COLUMNS.map((column) => {
            const sorted = column.sort !== null && column.sort === props.sort.column;
            return (
              <div
                key={column.id}
                class={`cell cell-${column.id}${column.numeric ? ' numeric' : ''}`}
                role="columnheader"
                aria-sort={sorted ? ARIA_SORT[props.sort.direction] : undefined}
              >
                {column.sort === null ? (
                  <span class="head-label">{column.label}</span>
                ) : (
                  <SortButton
                    label={column.label}
                    direction={sorted ? props.sort.direction : null}
                    onClick={() => column.sort && props.onSort(column.sort)}
                  />
                )}
              </div>
            );
          })}
        </div>
      </div>
      <div class="claims-body" role="rowgroup" style={{ height: `${rowCount * ROW_HEIGHT}px` }}>
        {indices.map((index) => {
          const claim = pager.row(index);
          const common = {
            id: rowId(index),
            index,
            top: index * ROW_HEIGHT,
            active: index === active,
          };
          return claim ? (
            <ClaimRow
              key={index}
              {...common}
              claim={claim}
              selected={props.selected.has(claim.id)}
              onToggleSelected={onToggle}
              onRowClick={onRowClick}
            />
          ) : (
            <LoadingRow key={index} {...common} />
          );
        })}
      </div>
    </div>
  );
}

function SortButton(props: {
  label: string;
  direction: 'asc' | 'desc' | null;
  onClick: () => void;
}) {
  const arrow = props.direction === 'asc' ? '▲' : props.direction === 'desc' ? '▼' : '';
  return (
    <button type="button" class="sort-button" onClick={props.onClick}>
      {props.label}
      <span class="sort-arrow" aria-hidden="true">
        {arrow}
      </span>
    </button>
  );
}
