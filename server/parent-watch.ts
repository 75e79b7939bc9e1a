/**
 * Stopping with the process that started us. `npm run server` runs the server under a shell;
 * npm forwards SIGINT and SIGTERM to that shell, and a shell killed by a signal leaves its child
 * running, re-parented. The server notices the change of parent and stops, so killing the
 * `npm run server` process never leaves a server holding the port and the database.
 *
 * @module
 */

/** What the watch reads; the real process by default, a fake in tests. */
export interface ParentWatchOptions {
  /** The current parent's pid (`process.ppid`, which the OS updates on re-parenting). */
  ppid?: () => number;
  /** How often to look, in ms; default 1000. */
  intervalMs?: number;
}

/**
 * Calls `onGone` once when the parent process changes (it exited and we were re-parented).
 *
 * @returns a function that stops watching.
 */
export function watchParent(onGone: () => void, options: ParentWatchOptions = {}): () => void {
  const ppid = options.ppid ?? (() => process.ppid);
  const first = ppid();
  const timer = setInterval(() => {
    if (ppid() === first) return;
    clearInterval(timer);
    onGone();
  }, options.intervalMs ?? 1000);
  // The watch alone must not keep the process alive.
  timer.unref();
  return () => clearInterval(timer);
}
