/**
 * The badges and the one source card of a page. Each badge is a `<figure-check-badge>` element
 * inserted after its figure, the card one `<figure-check-card>` layer at the end of `<html>`;
 * Preact renders inside their shadow roots and is torn down with `render(null, root)`.
 *
 * The page is hostile ground: its scripts (ads included) run beside these elements. So the
 * shadow roots are closed and the hosts carry no attribute, leaving a page script nothing to read
 * (the verdicts, and the card's other outlets and team lists, say what the user has read), and
 * untrusted events (a page's `click()` or `dispatchEvent`) are ignored.
 *
 * @module
 */
import { h, render } from 'preact';
import type { BadgeItem, BadgeSurface, ShownBadge } from '../lib/page/badge-surface';
import type { PlacedSince } from '../lib/page/change-log';
import { showsBadge } from '../lib/page/badge-surface';
import { listOf } from '../lib/page/dom';
import type { BadgeMode } from '../lib/settings/settings';
import { Badge } from './Badge';
import { SourceCard } from './SourceCard';
import { badgeLabel, badgeText, verdictPhrase } from './verdict-words';
import { BADGE_CSS, CARD_CSS, HOST_BADGE_STYLE, HOST_CARD_STYLE } from './styles';

/** Tag of a badge's host element. */
export const BADGE_TAG = 'figure-check-badge';
/** Tag of the source card's host element. */
export const CARD_TAG = 'figure-check-card';

/** How a layer is made. */
export interface BadgeLayerOptions {
  /**
   * Open shadow roots, so tests can look inside (the e2e build's content script and unit tests
   * ask for it). Never in a shipped build: see {@link shadowMode}.
   */
  inspectable?: boolean;
}

/**
 * The mode of every shadow root the layer attaches. Vite replaces MODE at build time with
 * `production` in the shipped build, so there the expression folds to `'closed'` and the open
 * path is not in the bundle at all.
 */
function shadowMode(inspectable: boolean | undefined): ShadowRootMode {
  return inspectable && import.meta.env.MODE !== 'production' ? 'open' : 'closed';
}

/** A host element with the root Preact renders into (kept here: a closed root is unreachable). */
interface Mounted {
  host: HTMLElement;
  root: HTMLElement;
}

interface DrawnBadge extends Mounted {
  item: BadgeItem;
  /** The card's anchor: one function per badge, so the card's layout effect does not re-run. */
  box: () => DOMRect;
  /** Everything the badge last drew says (see `drawing`): unchanged, it is not drawn again. */
  drawn?: string;
  /** What `drawn` was worked out from: the same objects again say the same without asking. */
  drawnFrom?: { mention: BadgeItem['mention']; check: BadgeItem['check']; expanded: boolean };
  /**
   * Where the host was last found, or put, right after its anchor, and the log that can vouch
   * it is still there (see `PlacedSince`).
   */
  placed: { log: PlacedSince; anchor: Node; parent: Node } | null;
}

/**
 * What a badge shows, as one string: each scan hands every badge a new item, and a live page
 * rescanned on each change would otherwise re-render hundreds of unchanged badges.
 */
function drawing(item: BadgeItem, expanded: boolean): string {
  const { mention, check } = item;
  return [
    check.verdict,
    badgeText(check),
    badgeLabel(mention, check),
    verdictPhrase(check),
    expanded,
  ].join('\u0001');
}

/** Whether `log` vouches that `badge`'s host is where it was last found or put. */
function hostUnmoved(badge: DrawnBadge, log: PlacedSince | undefined): boolean {
  const placed = badge.placed;
  return !!placed && placed.log === log && log.unmoved(badge.host, placed.parent);
}

/**
 * Whether `log` vouches that `badge`'s host is still right after `anchor`, where it was last
 * found or put: neither moved, nor anything put between them.
 */
function unmoved(badge: DrawnBadge, anchor: Node, log: PlacedSince | undefined): boolean {
  const placed = badge.placed;
  return (
    !!placed &&
    placed.anchor === anchor &&
    hostUnmoved(badge, log) &&
    !!log?.unmoved(anchor, placed.parent)
  );
}

interface OpenCard extends Mounted {
  badge: DrawnBadge;
  stopListening: () => void;
}

