import { describe, expect, it } from 'vitest';
import {
  isNavigationKey,
  moveActive,
  scrollToReveal,
  visibleRange,
} from '../../../lib/claims-browser/virtual-window';

const list = { rowHeight: 30, viewportHeight: 300, rowCount: 100_000 };

describe('visibleRange', () => {
  it('renders the visible rows plus overscan, never past either end', () => {
    expect(visibleRange({ ...list, scrollTop: 0 }, 5)).toEqual({ start: 0, end: 15 });
    expect(visibleRange({ ...list, scrollTop: 3000 }, 5)).toEqual({ start: 95, end: 115 });
    expect(visibleRange({ ...list, scrollTop: 3015 }, 0)).toEqual({ start: 100, end: 111 });
    const bottom = (list.rowCount - 10) * list.rowHeight;
    expect(visibleRange({ ...list, scrollTop: bottom }, 5)).toEqual({
      start: 99_985,
      end: 100_000,
    });
  });

  it('keeps the DOM small however long the list is', () => {
    const { start, end } = visibleRange({ ...list, scrollTop: 1_234_567 });
    expect(end - start).toBeLessThanOrEqual(11 + 16);
  });

  it('copes with an empty list, a short list and an overscroll bounce', () => {
    expect(visibleRange({ ...list, rowCount: 0, scrollTop: 0 })).toEqual({ start: 0, end: 0 });
    expect(visibleRange({ ...list, rowCount: 3, scrollTop: 0 })).toEqual({ start: 0, end: 3 });
    expect(visibleRange({ ...list, scrollTop: -40 }, 2)).toEqual({ start: 0, end: 12 });
    expect(visibleRange({ ...list, rowCount: 3, scrollTop: 5000 })).toEqual({ start: 3, end: 3 });
  });
});

describe('keyboard movement', () => {
  it('moves by one, by a page, and to either end, staying inside the list', () => {
    expect(moveActive(5, 'ArrowDown', 100, 10)).toBe(6);
    expect(moveActive(0, 'ArrowUp', 100, 10)).toBe(0);
    expect(moveActive(5, 'PageDown', 100, 10)).toBe(14);
    expect(moveActive(95, 'PageDown', 100, 10)).toBe(99);
    expect(moveActive(5, 'PageUp', 100, 10)).toBe(0);
    expect(moveActive(50, 'Home', 100, 10)).toBe(0);
    expect(moveActive(50, 'End', 100, 10)).toBe(99);
  });

  it('starts at the first row (End: the last) and has nowhere to go in an empty list', () => {
    expect(moveActive(null, 'ArrowDown', 100, 10)).toBe(0);
    expect(moveActive(null, 'End', 100, 10)).toBe(99);
    expect(moveActive(null, 'ArrowDown', 0, 10)).toBeNull();
  });

  it('recognises only the navigation keys', () => {
    expect(['ArrowDown', 'End', 'Enter', 'a', 'ArrowLeft'].map(isNavigationKey)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});

describe('scrollToReveal', () => {
  const at = (scrollTop: number) => ({ ...list, scrollTop });
  it('scrolls as little as needed to show the row whole', () => {
    expect(scrollToReveal(15, at(0))).toBe(180);
    expect(scrollToReveal(2, at(300))).toBe(60);
    expect(scrollToReveal(12, at(300))).toBe(300);
    expect(scrollToReveal(0, at(0))).toBe(0);
  });
});
