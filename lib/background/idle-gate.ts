/**
 * Lets background work that can wait (the claims browser's verdict column) give way to the
 * requests a user is waiting on (rows, counts). The background is one thread: a long run of
 * verdict checks between an IndexedDB cursor's steps would make a listing crawl.
 *
 * @module
 */

/** A count of urgent work under way, and a wait for none. */
export interface IdleGate {
  /** Runs `work` as urgent: waiting work pauses until it is done. */
  during<T>(work: () => Promise<T>): Promise<T>;
  /** Resolves once no urgent work is under way (at once when none is). */
  idle(): Promise<void>;
}

/** A new gate with nothing under way. */
export function createIdleGate(): IdleGate {
  let running = 0;
  let waiters: (() => void)[] = [];
  const release = (): void => {
    running -= 1;
    if (running > 0) return;
    const ready = waiters;
    waiters = [];
    for (const resume of ready) resume();
  };
  return {
    async during(work) {
      running += 1;
      try {
        return await work();
      } finally {
        release();
      }
    },
    idle() {
      return running === 0 ? Promise.resolve() : new Promise((resume) => waiters.push(resume));
    },
  };
}
