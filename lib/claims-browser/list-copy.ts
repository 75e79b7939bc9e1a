/**
 * What the claims browser says while a large team list is still being copied into the claims
 * table. Pages are checked against a list from the moment it synced (see lib/sync/list-groups.ts);
 * only this table lags, and without a word the reader would take the lag for missing claims.
 *
 * @module
 */
import type { ListStatusView } from '../messages/list-protocol';
import { claimsWords } from './count-line';

const NUMBER = new Intl.NumberFormat('en-GB');

/** The notice above the table: one line per list being copied, and lists that just finished. */
export interface ListCopyNotice {
  /** "Adding team list “Kyiv desk” to this table: 40,000 of 100,000 claims." */
  copying: string[];
  /** Names of lists whose copy finished since the previous reading. */
  finished: string[];
}

/** One list still being copied, in words, with why its last batch failed if it did. */
export function copyingWords(
  name: string,
  done: number,
  total: number,
  error: string | null = null,
): string {
  const shown = Math.min(done, total);
  const progress = `Adding team list “${name}” to this table: ${NUMBER.format(shown)} of ${claimsWords(total)}.`;
  return error === null
    ? progress
    : `${progress} The last try failed (${error}); trying again every minute.`;
}

/**
 * The notice for the lists as last read, given the reading before it (null for the first).
 * A list counts as finished when it was being copied before and no longer is, or when it was
 * added and copied between two readings (a small list takes a second): either way its claims
 * reached the table after the page last read it. A list removed meanwhile is not "finished".
 */
export function listCopyNotice(
  previous: readonly ListStatusView[] | null,
  current: readonly ListStatusView[],
): ListCopyNotice {
  const copying = current.flatMap((list) =>
    list.indexing
      ? [copyingWords(list.name, list.indexing.done, list.indexing.total, list.indexing.error)]
      : [],
  );
  if (previous === null) return { copying, finished: [] };
  const before = new Map(previous.map((list) => [list.id, list]));
  const finished = current.flatMap((now) => {
    if (now.indexing) return [];
    const then = before.get(now.id);
    return !then || then.indexing ? [now.name] : [];
  });
  return { copying, finished };
}

/** "Team list “Kyiv desk” is now in this table." for the lists that just finished. */
export function finishedWords(names: readonly string[]): string {
  const quoted = names.map((name) => `“${name}”`);
  if (quoted.length === 1) return `Team list ${quoted[0]} is now in this table.`;
  const last = quoted.pop();
  return `Team lists ${quoted.join(', ')} and ${last} are now in this table.`;
}
