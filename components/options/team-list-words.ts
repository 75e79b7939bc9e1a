/**
 * The words the Team lists section uses for counts, times and sync outcomes, kept apart from the
 * components so they read the same everywhere in the section.
 *
 * @module
 */
import type { SyncOutcome } from '../../lib/messages/list-protocol';

/** The choices of "Sync every …", in minutes (all within SYNC_MINUTES). */
export const SYNC_CHOICES: readonly number[] = [5, 15, 30, 60, 180, 360, 1440];

/** "1 claim", "1,234 claims". */
export function claimsWords(n: number): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? 'claim' : 'claims'}`;
}

/**
 * What removing the list named `name` did: `removed` claims deleted at once, and `later` claims
 * of a large list still to leave the claims browser (pages stop being checked against them at
 * once).
 */
export function removedWords(name: string, removed: number, later: number): string {
  if (later === 0) return `Removed ${name} (${claimsWords(removed)} deleted).`;
  return `Removed ${name}. Pages are no longer checked against it; its ${claimsWords(removed + later)} leave the claims browser in the background.`;
}

/**
 * A large list's progress into the claims browser. Its figures are checked against pages from
 * the moment it synced; only the browser's listing lags.
 */
export function indexingWords(done: number, total: number): string {
  const of = `${done.toLocaleString('en-US')} of ${claimsWords(total)}`;
  return `Used for checking pages; adding to the claims browser: ${of}`;
}

/** Why the last batch of the copy into the claims browser failed; it is tried again. */
export function copyFailedWords(error: string): string {
  return `Adding to the claims browser failed: ${error}. Trying again every minute.`;
}

/** An interval in words: "5 minutes", "1 hour", "6 hours", "1 day". */
export function intervalWords(minutes: number): string {
  if (minutes % 1440 === 0) return plural(minutes / 1440, 'day');
  if (minutes % 60 === 0) return plural(minutes / 60, 'hour');
  return plural(minutes, 'minute');
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** A span of time, rounded down to its largest unit: "12 min", "3 h", "2 days". */
function spanWords(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h`;
  return plural(Math.floor(hours / 24), 'day');
}

/** How long ago `at` was: "just now", "12 min ago". */
export function agoWords(at: number, now: number): string {
  const ms = now - at;
  return ms < 60_000 ? 'just now' : `${spanWords(ms)} ago`;
}

/** When `at` comes: "in 18 min", or "due now" once it has passed. */
export function dueWords(at: number, now: number): string {
  const ms = at - now;
  return ms < 60_000 ? (ms <= 0 ? 'due now' : 'in under a minute') : `in ${spanWords(ms)}`;
}

/** A moment as the title of a `<time>`: the full local date and time. */
export function exactTime(at: number): string {
  return new Date(at).toLocaleString(undefined, { dateStyle: 'full', timeStyle: 'medium' });
}

/** What a sync of the list named `name` did, as announced after "Sync now". */
export function outcomeWords(name: string, outcome: SyncOutcome): string {
  switch (outcome.status) {
    case 'unchanged':
      return `${name} is up to date.`;
    case 'updated':
      return `${name}: updated.`;
    case 'failed':
      return `${name}: sync failed: ${outcome.error ?? 'unknown error'}`;
    case 'skipped':
      return `${name}: not synced, the list changed meanwhile. Try again.`;
  }
}
