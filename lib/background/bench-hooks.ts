import type { Claim } from '../claims/claim';
import { putClaimsForTest } from '../db/claims-repo';
import type { ClaimsDatabase } from '../db/database';
import { CheckPageRequestSchema } from '../messages/protocol';
import { handleMessage, type HandlerDeps } from './handle-message';
import { pagesRecorded } from './page-records';

/**
 * A test-only path into the worker, used by `npm run bench` and e2e tests through Playwright's
 * service-worker evaluation. It is a property of the worker's own global scope, which no web page
 * and no content script can reach; messages from pages still go through `handleMessage` only.
 */
export interface BenchHooks {
  /** Stores claims in bulk (validated), as if many pages had been read. */
  fill(claims: readonly Claim[]): Promise<void>;
  /** Answers a request as the background would answer this extension's content script. */
  answer(request: unknown): Promise<unknown>;
  /** Resolves once the figures of every page answered so far are recorded. */
  recorded(): Promise<void>;
}

/** The source URL a `check-page` request names, if it names one. */
function pageUrlOf(request: unknown): string | undefined {
  const url = CheckPageRequestSchema.shape.source.shape.url.safeParse(
    (request as { source?: { url?: unknown } } | null)?.source?.url,
  );
  return url.success ? url.data : undefined;
}

/** Installs the hooks on `scope` (the worker's `globalThis`). */
export function installBenchHooks(
  scope: object,
  db: () => ClaimsDatabase,
  deps: () => HandlerDeps,
): void {
  const hooks: BenchHooks = {
    fill: (claims) => putClaimsForTest(db(), claims),
    answer: (request) => {
      const d = deps();
      // As a content script on the page the request names: its tab's address is that page's.
      return handleMessage(request, { id: d.extensionId, url: pageUrlOf(request), tab: {} }, d);
    },
    recorded: () => pagesRecorded(db()),
  };
  Object.defineProperty(scope, 'figureCheckBench', { value: hooks, configurable: false });
}
