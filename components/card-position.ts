/**
 * Where the source card goes: below the badge and left-aligned with it, flipped above and/or
 * to the left when that would leave the viewport; when it fits neither below nor above (a card
 * taller than the room on either side), beside the badge, so it never covers the badge it
 * belongs to; clamped inside the viewport as a last resort.
 *
 * @module
 */

/** A rectangle in viewport coordinates (the fields of `DOMRect` the card needs). */
export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Top-left corner for a `position: fixed` card, and which way it was flipped. */
export interface Placement {
  top: number;
  left: number;
  above: boolean;
  flippedLeft: boolean;
  /** Beside the badge (right of it, or left when flipped), fitting neither below nor above. */
  beside: boolean;
}

/** Gap between badge and card, and between card and viewport edge, in CSS pixels. */
const GAP = 4;
const EDGE = 8;

/**
 * Places a card of `size` next to `anchor` inside a viewport of `viewport` size.
 * A card larger than the viewport is pinned to the top/left edge (it scrolls inside itself).
 */
export function placeCard(
  anchor: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  const below = anchor.bottom + GAP;
  const fitsBelow = below + size.height <= viewport.height - EDGE;
  const fitsAbove = anchor.top - GAP - size.height >= EDGE;
  if (!fitsBelow && !fitsAbove) {
    const right = anchor.right + GAP;
    const leftOf = anchor.left - GAP - size.width;
    const flippedLeft = right + size.width > viewport.width - EDGE && leftOf >= EDGE;
    if (flippedLeft || right + size.width <= viewport.width - EDGE) {
      // Level with the badge, then kept on screen: it may overlap the line, not the badge.
      const top = clamp(anchor.top - EDGE, EDGE, viewport.height - EDGE - size.height);
      return { top, left: flippedLeft ? leftOf : right, above: false, flippedLeft, beside: true };
    }
  }
  let top = below;
  let above = false;
  if (!fitsBelow && fitsAbove) {
    top = anchor.top - GAP - size.height;
    above = true;
  }
  let left = anchor.left;
  let flippedLeft = false;
  if (left + size.width > viewport.width - EDGE && anchor.right - size.width >= EDGE) {
    left = anchor.right - size.width;
    flippedLeft = true;
  }
  // No side fits (a tall card in a narrow window): keep the card on screen regardless.
  top = clamp(top, EDGE, viewport.height - EDGE - size.height);
  left = clamp(left, EDGE, viewport.width - EDGE - size.width);
  return { top, left, above, flippedLeft, beside: false };
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(value, Math.max(low, high)));
}
