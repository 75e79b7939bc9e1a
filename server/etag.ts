/**
 * ETags of list answers. An answer's tag is its cursor, and the `since` it answered when there
 * was one (`"12"`, `"12-9"`), so it names exactly the snapshot sent.
 *
 * @module
 */

function etagTags(header: string | undefined): string[] {
  if (header === undefined) return [];
  return header.split(',').map((t) => t.trim().replace(/^W\//, ''));
}

/** Whether If-None-Match names `etag` (or `*`); weak tags count, as for GET they should. */
export function etagMatches(header: string | undefined, etag: string): boolean {
  return etagTags(header).some((tag) => tag === '*' || tag === etag);
}

/** The ETag of a list answer: the cursor, and the `since` it answered when there was one. */
export function etagOf(cursor: string, sinceText: string | null): string {
  return `"${cursor}${sinceText === null ? '' : `-${sinceText}`}"`;
}
