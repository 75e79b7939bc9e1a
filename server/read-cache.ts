/**
 * List reads shared between requests: identical requests join a read under way or reuse its
 * result, for at most `ttlMs` (250 ms by default) after the query was sent and only until this
 * instance commits a write (`clear`). 200 readers polling one list at a few cursors then cost a
 * few queries per write, not 200.
 *
 * Why no reader can skip a change: what is cached is a whole snapshot from one statement, whose
 * cursor covers exactly the claims it carries, never a head on its own; a reused snapshot is at
 * most `ttlMs` old, so a change can only arrive one poll later. Clearing on every write this
 * instance commits (before the write is answered) means a client reading its own write here
 * sees it; writes through other instances are seen within `ttlMs`.
 *
 * @module
 */

/** Reads through the cache, and forgets everything (after a write). */
export interface ReadCache<T> {
  /** The value for `key`: shared, reused while fresh, or from a new `run`. */
  get(key: string, run: () => Promise<T>): Promise<T>;
  /** Forgets all results and stops new requests joining the reads under way. */
  clear(): void;
}

/** How results are kept. */
export interface ReadCacheOptions<T> {
  /** Longest reuse of a result, from when its read started; default 250 ms. */
  ttlMs?: number;
  /** Most keys kept; past that the cache starts afresh. Default 1,000. */
  maxKeys?: number;
  /** Whether a result may be reused after its read ends (one under way is shared anyway). */
  keep?: (value: T) => boolean;
  /** The clock, for tests; `performance.now` by default. */
  now?: () => number;
}

/** A new, empty cache. */
export function createReadCache<T>({
  ttlMs = 250,
  maxKeys = 1000,
  keep = () => true,
  now = () => performance.now(),
}: ReadCacheOptions<T> = {}): ReadCache<T> {
  const entries = new Map<string, { at: number; value: Promise<T> }>();
  return {
    get(key, run) {
      const t = now();
      const hit = entries.get(key);
      if (hit !== undefined && t - hit.at < ttlMs) return hit.value;
      if (entries.size >= maxKeys) entries.clear();
      const entry = { at: t, value: run() };
      entries.set(key, entry);
      const forget = (): void => {
        if (entries.get(key) === entry) entries.delete(key);
      };
      entry.value.then((v) => (keep(v) ? undefined : forget()), forget);
      return entry.value;
    },
    clear() {
      entries.clear();
    },
  };
}
