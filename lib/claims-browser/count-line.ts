/**
 * The line above the table that says how many claims the view holds.
 *
 * @module
 */

const NUMBER = new Intl.NumberFormat('en-GB');

/** "1 claim", "12,345 claims". */
export function claimsWords(count: number): string {
  return `${NUMBER.format(count)} ${count === 1 ? 'claim' : 'claims'}`;
}

/**
 * "12,345 claims (of 100,000)" for a filtered view, "100,000 claims" for all of them, and
 * "Counting claims…" while the count is not known.
 */
export function countLine(count: number | null, total: number | null, filtered: boolean): string {
  if (count === null) return 'Counting claims…';
  if (!filtered || total === null || total === count) return claimsWords(count);
  return `${claimsWords(count)} (of ${NUMBER.format(total)})`;
}
