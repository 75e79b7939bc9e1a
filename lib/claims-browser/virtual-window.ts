/**
 * The maths of a virtualised list with fixed row height: which rows are in the DOM, where the
 * active row moves on a key press, and how far to scroll to show it.
 *
 * @module
 */

/** The scrolled box and the list in it. */
export interface ListGeometry {
  /** Pixels scrolled from the first row. */
  scrollTop: number;
  /** Height of the part of the box that shows rows (without a sticky header). */
  viewportHeight: number;
  rowHeight: number;
  rowCount: number;
}

/** Rows `start` (inclusive) to `end` (exclusive). */
export interface RowRange {
  start: number;
  end: number;
}

/**
 * The rows to render: those at least partly visible plus `overscan` rows either side, so a
 * small scroll never shows a blank before the next frame.
 */
export function visibleRange(geometry: ListGeometry, overscan = 8): RowRange {
  const { rowHeight, rowCount } = geometry;
  if (rowCount <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const top = Math.max(0, geometry.scrollTop);
  const height = Math.max(0, geometry.viewportHeight);
  const first = Math.floor(top / rowHeight);
  const last = Math.ceil((top + height) / rowHeight);
  const start = Math.min(rowCount, Math.max(0, first - overscan));
  const end = Math.min(rowCount, Math.max(start, last + overscan));
  return { start, end };
}

/** The keys that move the active row. */
export type NavigationKey = 'ArrowUp' | 'ArrowDown' | 'PageUp' | 'PageDown' | 'Home' | 'End';

/** Whether a `KeyboardEvent.key` moves the active row. */
export function isNavigationKey(key: string): key is NavigationKey {
  return ['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End'].includes(key);
}

/**
 * The active row after a key press. With no active row yet (`null`), any key starts at the
 * first row (End at the last). `pageRows` is how many rows fit in the viewport.
 */
export function moveActive(
  active: number | null,
  key: NavigationKey,
  rowCount: number,
  pageRows: number,
): number | null {
  if (rowCount <= 0) return null;
  const last = rowCount - 1;
  if (active === null) return key === 'End' ? last : 0;
  const step = Math.max(1, pageRows - 1);
  const next = {
    ArrowUp: active - 1,
    ArrowDown: active + 1,
    PageUp: active - step,
    PageDown: active + step,
    Home: 0,
    End: last,
  }[key];
  return Math.min(last, Math.max(0, next));
}

/**
 * The scroll position that shows row `index` whole, moving as little as possible: unchanged
 * when it is already in view.
 */
export function scrollToReveal(index: number, geometry: ListGeometry): number {
  const { scrollTop, viewportHeight, rowHeight } = geometry;
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return Math.max(0, bottom - viewportHeight);
  return scrollTop;
}
