import { describe, expect, it } from 'vitest';
import { placeCard } from '../../../components/card-position';

const viewport = { width: 1000, height: 800 };
const size = { width: 380, height: 300 };
const badge = (top: number, left: number) => ({ top, left, bottom: top + 20, right: left + 60 });

describe('placeCard', () => {
  it('hangs the card below the badge, left-aligned', () => {
    expect(placeCard(badge(100, 200), size, viewport)).toEqual({
      top: 124,
      left: 200,
      above: false,
      flippedLeft: false,
      beside: false,
    });
  });

  it('flips above near the bottom and to the left near the right edge', () => {
    const placed = placeCard(badge(700, 900), size, viewport);
    expect(placed).toEqual({
      top: 396,
      left: 580,
      above: true,
      flippedLeft: true,
      beside: false,
    });
  });

  it('puts a card too tall for above and below beside the badge, never over it', () => {
    const tall = { width: 380, height: 600 };
    const b = badge(400, 10);
    const right = placeCard(b, tall, viewport);
    expect(right).toMatchObject({ left: b.right + 4, beside: true, flippedLeft: false });
    expect(right.top + tall.height).toBeLessThanOrEqual(viewport.height - 8);
    const nearRight = badge(400, 900);
    const left = placeCard(nearRight, tall, viewport);
    expect(left).toMatchObject({ beside: true, flippedLeft: true });
    expect(left.left + tall.width).toBeLessThanOrEqual(nearRight.left);
  });

  it('keeps a card that fits nowhere inside the viewport', () => {
    const tall = { width: 380, height: 790 };
    const narrow = { width: 420, height: 800 };
    const placed = placeCard(badge(400, 10), tall, narrow);
    expect(placed.top).toBe(8);
    expect(placed.left).toBe(10);
    const tiny = placeCard(badge(400, 10), size, { width: 300, height: 200 });
    expect([tiny.top, tiny.left]).toEqual([8, 8]);
  });
});
