/**
 * Watching a page for figures that arrive after the first scan: DOM mutations (debounced) and
 * single-page-app navigations (URL changes without a page load).
 *
 * @module
 */
import { listOf } from './dom';

/** What the watcher reports: `full` after a navigation or a huge burst, when marks must go. */
export type ChangeHandler = (full: boolean) => void;

/** Options of {@link watchPage}. */
export interface WatchOptions {
  onChange: ChangeHandler;
  /** Whether a node is one of the extension's own (marks, badges, the card). */
  isOwn: (node: Node) => boolean;
  /** Stops watching when aborted (WXT's `ctx.signal`). */
  signal?: AbortSignal;
  /** Quiet time before reporting, in ms. */
  debounceMs?: number;
  /** Longest a stream of mutations can delay a report, in ms (a ticker never goes quiet). */
  maxWaitMs?: number;
  /** Added nodes in one report above which a full rescan is cheaper than working out what changed. */
  burst?: number;
  /** How often the URL is polled, in ms: `pushState` fires no event a content script can hear. */
  pollMs?: number;
}

/** A running watcher. */
export interface PageWatcher {
  /**
   * Runs `fn` (the extension's own DOM writes) without reporting the mutations it makes. Page
   * mutations already queued are taken first, so none is lost.
   */
  quietly<T>(fn: () => T): T;
  stop(): void;
}

/** The URL without its fragment: jumping to an anchor is not a navigation. */
function pageKey(href: string): string {
  const hash = href.indexOf('#');
  return hash < 0 ? href : href.slice(0, hash);
}

/**
 * Starts watching `doc`. Mutations inside the extension's own elements, or that only add or
 * remove them, are ignored; everything else is reported once things have been quiet for
 * `debounceMs`. A URL change (polled, on `popstate`, and on every mutation batch) is reported as
 * a full change.
 */
export function watchPage(doc: Document, options: WatchOptions): PageWatcher {
  const { onChange, isOwn, signal } = options;
  const debounceMs = options.debounceMs ?? 300;
  const maxWaitMs = options.maxWaitMs ?? 2000;
  const burst = options.burst ?? 500;
  const win = doc.defaultView ?? window;
  let url = pageKey(win.location.href);
  let added = 0;
  let dirty = false;
  let full = false;
  let firstDirtyAt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const ownOrInsideOwn = (node: Node): boolean => {
    for (let n: Node | null = node; n; n = n.parentNode) if (isOwn(n)) return true;
    return false;
  };
  const isOwnRecord = (r: MutationRecord): boolean => {
    if (ownOrInsideOwn(r.target)) return true;
    if (r.type !== 'childList') return false;
    const nodes = [...listOf(r.addedNodes), ...listOf(r.removedNodes)];
    return nodes.length > 0 && nodes.every((n) => isOwn(n));
  };

  const flush = (): void => {
    timer = undefined;
    const wasFull = full || added > burst;
    if (!dirty && !wasFull) return;
    dirty = false;
    full = false;
    added = 0;
    onChange(wasFull);
  };
  const schedule = (): void => {
    const now = Date.now();
    if (!timer) firstDirtyAt = now;
    clearTimeout(timer);
    const wait = Math.max(0, Math.min(debounceMs, firstDirtyAt + maxWaitMs - now));
    timer = setTimeout(flush, wait);
  };
  const checkUrl = (): void => {
    const now = pageKey(win.location.href);
    if (now === url) return;
    url = now;
    full = true;
    schedule();
  };
  const consider = (records: readonly MutationRecord[]): void => {
    let relevant = false;
    for (const r of records) {
      if (isOwnRecord(r)) continue;
      relevant = true;
      added += r.addedNodes.length;
    }
    if (relevant) {
      dirty = true;
      schedule();
    }
    checkUrl();
  };

  const observer = new MutationObserver(consider);
  observer.observe(doc, { childList: true, subtree: true, characterData: true });
  win.addEventListener('popstate', checkUrl);
  const poll = setInterval(checkUrl, options.pollMs ?? 1000);

  const stop = (): void => {
    observer.disconnect();
    clearTimeout(timer);
    clearInterval(poll);
    win.removeEventListener('popstate', checkUrl);
  };
  signal?.addEventListener('abort', stop, { once: true });

  return {
    quietly<T>(fn: () => T): T {
      consider(observer.takeRecords());
      try {
        return fn();
      } finally {
        observer.takeRecords();
      }
    },
    stop,
  };
}

/**
 * Serialises scans: at most one runs at a time, and requests made meanwhile are merged into one
 * follow-up run (full if any of them was). So a scan's DOM writes and its answer never interleave
 * with another's, and a burst of requests costs two scans, not one per request.
 *
 * @returns a function that requests a scan and resolves when a run covering it has finished.
 */
export function createScanQueue(
  run: (full: boolean) => Promise<void>,
): (full: boolean) => Promise<void> {
  let running = false;
  let next: { full: boolean; promise: Promise<void>; resolve: () => void } | null = null;

  const start = async (full: boolean): Promise<void> => {
    running = true;
    try {
      await run(full);
    } catch {
      // `run` reports its own failures; the queue must keep going after one.
    } finally {
      running = false;
    }
    const queued = next;
    next = null;
    if (queued) void start(queued.full).then(queued.resolve);
  };

  return (full: boolean): Promise<void> => {
    if (!running) return start(full);
    if (next) {
      next.full ||= full;
      return next.promise;
    }
    let resolve = (): void => {};
    const promise = new Promise<void>((done) => (resolve = done));
    next = { full, promise, resolve };
    return promise;
  };
}
