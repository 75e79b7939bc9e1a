/**
 * The content script's work on one page: switched on, it reads the article, marks its figures,
 * asks the background once and draws badges, again whenever the page changes; switched off, it
 * leaves the page alone. It keeps a {@link PageState} for the popup and answers its requests.
 * The browser is reached only through the `check` function it is given.
 *
 * @module
 */
import type { FigureCheck } from '../claims/claim';
import type { LocatedMention, Mention, Source } from '../claims/mention';
import { hostOutlet } from '../claims/outlet';
import { trustedSourceUrl } from '../claims/page-site';
import { sameData } from '../claims/same-data';
import { cutText, toWellFormedText } from '../claims/text';
import { extractMentions, prepareExtractor, ReportReader, type ReadLimit } from '../extract/index';
import {
  MAX_FIGURES_PER_PAGE,
  type CheckPageRequest,
  type PageSummary,
} from '../messages/page-protocol';
import { ContentRequestSchema } from '../messages/page-requests';
import type { BadgeMode } from '../settings/settings';
import { declaresNoStory, looksLikeArticle } from './article-kind';
import { AnchorIndex } from './anchor-index';
import type { BadgeItem, BadgeSurface } from './badge-surface';
import { ChangeLog, type PlacedSince } from './change-log';
import { ArticleReadCache, readArticle } from './index';
import { KnownMarks } from './known-marks';
import { MARK_TAG, figuresToMark, markFigureAnchors, removeMarks } from './mark-figures';
import { TAIL_TAG } from './phrase-tail';
import {
  answered,
  initialPageState,
  scanned,
  summaryOf,
  switchedOff,
  withBadgeMode,
  type PageState,
  type ScannedFigure,
} from './page-state';
import { publishedDay } from './page-facts';
import { linesOf, type ArticleText } from './text-blocks';
import { createRevealer } from './reveal';
import { createScanQueue, watchPage, type PageWatcher } from './watch';

/** Whether the session works on its page, and which badges it draws. */
export interface SessionConfig {
  enabled: boolean;
  badges: BadgeMode;
}

/** What a session needs from its surroundings. */
export interface SessionOptions {
  doc: Document;
  /** The page's address now (it changes in single-page apps). */
  href: () => string;
  /** Asks the background to check and record figures; null when it gives no usable answer. */
  check: (request: CheckPageRequest) => Promise<FigureCheck[] | null>;
  /** Where the badges are drawn (the content script gives `components/badge-layer`'s). */
  badges: BadgeSurface;
  /**
   * Told, after each scan, how long it held the main thread in ms (reading, marking, drawing;
   * not the wait for the background). The benchmark listens; the product does not.
   */
  onWork?: (ms: number) => void;
}

/** A running session. */
export interface PageSession {
  /** Applies the site's settings: switches on or off, or redraws badges for a new mode. */
  configure(config: SessionConfig): void;
  /** Scans again and asks the background again, even if the figures did not change. */
  rescan(): void;
  /** What the popup is told about the page. */
  summary(): PageSummary;
  /** Scrolls to a figure and draws attention to it (see {@link createRevealer}). */
  reveal(figureId: string): boolean;
  /** Stops watching and takes the badges away (the extension was reloaded or removed). */
  stop(): void;
}

/** Attribute on `<html>`: the page state of the latest scan (`ready`, `not-article`, …). */
export const PAGE_STATE_ATTRIBUTE = 'data-figure-check-page';

/**
 * The page boundary of the extractor: a bug on some unforeseen text costs this page its figures,
 * never the page itself or the rest of the scan (the page still says it has none).
 */
function extractSafely(
  article: ArticleText,
  published: string | null,
  reader: ReportReader,
): LocatedMention[] {
  try {
    // Its blocks as lines, not joined: the reader knows an unchanged block by its string, and a
    // live blog read again on every change never makes its whole text anew.
    return extractMentions(linesOf(article), { published, reader });
  } catch (error) {
    console.error('Figure Check: reading the figures failed', error);
    return [];
  }
}

/**
 * Only the first {@link MAX_FIGURES_PER_PAGE} figures to mark are checked, so the reader stops
 * after the paragraph that brings them: figures of different paragraphs never overlap, so the
 * figures to mark of a text are those of each of its paragraphs, and the first so many of a read
 * that stops there are the first so many of a whole read.
 */
