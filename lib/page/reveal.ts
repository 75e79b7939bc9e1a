/**
 * Taking the reader to one figure when they pick it in the popup: scroll it to the middle of the
 * view, make its badge (or, without a badge, its words) stand out for a moment, and put keyboard
 * focus there.
 *
 * @module
 */
import type { BadgeSurface } from './badge-surface';
import { listOf } from './dom';
import { MARK_TAG } from './mark-figures';
import { FIGURE_ID } from './own-tags';

/** How long the figure stands out, in ms. */
export const REVEAL_MS = 2000;
/** How often the badge's ring pulses, in ms. */
const PULSE_MS = 250;
/** Set on `<html>` after a reveal: the figure id, so tests can wait for it. */
export const REVEALED_ATTRIBUTE = 'data-figure-check-revealed';

/**
 * Inline `!important` declarations, set through the CSSOM after the host's own `all: initial`:
 * page CSS can neither hide nor restyle them, and a CSP that blocks style attributes does not
 * apply to CSSOM writes. Blue ring, white halo: visible on light and dark pages alike.
 */
const RING: readonly (readonly [string, string])[] = [
  ['outline-style', 'solid'],
  ['outline-width', '3px'],
  ['outline-color', '#0b57d0'],
  ['outline-offset', '2px'],
  ['border-radius', '0.7em'],
];
const HALO = ['0 0 0 5px #ffffff', '0 0 0 9px rgba(11, 87, 208, 0.45)'] as const;

/** The words of a figure without a badge: a light fill with dark text (≥ 12:1) and a ring. */
const MARK_HIGHLIGHT: readonly (readonly [string, string])[] = [
  ['background-color', '#fff1a8'],
  ['color', '#1a1a1a'],
  ['outline-style', 'solid'],
  ['outline-width', '2px'],
  ['outline-color', '#0b57d0'],
  ['outline-offset', '1px'],
];

/** Options of {@link revealFigure}. */
export interface RevealOptions {
  /** How long the figure stands out; {@link REVEAL_MS} unless given. */
  durationMs?: number;
  /** Scroll without animation; read from `prefers-reduced-motion` unless given. */
  reducedMotion?: boolean;
}

function prefersReducedMotion(doc: Document): boolean {
  try {
    return doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  } catch {
    return false;
  }
}

function marksOf(doc: Document, figureId: string): HTMLElement[] {
  // Compared as attribute values, not spliced into a selector: the id comes from a message.
  return listOf(doc.querySelectorAll<HTMLElement>(MARK_TAG)).filter(
    (mark) => mark.getAttribute(FIGURE_ID) === figureId,
  );
}

function scrollTo(el: Element, smooth: boolean): void {
  if (typeof el.scrollIntoView !== 'function') return;
  el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
}

function setAll(el: HTMLElement, rules: readonly (readonly [string, string])[]): void {
  for (const [property, value] of rules) el.style.setProperty(property, value, 'important');
}

/** Rings the badge host, pulsing unless motion is reduced; returns how to undo it. */
function ringBadge(host: HTMLElement, pulse: boolean): () => void {
  setAll(host, RING);
  host.style.setProperty('box-shadow', HALO[1], 'important');
  let beat = 0;
  const timer = pulse
    ? setInterval(() => {
        beat += 1;
        host.style.setProperty('box-shadow', beat % 2 ? HALO[1] : HALO[0], 'important');
      }, PULSE_MS)
    : undefined;
  return () => {
    clearInterval(timer);
    for (const [property] of RING) host.style.removeProperty(property);
    host.style.removeProperty('box-shadow');
  };
}

/** Highlights a figure's words and focuses the first piece; returns how to undo it. */
function highlightMarks(marks: readonly HTMLElement[]): () => void {
  const saved = marks.map((mark) => mark.getAttribute('style'));
  for (const mark of marks) setAll(mark, MARK_HIGHLIGHT);
  const first = marks[0];
  if (first && !first.hasAttribute('tabindex')) {
    // Focusable by script only, and only until focus leaves: the page's tab order stays as it was.
    first.setAttribute('tabindex', '-1');
    first.addEventListener('blur', () => first.removeAttribute('tabindex'), { once: true });
  }
  first?.focus({ preventScroll: true });
  return () => {
    marks.forEach((mark, i) => {
      const style = saved[i];
      if (style === null || style === undefined) mark.removeAttribute('style');
      else mark.setAttribute('style', style);
    });
  };
}

/** Reveals the figures of one page; see {@link createRevealer}. */
export type Revealer = (figureId: string, options?: RevealOptions) => boolean;

/**
 * A revealer for `doc`: scrolls the figure with a mark id into the middle of the view (smoothly,
 * unless the user prefers reduced motion) and makes it stand out for a moment: its badge (found
 * on `badges`) gets a pulsing ring and keyboard focus; a figure without a badge (badge mode
 * `conflicts` or `off`) gets its words highlighted and focused instead. Marks `<html>` with
 * {@link REVEALED_ATTRIBUTE}. Each reveal ends the one before, so two never leave styles behind.
 * The revealer returns whether the page has that figure.
 */
export function createRevealer(doc: Document, badges: Pick<BadgeSurface, 'find'>): Revealer {
  let endPrevious: (() => void) | null = null;
  return (figureId, options = {}) => {
    const marks = marksOf(doc, figureId);
    if (marks.length === 0) return false;
    endPrevious?.();
    // A hidden tab may never run a smooth scroll; jump there instead.
    const reduced =
      options.reducedMotion ?? (prefersReducedMotion(doc) || doc.visibilityState === 'hidden');
    const badge = badges.find(figureId);
    scrollTo(badge?.host ?? marks[0]!, !reduced);
    let undo: () => void;
    if (badge) {
      undo = ringBadge(badge.host, !reduced);
      badge.focus();
    } else {
      undo = highlightMarks(marks);
    }
    const timer = setTimeout(end, options.durationMs ?? REVEAL_MS);
    function end(): void {
      clearTimeout(timer);
      undo();
      if (endPrevious === end) endPrevious = null;
    }
    endPrevious = end;
    doc.documentElement.setAttribute(REVEALED_ATTRIBUTE, figureId);
    return true;
  };
}
