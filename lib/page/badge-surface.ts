/**
 * What the page session needs from the badges it shows, and where each badge goes. The session
 * decides what to show and after which node; drawing is done by whoever implements
 * {@link BadgeSurface} (the content script hands it `components/badge-layer`'s), so `lib/page`
 * never imports the UI.
 *
 * @module
 */
import type { FigureCheck, Verdict } from '../claims/claim';
import type { Mention } from '../claims/mention';
import type { BadgeMode } from '../settings/settings';
import type { PlacedSince } from './change-log';

/** One badge to draw: the figure, its check, and the node the badge goes right after. */
export interface BadgeItem {
  /** The `data-figure-id` of the figure's marks. */
  figureId: string;
  mention: Mention;
  check: FigureCheck;
  /** The badge is inserted as this node's next sibling. */
  anchor: Node;
  /** When the page was published, for the card's timeline of a toll. */
  publishedAt?: string | null;
}

/** A drawn badge, as a reveal needs it. */
export interface ShownBadge {
  /** The badge's element in the page (scrolled to and ringed). */
  host: HTMLElement;
  /** Puts keyboard focus on the badge's button. */
  focus(): void;
}

/** The badges of one page. */
export interface BadgeSurface {
  /**
   * Draws the badge of each item whose verdict `mode` shows (see {@link showsBadge}), each right
   * after its anchor, and removes every other badge. A figure keeps one badge however often this
   * runs. `log`, when given, vouches for the badges it last put or found in place (see
   * {@link PlacedSince}): those are not looked at on the page again.
   *
   * @returns how many badges are drawn.
   */
  update(items: readonly BadgeItem[], mode: BadgeMode, log?: PlacedSince): number;
  /** Removes every badge and the open card. */
  clear(): void;
  /** The badge drawn for a figure, if one is. */
  find(figureId: string): ShownBadge | null;
  /** Whether `node` is one of the surface's own elements (a badge or the card). */
  owns(node: Node): boolean;
  /** The tags of the elements it puts among the page's (the badges' hosts). */
  readonly tags: readonly string[];
}

/** Whether a figure with this verdict gets a badge in `mode` (`conflicts`: conflicting, mixed). */
export function showsBadge(verdict: Verdict, mode: BadgeMode): boolean {
  if (mode === 'off') return false;
  return mode === 'all' || verdict === 'conflicting' || verdict === 'mixed';
}
