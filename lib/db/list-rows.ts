/**
 * The rows of the team-sync tables (database version 4): followed lists, which list holds which
 * claim, and shares waiting to be sent.
 *
 * @module
 */
import type { Claim } from '../claims/claim';

/** A team list the user follows, with what its last sync left. */
export interface ListRow {
  /** The list's id: the server's `/v1/lists/:id`, or a hash of a static file's URL. */
  id: string;
  url: string;
  /** The bearer token, or null for a public file. A secret: stored here and nowhere else. */
  token: string | null;
  /** The list's name from its document; the URL's host until the first sync. */
  name: string;
  /** How many claims the list holds, as of the last good sync. */
  claimCount: number;
  /** When the list was last fetched successfully (ISO date-time), or null. */
  lastSyncAt: string | null;
  /** Why the last sync failed, or null after a good one. */
  lastError: string | null;
  /** The ETag of the last good answer, sent as `If-None-Match`. */
  etag: string | null;
  /** The server's cursor after the last good answer; null for a static file. */
  cursor: string | null;
  /** The `updatedAt` of the list document last applied. */
  updatedAt: string | null;
  /** When the list is due to be synced next (milliseconds since the epoch). */
  nextSyncAt: number;
  /** Failed syncs in a row, for the back-off. */
  failures: number;
  /** Whether shares may be sent: a server list with a token not yet refused by the server. */
  writable: boolean;
  /** Why the last share was refused for good, or null. */
  shareError: string | null;
  /**
   * The claims browser's copy of this list in the claims table, when it lags behind the list's
   * own copy (see lib/sync/mirror.ts); null when it is up to date.
   */
  mirror: MirrorProgress | null;
}

/**
 * What is left to copy from a list's own copy into the claims table. Stored, so a worker stopped
 * midway goes on from there.
 */
export interface MirrorProgress {
  /** After a full sync, the whole list is copied a batch at a time; null when not. */
  full: { after: string | null; done: number; total: number } | null;
  /** Claims changed or deleted by `since` syncs, to bring in line with the list. */
  changed: string[];
  /** Why the last batch failed (it is tried again a minute later); absent after a good one. */
  error?: string;
}

/** One list holding one claim. */
export interface ListClaim {
  listId: string;
  claimId: string;
}

/** Claims waiting to be posted to a list's server. */
export interface OutboxEntry {
  /** Auto-incremented: the order shares were made in. */
  seq?: number;
  listId: string;
  claims: Claim[];
  /** Failed attempts so far. */
  attempts: number;
  /** Not to be tried before this time (milliseconds since the epoch). */
  nextAttemptAt: number;
  lastError: string | null;
}

/** The id of the list an origin (`list:<id>`) names, or null for any other origin. */
export function listIdOf(origin: string): string | null {
  return origin.startsWith('list:') ? origin.slice('list:'.length) : null;
}

/** The origin claims of list `listId` are stored with. */
export function listOrigin(listId: string): `list:${string}` {
  return `list:${listId}`;
}