/** The badge layer of one document: create it, `update` it with each answer, `destroy` it. */
export class BadgeLayer implements BadgeSurface {
  private readonly badges = new Map<string, DrawnBadge>();
  private card: OpenCard | null = null;
  /**
   * One constructed sheet per style text, adopted by every shadow root that uses it: a live blog
   * has hundreds of badges, and parsing a sheet for each new one was most of drawing it.
   */
  private readonly sheets = new Map<string, CSSStyleSheet>();

  readonly tags = [BADGE_TAG];

  constructor(
    private readonly doc: Document,
    private readonly options: BadgeLayerOptions = {},
  ) {}

  update(items: readonly BadgeItem[], mode: BadgeMode, log?: PlacedSince): number {
    const wanted = new Map<string, BadgeItem>();
    for (const item of items) {
      if (!wanted.has(item.figureId) && showsBadge(item.check.verdict, mode))
        wanted.set(item.figureId, item);
    }
    this.removeCopies(log);
    // Badges whose figure went or moved are kept aside and given to the figures that need a
    // badge: an edited entry or a post on top swaps a few figures for others, and moving a drawn
    // badge costs far less than a new host, shadow root and render (an unchanged look is not
    // even rendered again).
    const spare: DrawnBadge[] = [];
    // What stays in the layer stands right after its anchor: nothing more to ask of the page.
    for (const [id, badge] of this.badges) {
      const item = wanted.get(id);
      if (!item || !(unmoved(badge, item.anchor, log) || this.follows(badge, item.anchor, log)))
        spare.push(this.detach(id, badge));
    }
    let drawn = 0;
    for (const item of wanted.values()) {
      let badge = this.badges.get(item.figureId);
      if (!badge) {
        const parent = item.anchor.parentNode;
        if (!item.anchor.isConnected || !parent) continue;
        badge = spare.pop() ?? this.newBadge(item);
        badge.root.setAttribute('data-figure-id', item.figureId);
        this.badges.set(item.figureId, badge);
        parent.insertBefore(badge.host, item.anchor.nextSibling);
        badge.placed = log ? { log, anchor: item.anchor, parent } : null;
      }
      badge.item = item;
      this.renderBadge(badge);
      if (this.card?.badge === badge) this.renderCard(this.card);
      drawn += 1;
    }
    for (const badge of spare) render(null, badge.root);
    return drawn;
  }

  /**
   * Takes out the page's copies of badges (a cloned host has no shadow root, so it is no badge).
   * Only when the page holds more badge hosts than the layer has in it: on a live blog with
   * hundreds of badges, looking at each host of the page cost as much as the rest of an update.
   */
  private removeCopies(log: PlacedSince | undefined): void {
    let own = 0;
    for (const badge of this.badges.values()) {
      const { host } = badge;
      if (hostUnmoved(badge, log) || (host.isConnected && host.ownerDocument === this.doc))
        own += 1;
    }
    if (this.doc.getElementsByTagName(BADGE_TAG).length === own) return;
    const hosts = new Set([...this.badges.values()].map((b) => b.host));
    for (const host of listOf(this.doc.querySelectorAll(BADGE_TAG)))
      if (!hosts.has(host as HTMLElement)) host.remove();
  }

  /**
   * Whether `badge`'s host stands in this page right after `anchor`, asked of the page; when it
   * does, that is where the badge is placed from now on.
   */
  private follows(badge: DrawnBadge, anchor: Node, log: PlacedSince | undefined): boolean {
    const parent = anchor.parentNode;
    const stands =
      parent !== null &&
      badge.host.previousSibling === anchor &&
      anchor.ownerDocument === this.doc &&
      anchor.isConnected;
    badge.placed = stands && log ? { log, anchor, parent } : null;
    return stands;
  }

  find(figureId: string): ShownBadge | null {
    const badge = this.badges.get(figureId);
    if (!badge || !badge.host.isConnected) return null;
    return {
      host: badge.host,
      focus: () => badge.root.querySelector('button')?.focus({ preventScroll: true }),
    };
  }

  owns(node: Node): boolean {
    const name = node.nodeName.toLowerCase();
    return name === BADGE_TAG || name === CARD_TAG;
  }

  clear(): void {
    this.closeCard(false);
    for (const id of [...this.badges.keys()]) this.unmount(id);
    for (const host of listOf(this.doc.querySelectorAll(`${BADGE_TAG}, ${CARD_TAG}`)))
      host.remove();
  }

  /** Takes everything away for good (the content script was stopped). */
  destroy(): void {
    this.clear();
  }

