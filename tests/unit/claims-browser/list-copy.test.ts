import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import { ListCopyNotice } from '../../../components/claims/ListCopyNotice';
import type { ListCopyState } from '../../../components/claims/use-list-copy';
import { copyingWords, finishedWords, listCopyNotice } from '../../../lib/claims-browser/list-copy';
import type { ListStatusView } from '../../../lib/messages/list-protocol';

function list(
  id: string,
  name: string,
  indexing: { done: number; total: number; error?: string } | null = null,
): ListStatusView {
  return {
    id,
    url: `https://lists.example/v1/lists/${id}`,
    name,
    claimCount: indexing?.total ?? 10,
    lastSyncAt: '2026-11-22T08:00:00.000Z',
    lastError: null,
    nextSyncAt: 0,
    writable: false,
    hasToken: true,
    shareError: null,
    pendingShares: 0,
    indexing: indexing && { error: null, ...indexing },
  };
}

describe('listCopyNotice', () => {
  it('says nothing when no list is being copied', () => {
    expect(listCopyNotice(null, [list('a', 'Kyiv desk')])).toEqual({ copying: [], finished: [] });
  });

  it('gives one line per list still being copied, with its progress', () => {
    const notice = listCopyNotice(null, [
      list('a', 'Kyiv desk', { done: 40_000, total: 100_000 }),
      list('b', 'Field desk'),
      list('c', 'Odesa <desk>', { done: 0, total: 1 }),
    ]);
    expect(notice.copying).toEqual([
      'Adding team list “Kyiv desk” to this table: 40,000 of 100,000 claims.',
      'Adding team list “Odesa <desk>” to this table: 0 of 1 claim.',
    ]);
    expect(notice.finished).toEqual([]);
  });

  it('names a list as finished once, when its copy ends while it is still followed', () => {
    const before = [
      list('a', 'Kyiv desk', { done: 99_000, total: 100_000 }),
      list('b', 'Field desk', { done: 10, total: 5_000 }),
    ];
    // "b" was removed meanwhile: gone, not finished.
    const after = [list('a', 'Kyiv desk')];
    expect(listCopyNotice(before, after)).toEqual({ copying: [], finished: ['Kyiv desk'] });
    expect(listCopyNotice(after, after).finished).toEqual([]);
  });

  it('names a list added and copied between two readings, but not the lists of the first', () => {
    const first = [list('a', 'Kyiv desk')];
    expect(listCopyNotice(null, first).finished).toEqual([]);
    const added = [...first, list('b', 'Field desk')];
    expect(listCopyNotice(first, added).finished).toEqual(['Field desk']);
    const copying = [...first, list('c', 'Odesa desk', { done: 0, total: 9_000 })];
    expect(listCopyNotice(first, copying).finished).toEqual([]);
  });

  it('says why the last batch failed, and that the copy is tried again', () => {
    const notice = listCopyNotice(null, [
      list('a', 'Kyiv desk', { done: 1_000, total: 5_000, error: 'the disk is full' }),
    ]);
    expect(notice.copying).toEqual([
      'Adding team list “Kyiv desk” to this table: 1,000 of 5,000 claims. The last try failed (the disk is full); trying again every minute.',
    ]);
  });

  it('never shows more copied than the list holds', () => {
    expect(copyingWords('Kyiv desk', 1_200, 1_000)).toBe(
      'Adding team list “Kyiv desk” to this table: 1,000 of 1,000 claims.',
    );
  });

  it('names one, two or more finished lists in a sentence', () => {
    expect(finishedWords(['A'])).toBe('Team list “A” is now in this table.');
    expect(finishedWords(['A', 'B'])).toBe('Team lists “A” and “B” are now in this table.');
    expect(finishedWords(['A', 'B', 'C'])).toBe(
      'Team lists “A”, “B” and “C” are now in this table.',
    );
  });
});

describe('ListCopyNotice', () => {
  function mount(copy: ListCopyState, onShow: () => void): Element {
    const { document } = parseHTML('<!doctype html><html><body><div id="r"></div></body></html>');
    const root = document.getElementById('r')!;
    render(h(ListCopyNotice, { copy, onShow }), root as unknown as Element);
    return root as unknown as Element;
  }

  it('shows nothing but an empty announcer while no list is being copied', () => {
    const root = mount({ copying: [], finished: [], acknowledge: () => {} }, () => {});
    expect(root.querySelector('.list-copy')).toBeNull();
    expect(root.querySelector('[aria-live="polite"]')?.textContent).toBe('');
  });

  it('says a list is still being copied, that pages are checked already, and shows what came', () => {
    let shown = 0;
    let acknowledged = 0;
    const root = mount(
      {
        copying: [copyingWords('<b>Kyiv</b>', 5, 10)],
        finished: [],
        acknowledge: () => acknowledged++,
      },
      () => shown++,
    );
    const box = root.querySelector('.list-copy')!;
    expect([...box.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      'Adding team list “<b>Kyiv</b>” to this table: 5 of 10 claims.',
      'Pages are already checked against all of its claims.',
    ]);
    // The list's name is text, never markup.
    expect(box.querySelector('b')).toBeNull();
    const button = box.querySelector('button')!;
    expect(button.textContent).toBe('Show claims added so far');
    (button as unknown as HTMLButtonElement).click();
    expect([shown, acknowledged]).toEqual([1, 1]);
  });

  it('announces a finished copy and offers to show its claims', () => {
    const root = mount({ copying: [], finished: ['Kyiv desk'], acknowledge: () => {} }, () => {});
    expect(root.querySelector('[aria-live="polite"]')?.textContent).toBe(
      'Team list “Kyiv desk” is now in this table.',
    );
    expect(root.querySelector('.list-copy button')?.textContent).toBe('Show them');
  });
});