const PAGE_READ_LIMIT: ReadLimit = {
  limit: MAX_FIGURES_PER_PAGE,
  counted: (mentions) => figuresToMark(mentions).length,
};

/** A reader that keeps what it read, as far as a page's figures are checked. */
function pageReader(): ReportReader {
  return new ReportReader(true, PAGE_READ_LIMIT);
}

/**
 * A mention without its offsets, which mean nothing outside this page's text, and with its text
 * well-formed: a page can hold NUL or half a surrogate pair, which no store downstream accepts.
 */
function plain(located: LocatedMention): Mention {
  const mention: Mention & Partial<Pick<LocatedMention, 'start' | 'end' | 'phraseEnd'>> = {
    ...located,
    text: toWellFormedText(located.text),
    quote: toWellFormedText(located.quote),
    attributedTo: located.attributedTo && toWellFormedText(located.attributedTo),
    place: located.place && { ...located.place, name: toWellFormedText(located.place.name) },
  };
  delete mention.start;
  delete mention.end;
  delete mention.phraseEnd;
  return mention;
}

/** The page's facts with their text well-formed (see {@link plain}). */
function wellFormedSource(source: Source & { url: string }): Source & { url: string } {
  const text = (value: string | null) => value && toWellFormedText(value);
  return {
    url: toWellFormedText(source.url),
    outlet: text(source.outlet),
    title: text(source.title),
    publishedAt: text(source.publishedAt),
  };
}

/** The figures with an answer, each with the node its badge goes after. */
function badgeItems(
  doc: Document,
  state: PageState,
  index: AnchorIndex,
  log: PlacedSince | undefined,
): BadgeItem[] {
  const withCheck = state.figures.filter((f) => f.check);
  const anchors = index.anchors(
    doc,
    withCheck.map((f) => f.figureId),
    log,
  );
  return withCheck.flatMap(({ figureId, mention, check }) => {
    const anchor = anchors.get(figureId);
    const publishedAt = state.source.publishedAt;
    return check && anchor ? [{ figureId, mention, check, anchor, publishedAt }] : [];
  });
}

