import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../../components/popup/Popup';
import { figureWords, shareOutcome } from '../../../components/popup/share';
import type { ListStatusView, ShareFiguresResponse } from '../../../lib/messages/list-protocol';
import { check, fakeEnv, figure, summary, type Reply } from './fixtures';

/** A followed list as `list-status` reports it. */
function listView(over: Partial<ListStatusView> = {}): ListStatusView {
  return {
    id: 'kyiv',
    url: 'https://lists.example/v1/lists/kyiv',
    name: 'Kyiv desk',
    claimCount: 0,
    lastSyncAt: null,
    lastError: null,
    nextSyncAt: 0,
    writable: true,
    hasToken: true,
    shareError: null,
    pendingShares: 0,
    indexing: null,
    ...over,
  };
}

const FIGURES = [
  figure('1', { text: '132' }, check('single-source')),
  figure('2', { metric: 'people.killed', text: 'two', group: 'civilians' }, check('single-source')),
  figure('3', { metric: 'drones.launched', text: '57' }, check('single-source')),
];

type Message = { type: string } & Record<string, unknown>;

let unmount: (() => void) | null = null;
afterEach(() => {
  unmount?.();
  unmount = null;
});

/** The popup on a page with FIGURES; the background answers with `lists` and `shared`. */
function mount(lists: ListStatusView[], shared: Reply = () => sent) {
  const window = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  const root = window.document.getElementById('app') as unknown as Element;
  const asked: Message[] = [];
  const env = fakeEnv(
    () => summary('ready', FIGURES),
    (m) => {
      asked.push(m);
      if (m.type === 'list-status') return { type: 'list-status-result', lists };
      if (m.type === 'share-figures') return shared(m);
      throw new Error(`unexpected ${m.type}`);
    },
  );
  render(h(Popup, { env }), root);
  unmount = () => render(null, root);
  const text = () => (root.textContent ?? '').replace(/\s+/g, ' ');
  const find = (name: string): HTMLElement => {
    const all = Array.from(root.querySelectorAll('button')) as unknown as HTMLElement[];
    const found = all.find((b) => b.textContent?.trim() === name);
    if (!found) throw new Error(`no button ${name} in ${text()}`);
    return found;
  };
  const boxes = () =>
    Array.from(root.querySelectorAll('.share-choices input')) as unknown as HTMLInputElement[];
  const untick = (box: HTMLInputElement) => {
    box.checked = false;
    box.dispatchEvent(new window.Event('change', { bubbles: true }));
  };
  const submit = () =>
    root.querySelector('form')?.dispatchEvent(new window.Event('submit', { cancelable: true }));
  const rows = () => root.querySelectorAll('button.row').length;
  return { root, asked, text, find, boxes, untick, submit, rows, window };
}

const sent: ShareFiguresResponse = {
  type: 'figures-shared',
  queued: 3,
  sent: true,
  error: null,
  refused: false,
};

describe('shareOutcome', () => {
  it('says the list has the figures, that they wait, or why the list refused them', () => {
    expect(shareOutcome(sent, 3, 'Kyiv desk')).toEqual({
      tone: 'sent',
      text: 'Shared 3 figures to Kyiv desk.',
    });
    const waiting = { ...sent, sent: false, error: 'network error: Failed to fetch' };
    expect(shareOutcome(waiting, 1, 'Kyiv desk').text).toBe(
      'Saved 1 figure; they will be sent to Kyiv desk when its server answers ' +
        '(network error: Failed to fetch).',
    );
    const refused = { ...sent, sent: false, queued: 0, refused: true, error: 'read-only token.' };
    expect(shareOutcome(refused, 2, 'Kyiv desk')).toEqual({
      tone: 'refused',
      text: 'Kyiv desk refused the figures: read-only token.',
    });
  });

  it('names a figure as the popup rows do', () => {
    const exact = (n: number) => ({ n, min: n, max: n, qualifier: 'exact' as const });
    expect(
      figureWords({ text: '132', metric: 'drones.downed', group: null, value: exact(132) }),
    ).toBe('132 drones shot down');
    expect(
      figureWords({ text: 'one', metric: 'drones.downed', group: null, value: exact(1) }),
    ).toBe('one drone shot down');
  });
});

