/**
 * The background worker's answer to every message, as a pure-ish function of the message, the
 * sender and injected dependencies, so it runs in Node tests with fake-indexeddb.
 *
 * @module
 */
import type { z } from 'zod';
import type { FigureCheck } from '../claims/claim';
import { canonicalUrl, claimFromMention } from '../claims/claim-id';
import { trustedSourceUrl } from '../claims/page-site';
import { checkMention } from '../claims/verdict';
import { checkCandidatesFor, type EventReads } from '../db/claims-repo';
import type { ClaimsDatabase } from '../db/database';
import {
  type CheckPageRequest,
  type CheckPageResponse,
  type ErrorResponse,
} from '../messages/protocol';
import { RequestSchema } from '../messages/requests';
import type { Settings } from '../settings/settings';
import { listNames } from '../sync/lists';
import { withListNames } from '../sync/source-names';
import { CheckBases } from './check-bases';
import { handleClaimsRequest, type ClaimsResponse } from './claims-requests';
import { handleListRequest, isListRequest, type ListResponse } from './list-requests';
import type { ListSync } from './list-sync';
import { pagesRecorded, recordPage } from './page-records';
import { handleSiteRequest, type SiteControl, type SiteResponse } from './site-requests';

/** Every answer the background gives. */
export type Response =
  CheckPageResponse | ClaimsResponse | SiteResponse | ListResponse | ErrorResponse;

/** The longest error text an answer carries (ErrorResponseSchema's limit). */
const MAX_ERROR_LENGTH = 1000;
/** How many validation issues an error names; a hostile message can have thousands. */
const MAX_ISSUES = 3;

/** Who sent a message: the fields of `runtime.MessageSender` the handler looks at. */
export interface MessageSender {
  id?: string;
  url?: string;
  tab?: unknown;
  /** Which frame of the tab sent it (0: the top frame). */
  frameId?: number;
}

/** What the handler needs from its surroundings; tests pass fakes. */
export interface HandlerDeps {
  /** This extension's id: only its own pages and content scripts are answered. */
  extensionId: string;
  /**
   * The origin of this extension's own pages (`chrome-extension://ID`). Requests that read or
   * change the whole database, or where the extension runs, are answered only for these pages,
   * never for a content script, which lives inside a web page.
   */
  extensionOrigin: string;
  db: ClaimsDatabase;
  /** Read on every call, since the user may change them between two pages. */
  settings: () => Promise<Settings>;
  /** The current time as an ISO date-time, for the claims' `createdAt`/`updatedAt`. */
  now: () => string;
  /** Where the extension runs: settings storage, permissions and content script registration. */
  sites: SiteControl;
  /** The team-list sync runner. */
  lists: ListSync;
  /**
   * Told when recording a page's figures failed, which happens after the page has its answer;
   * `console.error` when not given.
   */
  recordFailed?: (e: unknown) => void;
  /**
   * Each page's last `check-page` figures, which its next request may refer to; kept across
   * messages by the worker. Without it, a request that refers to an earlier one is answered
   * with UNKNOWN_BASE and the page sends its figures whole.
   */
  checkBases?: CheckBases;
}

/** Whether a message comes from one of this extension's own pages (popup, options, browser). */
function fromExtensionPage(sender: MessageSender, deps: HandlerDeps): boolean {
  if (!sender.url) return false;
  try {
    return new URL(sender.url).origin === new URL(deps.extensionOrigin).origin;
  } catch {
    return false;
  }
}

/** An error answer, its text cut to what the schema allows. */
export function errorResponse(message: string): ErrorResponse {
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
 * Checks a page's figures against the stored claims of other pages and answers; then (when
 * recording is on) stores the page's own figures as `browsed` claims, replacing what the page
 * said before (lib/background/page-records.ts). The page waits only for the check, which never
 * reads its own figures; it does wait for other pages' figures still being recorded.
 *
 * The figures are keyed on the address of the page that sent them (the browser's word, which no
 * page can change), or on the canonical URL the page names when that is on the same site: a
 * page cannot replace another outlet's figures by naming its article as canonical.
 */
async function checkPage(
  request: CheckPageRequest,
  sender: MessageSender,
  deps: HandlerDeps,
): Promise<CheckPageResponse | ErrorResponse> {
  if (!sender.url) return errorResponse('check-page is answered only for a page');
  let url: string;
  try {
    url = canonicalUrl(trustedSourceUrl(request.source.url, sender.url));
  } catch (e) {
    return errorResponse(e instanceof Error ? e.message : 'invalid source URL');
  }
  // Stored claims carry the canonical URL: tracking parameters never reach the database.
  const source = { ...request.source, url };
  const { db } = deps;
  // Read while the check runs; a failure is answered once the check is done.
  const settings = deps.settings();
  settings.catch(() => undefined);
  await pagesRecorded(db, url);
  const [checks, names] = await db.transaction(
    'r',
    [db.claims, db.lists, db.listGroups, db.deletedClaims],
    async () => {
      const followed = await listNames(db);
      // Figures of one page share nights and places: each event key is read once.
      const reads: EventReads = new Map();
      const found = await Promise.all(
        request.mentions.map(async (m) =>
          checkMention(
            m,
            source,
            await checkCandidatesFor(db, m, followed, reads),
            request.mentions,
          ),
        ),
      );
      return [found, followed] as const;
    },
  );
  const results: FigureCheck[] = withListNames(checks, names);
  const { recordBrowsed } = await settings;
  if (recordBrowsed) {
    const now = deps.now();
    const claims = request.mentions.map((m) => claimFromMention(m, source, 'browsed', now));
    const failed = deps.recordFailed ?? ((e) => console.error('Figure Check: recording a page', e));
    void recordPage(db, url, claims, failed);
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
): Promise<Response> {
  if (sender.id !== deps.extensionId) return errorResponse('unknown sender');
  const parsed = RequestSchema.safeParse(raw);
  if (!parsed.success) return errorResponse(describeIssues(parsed.error));
  const request = parsed.data;
  if (request.type !== 'check-page' && !fromExtensionPage(sender, deps))
    return errorResponse(`${request.type} is answered only for the extension's own pages`);
  // Whatever reads or changes claims sees every page's figures whose answer is out.
  if (request.type !== 'check-page') await pagesRecorded(deps.db);
  if (isListRequest(request)) {
    try {
      return await handleListRequest(request, deps);
    } catch (e) {
      // These texts (a bad list URL, a list that cannot be written to) are for the user as is.
      return errorResponse(e instanceof Error ? e.message : String(e));
    }
  }
  try {
    switch (request.type) {
      case 'check-page': {
        const bases = deps.checkBases ?? new CheckBases();
        const whole = bases.resolve(request, sender);
        if (typeof whole === 'string') return errorResponse(whole);
        const answer = await checkPage(whole, sender, deps);
        return answer.type === 'check-page-result' ? bases.answer(request, sender, answer) : answer;
      }
      case 'site-status':
      case 'set-site-enabled':
        return await handleSiteRequest(request, deps.sites);
      default:
        return await handleClaimsRequest(request, deps);
    }
  } catch (e) {
    return errorResponse(`check failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}
