import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OptionsEnv } from '../../../components/options/options-env';
import { TeamListsSection } from '../../../components/options/TeamListsSection';
import type { ListStatusView } from '../../../lib/messages/list-protocol';
import { memoryStorage } from '../background/memory-storage';

type Root = Element & { ownerDocument: Document };
const mounted: Root[] = [];
afterEach(() => {
  for (const root of mounted.splice(0)) act(() => render(null, root));
});

const NOW = Date.now();

function list(over: Partial<ListStatusView>): ListStatusView {
  return {
    id: 'a1',
    url: 'https://lists.example.org/v1/lists/a1',
    name: 'Kyiv desk',
    claimCount: 3,
    lastSyncAt: new Date(NOW - 12 * 60_000 - 5_000).toISOString(),
    lastError: null,
    nextSyncAt: NOW + 18 * 60_000 + 5_000,
    writable: false,
    hasToken: true,
    shareError: null,
    pendingShares: 0,
    indexing: null,
    ...over,
  };
}

/** The section on a fake background that answers with `answer`; returns what was sent. */
function mount(answer: (m: { type: string }) => unknown) {
  const { document } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  const root = document.getElementById('app') as unknown as Root;
  const sent: { type: string }[] = [];
  const announced: string[] = [];
  const env: OptionsEnv = {
    storage: memoryStorage({}).storage,
    watch: () => () => undefined,
    send: async (m) => (sent.push(m as { type: string }), answer(m as { type: string })),
    openClaimsBrowser: vi.fn(async () => undefined),
  };
  const props = {
    env,
    announce: (t: string) => void announced.push(t),
    syncMinutes: 30,
    onSyncMinutes: vi.fn(),
  };
  act(() => render(h(TeamListsSection, props), root));
  mounted.push(root);
  const $ = (selector: string) => root.querySelector(selector) as HTMLElement | null;
  return { root, $, sent, announced, props };
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await act(() => new Promise((r) => setTimeout(r, 5)));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function fire(element: HTMLElement | null, type: string): void {
  if (!element) throw new Error(`no element to ${type}`);
  element.dispatchEvent(new element.ownerDocument.defaultView!.Event(type, { bubbles: true }));
}

const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('the Team lists section', () => {
  it('says what a list holds, when it synced, why its last sync failed and what waits', async () => {
    const { root, $ } = mount(() => ({
      type: 'list-status-result',
      lists: [
        list({
          lastError: 'server answered 500: database is down',
          writable: true,
          pendingShares: 2,
          shareError: 'this token may only read',
        }),
        list({ id: 'f_1', name: 'Field file', lastSyncAt: null, claimCount: 1, hasToken: false }),
        list({
          id: 'big',
          name: 'Wire archive',
          claimCount: 100_000,
          indexing: { done: 45_000, total: 100_000, error: 'disk <b>full</b>' },
        }),
      ],
    }));
    await until(() => $('.team-list') !== null, 'the lists');
    const [desk, file, big] = [...root.querySelectorAll('li.team-list')];
    expect([...desk!.querySelectorAll('.list-facts > li')].map(text)).toEqual([
      '3 claims',
      'Last synced 12 min ago',
      'Next sync in 18 min',
      'Writable — you can share to this list',
      '2 shares waiting to be sent',
    ]);
    expect([...desk!.querySelectorAll('.list-warning')].map(text)).toEqual([
      '⚠ Last sync failed: server answered 500: database is down',
      '⚠ Last share refused: this token may only read',
    ]);
    expect(text(desk!.querySelector('.list-url'))).toBe('https://lists.example.org/v1/lists/a1');
    expect(desk!.querySelector('time')?.getAttribute('datetime')).toBe(
      new Date(Date.parse(list({}).lastSyncAt!)).toISOString(),
    );
    expect([...file!.querySelectorAll('.list-facts > li')].map(text).slice(0, 2)).toEqual([
      '1 claim',
      'Never synced',
    ]);
    expect(text(file!.querySelector('.list-facts'))).toContain('Read-only');
    expect(file!.querySelector('.list-warning')).toBeNull();
    // A large list still being copied into the claims browser says how far it has got.
    expect([...big!.querySelectorAll('.list-facts > li')].map(text).slice(0, 2)).toEqual([
      '100,000 claims',
      'Used for checking pages; adding to the claims browser: 45,000 of 100,000 claims',
    ]);
    expect(desk!.querySelector('.list-indexing')).toBeNull();
    // A copy whose last batch failed says why, as text, and that it is tried again.
    expect([...big!.querySelectorAll('.list-warning')].map(text)).toEqual([
      '⚠ Adding to the claims browser failed: disk <b>full</b>. Trying again every minute.',
    ]);
  });

  it('shows the empty state and, for a refused URL, the reason beside the form with the URL kept', async () => {
    const { $, sent, announced } = mount((m) =>
      m.type === 'list-status'
        ? { type: 'list-status-result', lists: [] }
        : { type: 'error', error: 'the URL must start with https://' },
    );
    await until(() => $('.empty-lists') !== null, 'the empty state');
    expect(text($('.empty-lists'))).toMatch(/^No team lists yet\. Add one by its URL/);
    const url = $('#list-url') as HTMLInputElement;
    const token = $('#list-token') as HTMLInputElement;
    expect(token.getAttribute('type')).toBe('password');
    expect(token.getAttribute('autocomplete')).toBe('off');
    url.value = 'ftp://example.org/list.json';
    fire(url, 'input');
    token.value = 'secret';
    fire(token, 'input');
    fire($('form.add-list'), 'submit');
    await until(() => $('#add-list-error') !== null, 'the error');
    expect(sent.find((m) => m.type === 'add-list')).toEqual({
      type: 'add-list',
      url: 'ftp://example.org/list.json',
      token: 'secret',
    });
    expect(text($('#add-list-error'))).toBe(
      '⚠ Could not add the list: the URL must start with https://',
    );
    expect(url.getAttribute('aria-describedby')).toContain('add-list-error');
    expect(url.getAttribute('aria-invalid')).toBe('true');
    expect(url.value).toBe('ftp://example.org/list.json');
    expect(announced).toEqual(['Could not add the list: the URL must start with https://']);
  });

  it('announces an added list only once the lists are read again and show it', async () => {
    const added = list({ name: 'Night desk', lastSyncAt: new Date(NOW).toISOString() });
    let followed: ListStatusView[] = [];
    let answerRead: (() => void) | null = null;
    const { $, announced } = mount((m) => {
      if (m.type === 'add-list') {
        followed = [added];
        return {
          type: 'list-added',
          list: added,
          sync: { listId: 'a1', status: 'updated', error: null },
        };
      }
      const lists = followed;
      // The read after the add is slow, as the background's is while it copies the claims.
      if (lists.length === 0) return { type: 'list-status-result', lists };
      return new Promise((r) => (answerRead = () => r({ type: 'list-status-result', lists })));
    });
    await until(() => $('.empty-lists') !== null, 'the empty state');
    const url = $('#list-url') as HTMLInputElement;
    url.value = 'https://lists.example.org/v1/lists/a1';
    fire(url, 'input');
    fire($('form.add-list'), 'submit');
    await until(() => answerRead !== null, 'the lists read again');
    expect(announced).toEqual([]);
    answerRead!();
    await until(() => announced.length === 1, 'the announcement');
    expect(announced).toEqual(['Added Night desk: 3 claims.']);
    expect(text($('li.team-list h3'))).toBe('Night desk');
  });
});
