/**
 * Recording a page's own figures after its answer is sent. A page waits only for its verdicts;
 * storing its figures (so the next page is checked against them) follows. Recordings of one page
 * run in the order they were asked, and whatever reads the claims of pages waits for those still
 * being written, so nothing ever sees a page's figures missing once its answer is out, except
 * that page's own check, which never reads them.
 *
 * @module
 */
import type { Claim } from '../claims/claim';
import { sourceKey } from '../claims/claim-id';
import { replacePageClaims } from '../db/claims-repo';
import type { ClaimsDatabase } from '../db/database';

/** Per database: each page's recording still being written, by the page's source key. */
const pendingByDb = new WeakMap<ClaimsDatabase, Map<string, Promise<void>>>();

function pendingOf(db: ClaimsDatabase): Map<string, Promise<void>> {
  let pending = pendingByDb.get(db);
  if (!pending) pendingByDb.set(db, (pending = new Map()));
  return pending;
}

/**
 * Records `claims` as what page `url` says (see `replacePageClaims`), after any recording of the
 * same page asked before. Never rejects: a failure goes to `onError` and records nothing.
 *
 * @returns When it is written (or failed).
 */
export function recordPage(
  db: ClaimsDatabase,
  url: string,
  claims: readonly Claim[],
  onError: (e: unknown) => void,
): Promise<void> {
  const pending = pendingOf(db);
  const page = sourceKey(url);
  const before = pending.get(page) ?? Promise.resolve();
  const done: Promise<void> = before
    // A task later: validating and storing the claims would otherwise run in the microtasks
    // between the answer and the page, which waits for the answer only.
    .then(() => new Promise((next) => setTimeout(next, 0)))
    .then(() => replacePageClaims(db, url, claims))
    .then(() => undefined, onError)
    .finally(() => {
      if (pending.get(page) === done) pending.delete(page);
    });
  pending.set(page, done);
  return done;
}

/**
 * Resolves once every page recording asked so far is written, except page `except`'s: what a
 * page's check waits for (it never reads its own figures) and what every other read of claims
 * waits for.
 */
export async function pagesRecorded(db: ClaimsDatabase, except?: string): Promise<void> {
  const pending = pendingByDb.get(db);
  if (!pending?.size) return;
  const page = except === undefined ? undefined : sourceKey(except);
  await Promise.all([...pending].flatMap(([key, done]) => (key === page ? [] : [done])));
}
