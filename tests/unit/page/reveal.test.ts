import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BadgeLayer } from '../../../components/badge-layer';
import { REVEALED_ATTRIBUTE, createRevealer } from '../../../lib/page/reveal';
import { markedStory, storyBadges } from '../components/fixtures';

describe('revealFigure', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('scrolls to the badge, rings it for a moment and focuses its button', () => {
    const doc = markedStory();
    const layer = new BadgeLayer(doc);
    layer.update(storyBadges(doc), 'all');
    let focused = 0;
    const badge = layer.find('3')!;
    const counted = { ...badge, focus: () => void focused++ };
    const reveal = createRevealer(doc, { find: (id) => (id === '3' ? counted : null) });
    const scrolls: unknown[] = [];
    badge.host.scrollIntoView = (options?: boolean | ScrollIntoViewOptions) =>
      void scrolls.push(options);

    expect(reveal('3', { reducedMotion: false })).toBe(true);
    expect(scrolls).toEqual([{ block: 'center', inline: 'nearest', behavior: 'smooth' }]);
    expect(focused).toBe(1);
    expect(badge.host.style.getPropertyValue('outline-color')).toBe('#0b57d0');
    expect(badge.host.style.getPropertyValue('outline-width')).toBe('3px');
    expect(doc.documentElement.getAttribute(REVEALED_ATTRIBUTE)).toBe('3');

    vi.advanceTimersByTime(2000);
    expect(badge.host.style.getPropertyValue('outline-color')).toBe('');
    expect(badge.host.style.getPropertyValue('box-shadow')).toBe('');
    layer.destroy();
  });

  it('scrolls without animation when the reader prefers reduced motion', () => {
    const doc = markedStory();
    const mark = doc.querySelector('figure-check-mark')!;
    const scrolls: unknown[] = [];
    mark.scrollIntoView = (options?: boolean | ScrollIntoViewOptions) => void scrolls.push(options);
    createRevealer(doc, new BadgeLayer(doc))('1', { reducedMotion: true });
    expect(scrolls).toEqual([{ block: 'center', inline: 'nearest', behavior: 'auto' }]);
  });

  it('highlights and focuses the words of a figure that has no badge, then restores them', () => {
    const doc = markedStory();
    const layer = new BadgeLayer(doc);
    layer.update(storyBadges(doc), 'conflicts');
    const mark = Array.from(doc.querySelectorAll<HTMLElement>('figure-check-mark'))[1]!;
    let focused = 0;
    mark.focus = () => void focused++;
    const before = mark.getAttribute('style');

    expect(createRevealer(doc, layer)('2')).toBe(true);
    expect(mark.style.getPropertyValue('background-color')).toBe('#fff1a8');
    expect(mark.getAttribute('tabindex')).toBe('-1');
    expect(focused).toBe(1);
    vi.advanceTimersByTime(2000);
    expect(mark.getAttribute('style')).toBe(before);
    layer.destroy();
  });

  it('ends one highlight before starting the next', () => {
    const doc = markedStory();
    const [first, second] = Array.from(doc.querySelectorAll<HTMLElement>('figure-check-mark'));
    const reveal = createRevealer(doc, new BadgeLayer(doc));
    reveal('1');
    reveal('2');
    expect(first!.style.getPropertyValue('background-color')).toBe('');
    expect(second!.style.getPropertyValue('background-color')).toBe('#fff1a8');
    expect(doc.documentElement.getAttribute(REVEALED_ATTRIBUTE)).toBe('2');
  });

  it('reports a figure the page does not have, touching nothing', () => {
    const doc = markedStory();
    const reveal = createRevealer(doc, new BadgeLayer(doc));
    expect(reveal('9')).toBe(false);
    expect(reveal('"]')).toBe(false);
    expect(doc.documentElement.hasAttribute(REVEALED_ATTRIBUTE)).toBe(false);
  });
});
