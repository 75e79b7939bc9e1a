/**
 * Mounting the verdict badges and the one source card. Each badge is a `<figure-check-badge>`
 * custom element with its own shadow root, inserted right after its figure's last mark piece;
 * the card is one `<figure-check-card>` layer at the end of `<html>`. Preact renders inside the
 * shadow roots and is torn down with `render(null, root)`.
 *
 * @module
 */
import { h, render } from 'preact';
import { Badge } from '../../components/Badge';
import { SourceCard } from '../../components/SourceCard';
import { BADGE_CSS, CARD_CSS, HOST_BADGE_STYLE, HOST_CARD_STYLE } from '../../components/styles';
import type { FigureCheck, Verdict } from '../claims/claim';
import type { Mention } from '../claims/mention';
import type { BadgeMode } from '../settings/settings';
import { MARK_TAG } from './mark-figures';

/** Tag of a badge's host element. */
export const BADGE_TAG = 'figure-check-badge';
/** Tag of the source card's host element. */
export const CARD_TAG = 'figure-check-card';

/** One badge to draw: the figure (by its marks' `data-figure-id`) and its check. */
export interface BadgeItem {
  figureId: string;
  mention: Mention;
  check: FigureCheck;
}

interface Mounted {
  host: HTMLElement;
  root: HTMLElement;
  item: BadgeItem;
}

interface OpenCard {
  badge: Mounted;
  host: HTMLElement;
  root: HTMLElement;
  stopListening: () => void;
}

// Keyed by host element: what page scripts remove is collected with it.
const mounted = new WeakMap<Element, Mounted>();
let open: OpenCard | null = null;

/** Whether `node` is one of the extension's elements (a mark, a badge or the card). */
export function isOwnNode(node: Node): boolean {
  const name = node.nodeName.toLowerCase();
  return name === MARK_TAG || name === BADGE_TAG || name === CARD_TAG;
}

/**
 * Draws or updates a badge after each item's figure. A figure keeps one badge however often
 * this runs; a badge whose figure's marks are gone is removed.
 *
 * @returns how many badges now show a result from `items`.
 */
export function drawBadges(doc: Document, items: readonly BadgeItem[]): number {
  const lastMark = new Map<string, Element>();
  for (const mark of Array.from(doc.querySelectorAll(MARK_TAG))) {
    const id = mark.getAttribute('data-figure-id');
    if (id) lastMark.set(id, mark);
  }
  const badges = new Map<string, HTMLElement>();
  for (const host of Array.from(doc.querySelectorAll<HTMLElement>(BADGE_TAG))) {
    const id = host.getAttribute('data-figure-id') ?? '';
    // Not ours (a page that copied our markup), a lost figure, or a copy: none may stay.
    if (!mounted.has(host) || !lastMark.has(id) || badges.has(id)) unmount(host);
    else badges.set(id, host);
  }
  let drawn = 0;
  const done = new Set<string>();
  for (const item of items) {
    const mark = lastMark.get(item.figureId);
    if (!mark || done.has(item.figureId)) continue;
    done.add(item.figureId);
    let host = badges.get(item.figureId);
    if (host && host.previousSibling !== mark) {
      unmount(host);
      host = undefined;
    }
    if (!host) {
      host = mountHost(doc, BADGE_TAG, HOST_BADGE_STYLE, BADGE_CSS);
      host.setAttribute('data-figure-id', item.figureId);
      mark.after(host);
    }
    update(host, item);
    drawn += 1;
  }
  return drawn;
}

/** Whether a figure with this verdict gets a badge in `mode` (`conflicts`: conflicting, mixed). */
export function showsBadge(verdict: Verdict, mode: BadgeMode): boolean {
  if (mode === 'off') return false;
  return mode === 'all' || verdict === 'conflicting' || verdict === 'mixed';
}

/**
 * Draws the badges `mode` shows (see {@link showsBadge}) and removes those of the other items,
 * so switching to fewer badges takes the rest away at once. Figures are still marked either way.
 *
 * @returns how many badges now show a result from `items`.
 */
export function drawBadgesInMode(
  doc: Document,
  items: readonly BadgeItem[],
  mode: BadgeMode,
): number {
  const shown = items.filter((item) => showsBadge(item.check.verdict, mode));
  const shownIds = new Set(shown.map((item) => item.figureId));
  const hidden = new Set(items.map((item) => item.figureId).filter((id) => !shownIds.has(id)));
  for (const host of Array.from(doc.querySelectorAll(BADGE_TAG))) {
    if (hidden.has(host.getAttribute('data-figure-id') ?? '')) unmount(host);
  }
  return drawBadges(doc, shown);
}

