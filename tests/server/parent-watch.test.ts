import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchParent } from '../../server/parent-watch';

describe('watchParent', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('calls back once, after the parent changes, and not while it stays', () => {
    let parent = 100;
    const gone = vi.fn();
    watchParent(gone, { ppid: () => parent, intervalMs: 1000 });
    vi.advanceTimersByTime(5000);
    expect(gone).not.toHaveBeenCalled();
    parent = 1;
    vi.advanceTimersByTime(1000);
    expect(gone).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(gone).toHaveBeenCalledTimes(1);
  });

  it('stops looking when told to', () => {
    let parent = 100;
    const gone = vi.fn();
    const stop = watchParent(gone, { ppid: () => parent, intervalMs: 1000 });
    stop();
    parent = 1;
    vi.advanceTimersByTime(5000);
    expect(gone).not.toHaveBeenCalled();
  });
});