/** Starts a session on `doc`; it does nothing until {@link PageSession.configure} switches it on. */
export function startPageSession(options: SessionOptions): PageSession {
  const { doc, href, badges } = options;
  const root = doc.documentElement;
  const reveal = createRevealer(doc, badges);
  const isOwn = (node: Node): boolean => {
    const name = node.nodeName.toLowerCase();
    return name === MARK_TAG || name === TAIL_TAG || badges.owns(node);
  };
  // Where each figure's badge goes, kept from scan to scan (see AnchorIndex).
  const anchors = new AnchorIndex();
  // What moved since the marks and badges were last placed (while switched on).
  let changes: ChangeLog | null = null;
  const drawBadges = (mode: BadgeMode): number => {
    changes?.begin();
    const log = changes ?? undefined;
    const drawn = badges.update(badgeItems(doc, state, anchors, log), mode, log);
    // Every mark and badge kept was just found or put in place: what changed before is
    // forgotten, what changed while drawing is kept. (Should drawing throw, the log keeps all.)
    changes?.settle();
    return drawn;
  };
  /** Facts of a page that is not read: only what the address and the tab title tell. */
  const shallowSource = (): Source => ({
    url: href(),
    outlet: hostOutlet(href()),
    title: doc.title ? cutText(doc.title, 1000) : null,
    publishedAt: null,
  });

  let config: SessionConfig | null = null;
  let state = initialPageState(shallowSource(), 'all');
  let watcher: PageWatcher | null = null;
  // Bumped whenever the session switches on or off: an answer to an older scan is dropped.
  let generation = 0;
  let runs = 0;
  // The last answer and the request it answered: a page that keeps changing without changing
  // its figures (a ticker, a clock) is then not re-checked, and re-recorded, on every mutation.
  let last: { request: CheckPageRequest; results: FigureCheck[] } | null = null;
  // The reader hands out mentions moved from the same objects for paragraphs that read as
  // before, wherever they now stand: their plain copies (which have no offsets) are then the
  // same objects too, which the comparisons below and the badges skip over.
  const plainCopies = new WeakMap<LocatedMention, Mention>();
  const plainOf = (located: LocatedMention): Mention => {
    const key = reader.unshifted(located);
    let copy = plainCopies.get(key);
    if (!copy) {
      copy = plain(located);
      plainCopies.set(key, copy);
    }
    return copy;
  };
  // Keeps what it read of each paragraph: a live blog that grows is read only where it changed.
  let reader = pageReader();
  /** Whether the extractor's tables were built before a read (see `prepareExtractor`). */
  let prepared = false;
  // Keeps what it walked of the DOM, forgetting each subtree that changes (while switched on).
  let readCache: ArticleReadCache | null = null;
  // Which figure each mark the last scan found or made is: valid for the next read only.
  const knownMarks = new KnownMarks();
  const originOf = (m: LocatedMention): LocatedMention => reader.unshifted(m);
  const now = (): number => doc.defaultView?.performance.now() ?? Date.now();
  // A live page is read again on every change, its canonical and own address mostly unchanged:
  // the last answer is kept rather than both addresses parsed again each time.
  let trusted: { claimed: string | null; page: string; url: string } | null = null;
  const trustedUrl = (claimed: string | null, page: string): string => {
    if (trusted?.claimed !== claimed || trusted.page !== page)
      trusted = { claimed, page, url: trustedSourceUrl(claimed, page) };
    return trusted.url;
  };

  const checkOnce = async (request: CheckPageRequest): Promise<FigureCheck[] | null> => {
    if (last && sameData(last.request, request)) return last.results;
    const results = await options.check(request);
    last = results ? { request, results } : null;
    return results;
  };

  /**
   * Runs the scan's own changes of the page: the watcher does not report them, and the read cache
   * takes them in at once (marks split the text nodes it maps), within the scan, rather than in
   * an observer callback after it. Same result; the scan's own time includes what its changes
   * cost.
   */
  const ownChanges = <T>(w: PageWatcher, fn: () => T): T => {
    try {
      return w.quietly(fn);
    } finally {
      readCache?.sync();
    }
  };

  const clearPage = (w: PageWatcher): void =>
    ownChanges(w, () => {
      badges.clear();
      removeMarks(doc);
      anchors.forget();
    });

  // read → is it a story? → extract → ask the background once → mark → badge each figure.
  const run = async (full: boolean): Promise<void> => {
    const w = watcher;
    const mine = generation;
    if (!w) return;
    let started = now();
    let work = 0;
    try {
      if (full) {
        last = null;
        reader = pageReader();
        readCache?.clear();
        knownMarks.forget();
        clearPage(w);
      }
      // Cheaper before the page is read than in the middle of the first read; a front page that
      // says it is one builds them only if it turns out to hold a story after all.
      if (!prepared && !declaresNoStory(doc)) {
        prepared = true;
        prepareExtractor();
      }
      const { facts, article } = readArticle(doc, href(), readCache);
      // The page's canonical URL only if it is on this page's own site (see trustedSourceUrl).
      const source = wellFormedSource({ ...facts, url: trustedUrl(facts.url, href()) });
      if (!looksLikeArticle(doc, facts, article, readCache)) {
        knownMarks.forget();
        clearPage(w);
        state = scanned(state, { source, article: false, figures: [] });
        root.removeAttribute('data-figure-check-answer');
      } else {
        const published = publishedDay(facts);
        const found = figuresToMark(extractSafely(article, published, reader));
        const mentions = found.slice(0, MAX_FIGURES_PER_PAGE);
        const plains = mentions.map(plainOf);
        // Asked before marking: the background answers while the page is marked.
        const request = mentions.length
          ? checkOnce({ type: 'check-page', source, mentions: plains })
          : Promise.resolve([]);
        // Should marking throw, the answer is not awaited: it must not be an unhandled rejection.
        request.catch(() => undefined);
        const known = knownMarks.known(article, mentions, originOf);
        const ids = ownChanges(w, () => markFigureAnchors(doc, article, mentions, known, anchors));
        knownMarks.remember(ids, originOf);
        // Every figure is checked and recorded; only the marked ones can be shown and revealed.
        const marked: (ScannedFigure & { index: number })[] = mentions.flatMap((m, index) => {
          const figureId = ids.get(m);
          return figureId ? [{ figureId, mention: plains[index]!, index }] : [];
        });
        state = scanned(state, { source, article: true, figures: marked });
        root.setAttribute(PAGE_STATE_ATTRIBUTE, state.state);
        work += now() - started;
        const results = await request;
        started = now();
        if (mine !== generation) return;
        const valid = results && results.length === mentions.length ? results : null;
        state = answered(state, valid && marked.map(({ index }) => valid[index]!));
        // No answer: draw nothing, and leave any badges an earlier answer drew.
        if (valid) ownChanges(w, () => drawBadges(state.badges));
        root.setAttribute('data-figure-check-answer', valid ? 'ok' : 'none');
      }
      root.setAttribute(PAGE_STATE_ATTRIBUTE, state.state);
      root.setAttribute('data-figure-check', 'done');
      options.onWork?.(work + now() - started);
    } catch (error) {
      if (mine !== generation) return;
      reader = pageReader();
      readCache?.clear();
      knownMarks.forget();
      // The page must keep working whatever happens here; the attribute tells tests why not.
      root.setAttribute('data-figure-check', 'error');
      console.error('Figure Check: scan failed', error);
    }
    // A counter, not just "done", so a waiter can tell a finished rescan from the first run.
    root.setAttribute('data-figure-check-runs', String(++runs));
  };
  const scan = createScanQueue(run);

  const switchOn = (): void => {
    generation += 1;
    last = null;
    state = initialPageState(shallowSource(), state.badges);
    readCache = new ArticleReadCache(doc);
    changes = new ChangeLog(doc, [MARK_TAG, TAIL_TAG, ...badges.tags]);
    watcher = watchPage(doc, { isOwn, onChange: (full) => void scan(full) });
    void scan(false);
  };

  const switchOff = (): void => {
    generation += 1;
    last = null;
    reader = pageReader();
    if (watcher) clearPage(watcher);
    watcher?.stop();
    watcher = null;
    readCache?.stop();
    readCache = null;
    changes?.stop();
    changes = null;
    state = switchedOff(state, shallowSource());
    root.setAttribute('data-figure-check', 'off');
    root.setAttribute(PAGE_STATE_ATTRIBUTE, 'off');
  };

  return {
    configure(next) {
      const was = config;
      config = { ...next };
      state = withBadgeMode(state, next.badges);
      if (!next.enabled) {
        if (was?.enabled !== false) switchOff();
      } else if (!was?.enabled) {
        switchOn();
      } else if (was.badges !== next.badges && watcher) {
        const w = watcher;
        ownChanges(w, () => drawBadges(next.badges));
      }
    },
    rescan() {
      if (!watcher) return;
      last = null;
      // Asked for by hand: what the watcher cannot see (styles, attributes) may have changed.
      readCache?.clear();
      void scan(false);
    },
    summary() {
      return summaryOf(state.state === 'off' ? switchedOff(state, shallowSource()) : state, href());
    },
    reveal(figureId) {
      const w = watcher;
      if (!w) return false;
      return ownChanges(w, () => reveal(figureId));
    },
    stop() {
      generation += 1;
      watcher?.stop();
      watcher = null;
      readCache?.stop();
      readCache = null;
      changes?.stop();
      changes = null;
      badges.clear();
    },
  };
}

/** An answer to a request from one of the extension's pages. */
export type ContentAnswer = PageSummary | { type: 'figure-revealed'; found: boolean };

/**
 * Answers a message sent to the content script: only from this extension (`senderId` equal to
 * `ownId`) and only requests that ContentRequestSchema accepts. Anything else gets no answer
 * (`undefined`), leaving it to other listeners.
 */
export function answerContentRequest(
  session: PageSession,
  message: unknown,
  senderId: string | undefined,
  ownId: string,
): Promise<ContentAnswer> | undefined {
  if (senderId !== ownId) return undefined;
  const parsed = ContentRequestSchema.safeParse(message);
  if (!parsed.success) return undefined;
  const request = parsed.data;
  if (request.type === 'page-summary') return Promise.resolve(session.summary());
  return Promise.resolve({ type: 'figure-revealed', found: session.reveal(request.figureId) });
}
