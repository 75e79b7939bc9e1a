import { describe, expect, it } from 'vitest';
import type { Source } from '../../../lib/claims/mention';
import { MAX_FIGURES_PER_PAGE } from '../../../lib/messages/protocol';
import {
  answered,
  initialPageState,
  scanned,
  summaryOf,
  switchedOff,
  withBadgeMode,
} from '../../../lib/page/page-state';
import { check, mention, other } from '../components/fixtures';

const SOURCE: Source = {
  url: 'https://news.example/story',
  outlet: 'News Example',
  title: 'Drones over Kursk',
  publishedAt: '2025-07-20T08:00:00Z',
};
const a = { figureId: '1', mention: mention() };
const b = { figureId: '2', mention: mention({ text: '3', metric: 'people.injured' }) };

describe('page state', () => {
  it('goes from checking to ready with one check per figure, in order', () => {
    let state = initialPageState(SOURCE, 'all');
    expect(summaryOf(state).state).toBe('checking');
    state = scanned(state, { source: SOURCE, article: true, figures: [a, b] });
    expect(state.state).toBe('checking');
    expect(state.figures.map((f) => f.check)).toEqual([null, null]);
    const checks = [check('conflicting', [other()]), check('single-source')];
    state = answered(state, checks);
    expect(state.state).toBe('ready');
    expect(state.figures.map((f) => [f.figureId, f.check?.verdict])).toEqual([
      ['1', 'conflicting'],
      ['2', 'single-source'],
    ]);
  });

  it('tells a page that is no story from a story without figures', () => {
    const start = initialPageState(SOURCE, 'all');
    expect(scanned(start, { source: SOURCE, article: false, figures: [a] }).state).toBe(
      'not-article',
    );
    const none = scanned(start, { source: SOURCE, article: true, figures: [] });
    expect(none.state).toBe('no-figures');
    // Nothing was asked, so an answer changes nothing.
    expect(answered(none, [])).toBe(none);
  });

  it('says no-answer when the background is silent, keeping the checks it gave before', () => {
    let state = scanned(initialPageState(SOURCE, 'all'), {
      source: SOURCE,
      article: true,
      figures: [a, b],
    });
    state = answered(state, [check('corroborated', [other({ agrees: true })]), check('mixed')]);
    // A rescan finds the first figure unchanged and the second one changed.
    const changed = { ...b, mention: mention({ text: '4', metric: 'people.injured' }) };
    state = scanned(state, { source: SOURCE, article: true, figures: [a, changed] });
    expect(state.figures.map((f) => f.check?.verdict ?? null)).toEqual(['corroborated', null]);
    state = answered(state, null);
    expect(state.state).toBe('no-answer');
    expect(state.figures.map((f) => f.check?.verdict ?? null)).toEqual(['corroborated', null]);
  });

  it('keeps the check a figure holds when the next answer says the same, and takes a new one', () => {
    const figures = [a, b];
    let state = scanned(initialPageState(SOURCE, 'all'), {
      source: SOURCE,
      article: true,
      figures,
    });
    state = answered(state, [check('single-source'), check('mixed')]);
    const [first, second] = state.figures;
    expect(second!.check?.verdict).toBe('mixed');
    // A new entry elsewhere on the page is checked with them: the same verdict for the first,
    // a new one for the second (its badge must change; the first one's need not be drawn again).
    state = scanned(state, { source: SOURCE, article: true, figures });
    state = answered(state, [check('single-source'), check('conflicting', [other()])]);
    expect(state.figures[0]!.check).toBe(first!.check);
    expect(state.figures[1]!.check).not.toBe(second!.check);
    expect(state.figures[1]!.check?.verdict).toBe('conflicting');
  });

  it('takes an answer of the wrong length for no answer', () => {
    const state = scanned(initialPageState(SOURCE, 'all'), {
      source: SOURCE,
      article: true,
      figures: [a, b],
    });
    expect(answered(state, [check('mixed')]).state).toBe('no-answer');
  });

  it('drops the figures when switched off and keeps them when the badge mode changes', () => {
    let state = scanned(initialPageState(SOURCE, 'all'), {
      source: SOURCE,
      article: true,
      figures: [a],
    });
    state = withBadgeMode(state, 'conflicts');
    expect(summaryOf(state)).toMatchObject({ badges: 'conflicts', state: 'checking' });
    expect(summaryOf(state).figures).toHaveLength(1);
    const off = switchedOff(state);
    expect(summaryOf(off)).toMatchObject({ state: 'off', figures: [], badges: 'conflicts' });
  });

  it('caps the figures the popup is sent', () => {
    const many = Array.from({ length: MAX_FIGURES_PER_PAGE + 5 }, (_, i) => ({
      figureId: String(i + 1),
      mention: mention(),
    }));
    const state = scanned(initialPageState(SOURCE, 'all'), {
      source: SOURCE,
      article: true,
      figures: many,
    });
    expect(summaryOf(state).figures).toHaveLength(MAX_FIGURES_PER_PAGE);
  });
});
