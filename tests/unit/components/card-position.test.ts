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
    });
  });

  it('flips above near the bottom and to the left near the right edge', () => {
    const placed = placeCard(badge(700, 900), size, viewport);
    expect(placed).toEqual({ top: 396, left: 580, above: true, flippedLeft: true });
  });

  it('keeps a card that fits nowhere inside the viewport', () => {
    const tall = { width: 380, height: 790 };
    const placed = placeCard(badge(400, 10), tall, viewport);
    expect(placed.top).toBe(8);
    expect(placed.left).toBe(10);
    const tiny = placeCard(badge(400, 10), size, { width: 300, height: 200 });
    expect([tiny.top, tiny.left]).toEqual([8, 8]);
  });
});
