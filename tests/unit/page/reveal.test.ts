import type { Verdict } from '../../../lib/claims/claim';
import type { BadgeMode } from '../../../lib/settings/settings';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BADGE_TAG,
  badgeOf,
  drawBadgesInMode,
  removeBadges,
  showsBadge,
  type BadgeItem,
} from '../../../lib/page/badges';
import { REVEALED_ATTRIBUTE, revealFigure } from '../../../lib/page/reveal';
import { check, mention, other } from '../components/fixtures';
import { page } from './dom-helpers';

// Marks written by hand: linkedom cannot split text nodes, so marking itself is tested in e2e.
function story(): Document {
  return page(
    '<article><p>Russia said <figure-check-mark data-figure-id="1" style="outline: 0 !important">132</figure-check-mark> drones ' +
      'were downed and <figure-check-mark data-figure-id="2">3</figure-check-mark> people hurt, ' +
      'then <figure-check-mark data-figure-id="3">26</figure-check-mark> more.</p></article>',
  );
}

const items: BadgeItem[] = [
  { figureId: '1', mention: mention(), check: check('conflicting', [other()]) },
  {
    figureId: '2',
    mention: mention({ text: '3' }),
    check: check('corroborated', [other({ agrees: true })]),
  },
  {
    figureId: '3',
    mention: mention({ text: '26' }),
    check: check('mixed', [other(), other({ agrees: true })]),
  },
];

function badgeIds(doc: Document): string[] {
  return Array.from(doc.querySelectorAll(BADGE_TAG)).map(
    (b) => b.getAttribute('data-figure-id') ?? '',
  );
}

describe('badges by mode', () => {
  it('shows every verdict, only conflicts, or none', () => {
    const verdicts: Verdict[] = ['corroborated', 'conflicting', 'mixed', 'single-source'];
    const modes: BadgeMode[] = ['all', 'conflicts', 'off'];
    expect(verdicts.map((v) => modes.map((mode) => showsBadge(v, mode)))).toEqual([
      [true, false, false],
      [true, true, false],
      [true, true, false],
      [true, false, false],
    ]);
  });

  it('takes badges away at once when the mode shows fewer, and brings them back', () => {
    const doc = story();
    expect(drawBadgesInMode(doc, items, 'all')).toBe(3);
    expect(badgeIds(doc)).toEqual(['1', '2', '3']);
    expect(drawBadgesInMode(doc, items, 'conflicts')).toBe(2);
    expect(badgeIds(doc)).toEqual(['1', '3']);
    expect(drawBadgesInMode(doc, items, 'off')).toBe(0);
    expect(badgeIds(doc)).toEqual([]);
    // The figures stay marked whatever the mode.
    expect(doc.querySelectorAll('figure-check-mark')).toHaveLength(3);
    drawBadgesInMode(doc, items, 'all');
    expect(badgeIds(doc)).toEqual(['1', '2', '3']);
    removeBadges(doc);
  });
});

describe('revealFigure', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('scrolls to the badge, rings it for a moment and focuses its button', () => {
    const doc = story();
    drawBadgesInMode(doc, items, 'all');
    const badge = badgeOf(doc, '3')!;
    const scrolls: unknown[] = [];
    badge.host.scrollIntoView = (options?: boolean | ScrollIntoViewOptions) =>
      void scrolls.push(options);
    let focused = 0;
    badge.button!.focus = () => void focused++;

    expect(revealFigure(doc, '3', { reducedMotion: false })).toBe(true);
    expect(scrolls).toEqual([{ block: 'center', inline: 'nearest', behavior: 'smooth' }]);
    expect(focused).toBe(1);
    expect(badge.host.style.getPropertyValue('outline-color')).toBe('#0b57d0');
    expect(badge.host.style.getPropertyValue('outline-width')).toBe('3px');
    expect(doc.documentElement.getAttribute(REVEALED_ATTRIBUTE)).toBe('3');

    vi.advanceTimersByTime(2000);
    expect(badge.host.style.getPropertyValue('outline-color')).toBe('');
    expect(badge.host.style.getPropertyValue('box-shadow')).toBe('');
    removeBadges(doc);
  });

  it('scrolls without animation when the reader prefers reduced motion', () => {
    const doc = story();
    const mark = doc.querySelector('figure-check-mark')!;
    const scrolls: unknown[] = [];
    mark.scrollIntoView = (options?: boolean | ScrollIntoViewOptions) => void scrolls.push(options);
    revealFigure(doc, '1', { reducedMotion: true });
    expect(scrolls).toEqual([{ block: 'center', inline: 'nearest', behavior: 'auto' }]);
  });

  it('highlights and focuses the words of a figure that has no badge, then restores them', () => {
    const doc = story();
    drawBadgesInMode(doc, items, 'conflicts');
    const mark = Array.from(doc.querySelectorAll<HTMLElement>('figure-check-mark'))[1]!;
    let focused = 0;
    mark.focus = () => void focused++;
    const before = mark.getAttribute('style');

    expect(revealFigure(doc, '2')).toBe(true);
    expect(mark.style.getPropertyValue('background-color')).toBe('#fff1a8');
    expect(mark.getAttribute('tabindex')).toBe('-1');
    expect(focused).toBe(1);
    vi.advanceTimersByTime(2000);
    expect(mark.getAttribute('style')).toBe(before);
    removeBadges(doc);
  });

  it('ends one highlight before starting the next', () => {
    const doc = story();
    const [first, second] = Array.from(doc.querySelectorAll<HTMLElement>('figure-check-mark'));
    revealFigure(doc, '1');
    revealFigure(doc, '2');
    expect(first!.style.getPropertyValue('background-color')).toBe('');
    expect(second!.style.getPropertyValue('background-color')).toBe('#fff1a8');
    expect(doc.documentElement.getAttribute(REVEALED_ATTRIBUTE)).toBe('2');
  });

  it('reports a figure the page does not have, touching nothing', () => {
    const doc = story();
    expect(revealFigure(doc, '9')).toBe(false);
    expect(revealFigure(doc, '"]')).toBe(false);
    expect(doc.documentElement.hasAttribute(REVEALED_ATTRIBUTE)).toBe(false);
  });
});
