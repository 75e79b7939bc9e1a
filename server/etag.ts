/**
 * ETags of list answers. An answer's tag is its cursor, and the `since` it answered when there
 * was one (`"12"`, `"12-9"`), so it names exactly the snapshot sent.
 *
 * @module
 */
import type { SnapshotQuery } from './store';

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

/**
 * The cursor of the copy the client says it holds for this `since` (from If-None-Match), so the
 * read can skip the claims when the list is still there; undefined when it names none.
 */
export function heldCursor(
  header: string | undefined,
  sinceText: string | null,
): SnapshotQuery['unlessCursor'] {
  const tags = etagTags(header);
  if (tags.includes('*')) return 'any';
  for (const tag of tags) {
    const m = /^"(0|[1-9][0-9]{0,15})(?:-(0|[1-9][0-9]{0,15}))?"$/.exec(tag);
    if (m && (m[2] ?? null) === sinceText) return Number(m[1]);
  }
  return undefined;
}