describe('sharing from the popup', () => {
  it('offers no share when no followed list can be written to', async () => {
    const p = mount([listView({ writable: false, hasToken: false })]);
    await vi.waitFor(() => expect(p.asked.map((m) => m.type)).toContain('list-status'));
    await vi.waitFor(() => expect(p.rows()).toBe(3));
    expect(p.text()).not.toContain('Share to team list');
  });

  it('shares the ticked figures of the page to the one writable list', async () => {
    const p = mount([listView({ writable: false, id: 'ro', name: 'Read only' }), listView()]);
    await vi.waitFor(() => p.find('Share to team list…'));
    p.find('Share to team list…').click();
    await vi.waitFor(() => expect(p.boxes()).toHaveLength(3));
    expect(p.root.querySelector('select')).toBeNull();
    expect(p.text()).toContain('To Kyiv desk');
    expect(p.text()).toContain('132 drones shot down');
    // linkedom keeps `checked` as the attribute Preact writes.
    expect(p.boxes().every((b) => b.hasAttribute('checked'))).toBe(true);
    p.untick(p.boxes()[1]!);
    await vi.waitFor(() => p.find('Share 2 figures'));
    p.submit();
    await vi.waitFor(() => expect(p.text()).toContain('Shared 2 figures to Kyiv desk.'));
    const request = p.asked.find((m) => m.type === 'share-figures');
    expect(request?.listId).toBe('kyiv');
    expect(request?.source).toMatchObject({ url: 'https://www.reuters.com/world/drones-kursk' });
    const mentions = request?.mentions as { text: string }[];
    expect(mentions.map((m) => m.text)).toEqual(['132', '57']);
    p.find('Close').click();
    await vi.waitFor(() => expect(p.rows()).toBe(3));
    expect(p.text()).toContain('Share to team list…');
  });

  it('cannot share nothing, and lets the user choose among several lists', async () => {
    const p = mount([listView(), listView({ id: 'odesa', name: 'Odesa desk' })]);
    await vi.waitFor(() => p.find('Share to team list…'));
    p.find('Share to team list…').click();
    await vi.waitFor(() => expect(p.boxes()).toHaveLength(3));
    p.find('Select none').click();
    await vi.waitFor(() => expect(p.find('Share 0 figures').hasAttribute('disabled')).toBe(true));
    p.find('Select all').click();
    await vi.waitFor(() => p.find('Share 3 figures'));
    const select = p.root.querySelector('select') as unknown as HTMLSelectElement;
    expect(Array.from(select.options, (o) => o.textContent)).toEqual(['Kyiv desk', 'Odesa desk']);
    // linkedom's select has a read-only value; the browser's is set by picking an option.
    Object.defineProperty(select, 'value', { value: 'odesa' });
    select.dispatchEvent(new p.window.Event('change', { bubbles: true }));
    // Let Preact draw the choice before the form is sent, as a browser would between two events.
    await new Promise((done) => setTimeout(done, 0));
    p.submit();
    await vi.waitFor(() => expect(p.text()).toContain('Shared 3 figures to Odesa desk.'));
    expect(p.asked.find((m) => m.type === 'share-figures')?.listId).toBe('odesa');
  });

  it('says why the list refused, as an alert', async () => {
    const refused = { ...sent, queued: 0, sent: false, refused: true, error: 'read-only token' };
    const p = mount([listView()], () => refused);
    await vi.waitFor(() => p.find('Share to team list…'));
    p.find('Share to team list…').click();
    await vi.waitFor(() => p.find('Share 3 figures'));
    p.submit();
    await vi.waitFor(() =>
      expect(p.root.querySelector('[role="alert"]')?.textContent).toBe(
        'Kyiv desk refused the figures: read-only token.',
      ),
    );
    expect(p.root.querySelector('.share-outcome[role="status"]')?.textContent).toBe('');
  });
});