/** The badge drawn for a figure, if one is: its host element and its button. */
export function badgeOf(
  doc: Document,
  figureId: string,
): { host: HTMLElement; button: HTMLElement | null } | null {
  for (const host of Array.from(doc.querySelectorAll<HTMLElement>(BADGE_TAG))) {
    if (host.getAttribute('data-figure-id') !== figureId) continue;
    const state = mounted.get(host);
    // A page's copy of our markup is not a badge; only the ones drawn here count.
    if (state) return { host, button: state.root.querySelector('button') };
  }
  return null;
}

/** Removes every badge and the card, leaving the page as the marks left it. */
export function removeBadges(doc: Document): void {
  closeCard(false);
  for (const host of Array.from(doc.querySelectorAll(BADGE_TAG))) unmount(host);
  for (const host of Array.from(doc.querySelectorAll(CARD_TAG))) host.remove();
}

function mountHost(
  doc: Document,
  tag: string,
  style: readonly (readonly [string, string])[],
  css: string,
): HTMLElement {
  const host = doc.createElement(tag);
  // CSSOM, not a style attribute: a page's CSP may forbid inline style attributes.
  for (const [property, value] of style) host.style.setProperty(property, value, 'important');
  // Open: tests and assistive tools can look inside; page CSS still cannot reach in.
  const shadow = host.attachShadow({ mode: 'open' });
  try {
    // Constructed sheets are not subject to the page's `style-src`.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
    if (shadow.adoptedStyleSheets.length !== 1) throw new Error('sheet not adopted');
  } catch {
    // Firefox content scripts cannot always adopt a sheet made in their own realm.
    const element = doc.createElement('style');
    element.textContent = css;
    shadow.append(element);
  }
  const root = doc.createElement(tag === CARD_TAG ? 'div' : 'span');
  shadow.append(root);
  return host;
}

function rootOf(host: HTMLElement): HTMLElement {
  return host.shadowRoot!.lastElementChild as HTMLElement;
}

function update(host: HTMLElement, item: BadgeItem): void {
  const state = mounted.get(host) ?? { host, root: rootOf(host), item };
  state.item = item;
  mounted.set(host, state);
  host.setAttribute('data-verdict', item.check.verdict);
  renderBadge(state);
  if (open?.badge === state) renderCard(open);
}

function renderBadge(state: Mounted): void {
  render(
    h(Badge, {
      mention: state.item.mention,
      check: state.item.check,
      expanded: open?.badge === state,
      onToggle: () => toggle(state),
    }),
    state.root,
  );
}

function unmount(host: Element): void {
  const state = mounted.get(host);
  if (state) {
    if (open?.badge === state) closeCard(false);
    render(null, state.root);
    mounted.delete(host);
  }
  host.remove();
}

function toggle(state: Mounted): void {
  if (open?.badge === state) return closeCard(true);
  closeCard(false);
  openCard(state);
}

function openCard(badge: Mounted): void {
  const doc = badge.host.ownerDocument;
  const host = mountHost(doc, CARD_TAG, HOST_CARD_STYLE, CARD_CSS);
  doc.documentElement.append(host);
  const onPointerDown = (event: Event): void => {
    const path = event.composedPath();
    if (path.includes(host) || path.includes(badge.host)) return;
    const hadFocus = doc.activeElement === host;
    closeCard(false);
    // After the click has moved focus: if it landed nowhere, give it back to the badge.
    setTimeout(() => {
      const active = doc.activeElement;
      if (hadFocus && (!active || active === doc.body)) focusBadge(badge);
    }, 0);
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') closeCard(true);
  };
  doc.addEventListener('pointerdown', onPointerDown, true);
  doc.addEventListener('keydown', onKeyDown, true);
  const stopListening = (): void => {
    doc.removeEventListener('pointerdown', onPointerDown, true);
    doc.removeEventListener('keydown', onKeyDown, true);
  };
  open = { badge, host, root: rootOf(host), stopListening };
  renderCard(open);
  renderBadge(badge);
}

function renderCard(card: OpenCard): void {
  const { badge } = card;
  render(
    h(SourceCard, {
      mention: badge.item.mention,
      check: badge.item.check,
      anchor: anchorOf(badge),
      onClose: () => closeCard(true),
    }),
    card.root,
  );
}

// One function per badge, so the card's layout effect does not re-run on every render.
const anchors = new WeakMap<Mounted, () => DOMRect>();
function anchorOf(badge: Mounted): () => DOMRect {
  let anchor = anchors.get(badge);
  if (!anchor) {
    anchor = () => badge.host.getBoundingClientRect();
    anchors.set(badge, anchor);
  }
  return anchor;
}

function closeCard(returnFocus: boolean): void {
  if (!open) return;
  const { badge, host, root, stopListening } = open;
  open = null;
  stopListening();
  render(null, root);
  host.remove();
  if (mounted.has(badge.host)) renderBadge(badge);
  if (returnFocus && badge.host.isConnected) focusBadge(badge);
}

function focusBadge(badge: Mounted): void {
  badge.root.querySelector('button')?.focus({ preventScroll: true });
}
