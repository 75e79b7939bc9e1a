import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractMentions } from '../lib/extract/index';
import { readArticle } from '../lib/page/index';
import { markFigures } from '../lib/page/mark-figures';
import { publishedDay } from '../lib/page/page-facts';

/**
 * A page (or a test) may dispatch this on `document` to scan again. Harmless to expose: scans
 * are idempotent, so the worst a page can do is spend its own time.
 */
const RESCAN_EVENT = 'figure-check:rescan';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    const root = document.documentElement;
    let runs = 0;
    const scan = (): void => {
      try {
        const { facts, article } = readArticle(document, location.href);
        const mentions = extractMentions(article.text, { published: publishedDay(facts) });
        markFigures(document, article, mentions);
        root.setAttribute('data-figure-check', 'done');
      } catch (error) {
        // The page must keep working whatever happens here; the attribute tells tests why not.
        root.setAttribute('data-figure-check', 'error');
        console.error('Figure Check: scan failed', error);
      }
      // A counter, not just "done", so a waiter can tell a finished rescan from the first run.
      root.setAttribute('data-figure-check-runs', String(++runs));
    };
    scan();
    document.addEventListener(RESCAN_EVENT, scan);
  },
});
