/**
 * What the content script knows about its page, as plain data changed by pure transitions: the
 * popup's `page-summary` answer is read straight from it.
 *
 * @module
 */
import type { FigureCheck } from '../claims/claim';
import type { Mention, Source } from '../claims/mention';
import { sameData } from '../claims/same-data';
import { MAX_FIGURES_PER_PAGE, type PageFigure, type PageSummary } from '../messages/page-protocol';
import type { BadgeMode } from '../settings/settings';

/** The longest page address a summary carries (PageSummarySchema's limit). */
const MAX_URL = 4096;

/** The page's state, as the popup names it (see PageSummarySchema). */
export type PageStateName = PageSummary['state'];

/** The page as of the latest scan. */
export interface PageState {
  state: PageStateName;
  source: Source;
  /** The figures of the latest scan, in text order, each with its check once answered. */
  figures: PageFigure[];
  badges: BadgeMode;
}

/** One figure a scan found and marked: its mark id and its mention without offsets. */
export interface ScannedFigure {
  figureId: string;
  mention: Mention;
}

/** What one scan found. */
export interface ScanResult {
  source: Source;
  /** Whether the page reads as an article; when not, `figures` is ignored. */
  article: boolean;
  figures: readonly ScannedFigure[];
}

/** The state of a page not yet scanned: checking, nothing found so far. */
export function initialPageState(source: Source, badges: BadgeMode): PageState {
  return { state: 'checking', source, figures: [], badges };
}

/** The site is switched off: nothing is scanned and nothing is shown. */
export function switchedOff(state: PageState, source: Source = state.source): PageState {
  return { ...state, state: 'off', source, figures: [] };
}

/** The badge mode changed; figures and their checks stay. */
export function withBadgeMode(state: PageState, badges: BadgeMode): PageState {
  return { ...state, badges };
}

/**
 * A scan finished reading the page. A figure that the previous scan already had (same mark id,
 * same mention) keeps its check until the new answer comes, so a rescan does not blank the popup.
 */
export function scanned(state: PageState, scan: ScanResult): PageState {
  if (!scan.article) return { ...state, state: 'not-article', source: scan.source, figures: [] };
  if (scan.figures.length === 0)
    return { ...state, state: 'no-figures', source: scan.source, figures: [] };
  const before = new Map(state.figures.map((f) => [f.figureId, f]));
  const figures = scan.figures.map(({ figureId, mention }): PageFigure => {
    const old = before.get(figureId);
    const check = old && sameData(old.mention, mention) ? old.check : null;
    return { figureId, mention, check };
  });
  return { ...state, state: 'checking', source: scan.source, figures };
}

/**
 * The background answered (one check per figure, in order) or did not (`null`). Without an
 * answer the figures keep whatever checks an earlier answer gave them. A figure whose check
 * is the one it holds, in equal data, stays the same object with the same check: the badges
 * tell an unchanged figure by identity, and a page of 500 is answered again after every edit.
 */
export function answered(state: PageState, checks: readonly FigureCheck[] | null): PageState {
  if (state.state !== 'checking') return state;
  if (!checks || checks.length !== state.figures.length) return { ...state, state: 'no-answer' };
  const figures = state.figures.map((f, i) => {
    const check = checks[i] ?? null;
    return f.check && check && sameData(f.check, check) ? f : { ...f, check };
  });
  return { ...state, state: 'ready', figures };
}

/**
 * The popup's answer: the state with at most {@link MAX_FIGURES_PER_PAGE} figures.
 *
 * @param pageUrl - the address of the page in the tab, when known.
 */
export function summaryOf(state: PageState, pageUrl?: string): PageSummary {
  const summary: PageSummary = {
    type: 'page-summary-result',
    state: state.state,
    source: state.source,
    figures: state.figures.slice(0, MAX_FIGURES_PER_PAGE),
    badges: state.badges,
  };
  if (pageUrl && pageUrl.length <= MAX_URL) summary.pageUrl = pageUrl;
  return summary;
}