  private mount(tag: string, style: readonly (readonly [string, string])[], css: string): Mounted {
    const { doc } = this;
    const host = doc.createElement(tag);
    // CSSOM, not a style attribute: a page's CSP may forbid inline style attributes.
    for (const [property, value] of style) host.style.setProperty(property, value, 'important');
    const shadow = host.attachShadow({ mode: shadowMode(this.options.inspectable) });
    try {
      // Constructed sheets are not subject to the page's `style-src`.
      let sheet = this.sheets.get(css);
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        this.sheets.set(css, sheet);
      }
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
    return { host, root };
  }

  /** A new badge for `item`, not yet in the page. */
  private newBadge(item: BadgeItem): DrawnBadge {
    const mounted = this.mount(BADGE_TAG, HOST_BADGE_STYLE, BADGE_CSS);
    const { host } = mounted;
    return { ...mounted, item, box: () => host.getBoundingClientRect(), placed: null };
  }

  /** Takes `figureId`'s badge out of the page and the layer, its drawing kept for another. */
  private detach(figureId: string, badge: DrawnBadge): DrawnBadge {
    if (this.card?.badge === badge) this.closeCard(false);
    badge.host.remove();
    this.badges.delete(figureId);
    return badge;
  }

  private unmount(figureId: string): void {
    const badge = this.badges.get(figureId);
    if (!badge) return;
    render(null, this.detach(figureId, badge).root);
  }

  private renderBadge(badge: DrawnBadge): void {
    const { mention, check } = badge.item;
    const expanded = this.card?.badge === badge;
    const from = badge.drawnFrom;
    if (from && from.mention === mention && from.check === check && from.expanded === expanded)
      return;
    badge.drawnFrom = { mention, check, expanded };
    const drawn = drawing(badge.item, expanded);
    if (badge.drawn === drawn) return;
    badge.drawn = drawn;
    render(
      h(Badge, {
        mention: badge.item.mention,
        check: badge.item.check,
        expanded: this.card?.badge === badge,
        onToggle: () => this.toggle(badge),
      }),
      badge.root,
    );
  }

  private toggle(badge: DrawnBadge): void {
    if (this.card?.badge === badge) return this.closeCard(true);
    this.closeCard(false);
    this.openCard(badge);
  }

  private openCard(badge: DrawnBadge): void {
    const { doc } = this;
    const mounted = this.mount(CARD_TAG, HOST_CARD_STYLE, CARD_CSS);
    const { host } = mounted;
    doc.documentElement.append(host);
    const onPointerDown = (event: Event): void => {
      // A page may not close the card for the reader either.
      if (!event.isTrusted) return;
      const path = event.composedPath();
      if (path.includes(host) || path.includes(badge.host)) return;
      const hadFocus = doc.activeElement === host;
      this.closeCard(false);
      // After the click has moved focus: if it landed nowhere, give it back to the badge.
      setTimeout(() => {
        const active = doc.activeElement;
        if (hadFocus && (!active || active === doc.body)) this.find(badge.item.figureId)?.focus();
      }, 0);
    };
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.isTrusted && event.key === 'Escape') this.closeCard(true);
    };
    doc.addEventListener('pointerdown', onPointerDown, true);
    doc.addEventListener('keydown', onKeyDown, true);
    const stopListening = (): void => {
      doc.removeEventListener('pointerdown', onPointerDown, true);
      doc.removeEventListener('keydown', onKeyDown, true);
    };
    this.card = { ...mounted, badge, stopListening };
    this.renderCard(this.card);
    this.renderBadge(badge);
  }

  private renderCard(card: OpenCard): void {
    const { badge } = card;
    render(
      h(SourceCard, {
        mention: badge.item.mention,
        check: badge.item.check,
        publishedAt: badge.item.publishedAt ?? null,
        anchor: badge.box,
        onClose: () => this.closeCard(true),
      }),
      card.root,
    );
  }

  private closeCard(returnFocus: boolean): void {
    const card = this.card;
    if (!card) return;
    this.card = null;
    card.stopListening();
    render(null, card.root);
    card.host.remove();
    const { badge } = card;
    if (this.badges.get(badge.item.figureId) !== badge) return;
    this.renderBadge(badge);
    if (returnFocus && badge.host.isConnected) this.find(badge.item.figureId)?.focus();
  }
}
