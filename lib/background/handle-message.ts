/**
 * The background worker's answer to every message, as a pure-ish function of the message, the
 * sender and injected dependencies, so it runs in Node tests with fake-indexeddb.
 *
 * @module
 */
import type { z } from 'zod';
import type { FigureCheck } from '../claims/claim';
import { canonicalUrl, claimFromMention } from '../claims/claim-id';
import { checkMention } from '../claims/verdict';
import { candidatesFor, replacePageClaims } from '../db/claims-repo';
import type { ClaimsDatabase } from '../db/database';
import {
  RequestSchema,
  type CheckPageRequest,
  type CheckPageResponse,
  type ErrorResponse,
} from '../messages/protocol';
import type { Settings } from '../settings/settings';

/** The longest error text an answer carries (ErrorResponseSchema's limit). */
const MAX_ERROR_LENGTH = 1000;
/** How many validation issues an error names; a hostile message can have thousands. */
const MAX_ISSUES = 3;

/** Who sent a message: the fields of `runtime.MessageSender` the handler looks at. */
export interface MessageSender {
  id?: string;
  url?: string;
  tab?: unknown;
}

/** What the handler needs from its surroundings; tests pass fakes. */
export interface HandlerDeps {
  /** This extension's id: only its own pages and content scripts are answered. */
  extensionId: string;
  db: ClaimsDatabase;
  /** Read on every call, since the user may change them between two pages. */
  settings: () => Promise<Settings>;
  /** The current time as an ISO date-time, for the claims' `createdAt`/`updatedAt`. */
  now: () => string;
}

function errorResponse(message: string): ErrorResponse {
  return { type: 'error', error: message.slice(0, MAX_ERROR_LENGTH) };
}

/** A short readable account of why a message was rejected, e.g. `mentions.0.metric: ...`. */
function describeIssues(error: z.ZodError): string {
  const parts = error.issues.slice(0, MAX_ISSUES).map((issue) => {
    const path = issue.path.map(String).join('.');
    return (path ? `${path}: ` : '') + issue.message;
  });
  const more = error.issues.length - MAX_ISSUES;
  return `invalid request: ${parts.join('; ')}${more > 0 ? ` (and ${more} more)` : ''}`;
}

/**
 * Checks a page's figures against the stored claims of other pages, then (when recording is on)
 * stores the page's own figures as `browsed` claims, replacing what the page said before. The
 * check comes first, so a page is never checked against itself.
 */
async function checkPage(
  request: CheckPageRequest,
  deps: HandlerDeps,
): Promise<CheckPageResponse | ErrorResponse> {
  let url: string;
  try {
    url = canonicalUrl(request.source.url);
  } catch (e) {
    return errorResponse(e instanceof Error ? e.message : 'invalid source URL');
  }
  // Stored claims carry the canonical URL: tracking parameters never reach the database.
  const source = { ...request.source, url };
  const { db } = deps;
  const results: FigureCheck[] = await db.transaction('r', db.claims, () =>
    Promise.all(
      request.mentions.map(async (m) => checkMention(m, source, await candidatesFor(db, m))),
    ),
  );
  const { recordBrowsed } = await deps.settings();
  if (recordBrowsed) {
    const now = deps.now();
    const claims = request.mentions.map((m) => claimFromMention(m, source, 'browsed', now));
    await replacePageClaims(db, url, claims);
  }
  return { type: 'check-page-result', results, recorded: recordBrowsed };
}

/**
 * Answers one message. Never throws: a message from another extension or a web page, a
 * malformed message, or a failure on the way gives `{ type: 'error', error }`, and a rejected
 * message writes nothing.
 *
 * @param raw - The message as received; validated with {@link RequestSchema}.
 * @param sender - Who sent it; only `deps.extensionId` is answered.
 */
export async function handleMessage(
  raw: unknown,
  sender: MessageSender,
  deps: HandlerDeps,
): Promise<CheckPageResponse | ErrorResponse> {
  if (sender.id !== deps.extensionId) return errorResponse('unknown sender');
  const parsed = RequestSchema.safeParse(raw);
  if (!parsed.success) return errorResponse(describeIssues(parsed.error));
  try {
    switch (parsed.data.type) {
      case 'check-page':
        return await checkPage(parsed.data, deps);
    }
  } catch (e) {
    return errorResponse(`check failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}
