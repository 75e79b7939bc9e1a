import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { FigureCheck } from '../lib/claims/claim';
import type { LocatedMention, Mention } from '../lib/claims/mention';
import { extractMentions } from '../lib/extract/index';
import {
  CheckPageResponseSchema,
  MAX_FIGURES_PER_PAGE,
  type CheckPageRequest,
} from '../lib/messages/protocol';
import { drawBadges, isOwnNode, removeBadges } from '../lib/page/badges';
import { readArticle } from '../lib/page/index';
import { figuresToMark, markFigureAnchors, removeMarks } from '../lib/page/mark-figures';
import { publishedDay } from '../lib/page/page-facts';
import { createScanQueue, watchPage } from '../lib/page/watch';

/**
 * A page (or a test) may dispatch this on `document` to scan again. Harmless to expose: scans
 * are idempotent, so the worst a page can do is spend its own time.
 */
const RESCAN_EVENT = 'figure-check:rescan';
/** A background that has not answered by then is not going to; the page gets no badges. */
const ANSWER_TIMEOUT_MS = 15_000;

/** Asks the background for verdicts; null when it does not answer or answers nonsense. */
async function check(request: CheckPageRequest): Promise<FigureCheck[] | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((done) => (timer = setTimeout(done, ANSWER_TIMEOUT_MS, null)));
  try {
    const answer: unknown = await Promise.race([browser.runtime.sendMessage(request), timeout]);
    const parsed = CheckPageResponseSchema.safeParse(answer);
    if (!parsed.success || parsed.data.results.length !== request.mentions.length) return null;
    return parsed.data.results;
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The last answer and the request it answered. A page that keeps changing without changing its
 * figures (a ticker, a clock) is then not re-checked, and re-recorded, on every mutation.
 */
let last: { key: string; results: FigureCheck[] } | null = null;

async function checkOnce(request: CheckPageRequest): Promise<FigureCheck[] | null> {
  const key = JSON.stringify(request);
  if (last?.key === key) return last.results;
  const results = await check(request);
  last = results ? { key, results } : null;
  return results;
}

/** A mention without its offsets, which mean nothing outside this page's text. */
function plain(located: LocatedMention): Mention {
  const mention: Mention & Partial<Pick<LocatedMention, 'start' | 'end'>> = { ...located };
  delete mention.start;
  delete mention.end;
  return mention;
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const root = document.documentElement;
    let runs = 0;
    const watcher = watchPage(document, {
      isOwn: isOwnNode,
      signal: ctx.signal,
      onChange: (full) => void scan(full),
    });
    // read → extract → mark → ask the background once → badge each figure.
    const scan = createScanQueue(async (full) => {
      try {
        if (full) {
          last = null;
          watcher.quietly(() => (removeBadges(document), removeMarks(document)));
        }
        const { facts, article } = readArticle(document, location.href);
        const published = publishedDay(facts);
        const figures = figuresToMark(extractMentions(article.text, { published }));
        const mentions = figures.slice(0, MAX_FIGURES_PER_PAGE);
        const ids = watcher.quietly(() => markFigureAnchors(document, article, mentions));
        const source = { ...facts, url: facts.url ?? location.href };
        const results = mentions.length
          ? await checkOnce({ type: 'check-page', source, mentions: mentions.map(plain) })
          : [];
        const items = (results ?? []).flatMap((result, i) => {
          const figureId = ids.get(mentions[i]!);
          return figureId ? [{ figureId, mention: plain(mentions[i]!), check: result }] : [];
        });
        // No answer: draw nothing, and leave any badges an earlier answer drew.
        if (results) watcher.quietly(() => drawBadges(document, items));
        root.setAttribute('data-figure-check-answer', results ? 'ok' : 'none');
        root.setAttribute('data-figure-check', 'done');
      } catch (error) {
        // The page must keep working whatever happens here; the attribute tells tests why not.
        root.setAttribute('data-figure-check', 'error');
        console.error('Figure Check: scan failed', error);
      }
      // A counter, not just "done", so a waiter can tell a finished rescan from the first run.
      root.setAttribute('data-figure-check-runs', String(++runs));
    });
    void scan(false);
    // An explicit request for a rescan asks the background again.
    ctx.addEventListener(document, RESCAN_EVENT, () => {
      last = null;
      void scan(false);
    });
    ctx.onInvalidated(() => removeBadges(document));
  },
});
