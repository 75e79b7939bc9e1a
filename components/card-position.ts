/**
 * Where the source card goes: below the badge and left-aligned with it, flipped above and/or
 * to the left when that would leave the viewport, and clamped inside it as a last resort.
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
  let top = anchor.bottom + GAP;
  let above = false;
  if (top + size.height > viewport.height - EDGE && anchor.top - GAP - size.height >= EDGE) {
    top = anchor.top - GAP - size.height;
    above = true;
  }
  let left = anchor.left;
  let flippedLeft = false;
  if (left + size.width > viewport.width - EDGE && anchor.right - size.width >= EDGE) {
    left = anchor.right - size.width;
    flippedLeft = true;
  }
  // Neither side fits (a tall card, a badge near an edge): keep the card on screen regardless.
  top = clamp(top, EDGE, viewport.height - EDGE - size.height);
  left = clamp(left, EDGE, viewport.width - EDGE - size.width);
  return { top, left, above, flippedLeft };
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(value, Math.max(low, high)));
}
