import { describe, expect, it } from 'vitest';
import {
  CONFLICT_COLOR,
  conflictBadgeText,
  showPageConflicts,
  type ToolbarAction,
} from '../../../lib/background/toolbar-badge';

const checks = (...verdicts: string[]) =>
  verdicts.map((verdict) => ({ verdict }) as { verdict: 'conflicting' });

/** A toolbar that records what it was told, per tab. */
function fakeToolbar(): ToolbarAction & { text: Map<number, string>; color: Map<number, string> } {
  const text = new Map<number, string>();
  const color = new Map<number, string>();
  return {
    text,
    color,
    setBadgeText: async ({ tabId, text: t }) => void text.set(tabId, t),
    setBadgeBackgroundColor: async ({ tabId, color: c }) => void color.set(tabId, c),
  };
}

describe('the toolbar badge', () => {
  it('counts the figures that conflict with another source, conflicting or mixed', () => {
    expect(conflictBadgeText(checks('conflicting', 'mixed', 'corroborated', 'single-source'))).toBe(
      '2',
    );
    expect(conflictBadgeText(checks('corroborated', 'single-source'))).toBe('');
    expect(conflictBadgeText([])).toBe('');
    expect(conflictBadgeText(checks(...Array<string>(120).fill('mixed')))).toBe('99+');
  });

  it('shows the count on the tab that asked for a page check, in the conflict colour', async () => {
    const toolbar = fakeToolbar();
    const answer = { type: 'check-page-result', results: checks('conflicting'), recorded: true };
    await showPageConflicts(toolbar, { tab: { id: 7 } }, Promise.resolve(answer));
    expect(toolbar.text.get(7)).toBe('1');
    expect(toolbar.color.get(7)).toBe(CONFLICT_COLOR);
  });

  it('clears it when the page has no conflict any more', async () => {
    const toolbar = fakeToolbar();
    toolbar.text.set(7, '3');
    const answer = { type: 'check-page-result', results: checks('corroborated'), recorded: true };
    await showPageConflicts(toolbar, { tab: { id: 7 } }, Promise.resolve(answer));
    expect(toolbar.text.get(7)).toBe('');
  });

  it('leaves it alone for other answers and for senders that are not tabs', async () => {
    const toolbar = fakeToolbar();
    await showPageConflicts(toolbar, { tab: { id: 7 } }, Promise.resolve({ type: 'claims-count' }));
    await showPageConflicts(
      toolbar,
      {},
      Promise.resolve({ type: 'check-page-result', results: checks('mixed') }),
    );
    expect(toolbar.text.size).toBe(0);
  });

  it('survives a tab that closed before the answer', async () => {
    const toolbar = fakeToolbar();
    toolbar.setBadgeText = () => Promise.reject(new Error('No tab with id: 7'));
    const answer = { type: 'check-page-result', results: checks('mixed'), recorded: true };
    await expect(
      showPageConflicts(toolbar, { tab: { id: 7 } }, Promise.resolve(answer)),
    ).resolves.toBeUndefined();
  });
});
