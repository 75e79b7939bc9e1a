import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../../components/options/OptionsApp';
import type { OptionsEnv } from '../../../components/options/options-env';
import { SETTINGS_KEY, SETTINGS_NOTICE_KEY, type Settings } from '../../../lib/settings/settings';
import { memoryStorage } from '../background/memory-storage';

type Root = Element & { ownerDocument: Document };
const mounted: Root[] = [];
afterEach(() => {
  for (const root of mounted.splice(0)) act(() => render(null, root));
});

/** The options page on a fake browser: storage in memory, messages recorded and answered. */
function mount(stored: Record<string, unknown> = {}, answer: (m: unknown) => unknown = () => ({})) {
  const { document } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  const root = document.getElementById('app') as unknown as Root;
  const { storage, data } = memoryStorage(stored);
  const listeners = new Set<() => void>();
  const sent: unknown[] = [];
  const env: OptionsEnv = {
    storage: {
      get: storage.get,
      set: async (items) => {
        await storage.set(items);
        if (SETTINGS_KEY in items) listeners.forEach((l) => l());
      },
    },
    watch: (l) => (listeners.add(l), () => listeners.delete(l)),
    send: async (m) => {
      // The Team lists section reads its lists at start; these tests are about the rest.
      if ((m as { type?: unknown }).type === 'list-status')
        return { type: 'list-status-result', lists: [] };
      sent.push(m);
      return answer(m);
    },
    openClaimsBrowser: vi.fn(async () => undefined),
  };
  // act: effects run now, as they would before a user could touch the page.
  act(() => render(h(OptionsApp, { env }), root));
  mounted.push(root);
  const $ = (selector: string) => root.querySelector(selector) as HTMLElement | null;
  return { root, $, data, sent, env, document };
}

/** Waits for the page to reach a state (rendering and storage are asynchronous). */
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

/** Picks an option the way linkedom reads a select's value: the option marked selected. */
function choose(select: HTMLSelectElement, value: string): void {
  for (const option of select.querySelectorAll('option')) option.removeAttribute('selected');
  select.querySelector(`option[value="${value}"]`)?.setAttribute('selected', '');
  fire(select, 'change');
}

const stored = (data: Map<string, unknown>) => data.get(SETTINGS_KEY) as Settings;

describe('the options page', () => {
  it('shows the sections, every built-in site with a switch, and the settings as stored', async () => {
    const { $, root } = mount({
      [SETTINGS_KEY]: { disabledSites: ['rt.com'], badgeMode: 'conflicts', retentionDays: 30 },
    });
    await until(() => $('#retention') !== null, 'the settings');
    expect([...root.querySelectorAll('h2')].map((e) => e.textContent)).toEqual([
      'Where Figure Check runs',
      'Badges',
      'Recording',
      'Team lists',
      'Data',
    ]);
    // linkedom keeps a control's checked state as the attribute.
    expect($('[id="run-rt.com"]')?.hasAttribute('checked')).toBe(false);
    expect($('[id="run-reuters.com"]')?.hasAttribute('checked')).toBe(true);
    expect($('input[value="conflicts"]')?.hasAttribute('checked')).toBe(true);
    expect($('input[value="all"]')?.hasAttribute('checked')).toBe(false);
    expect(($('#retention') as HTMLInputElement).value).toBe('30');
    // Every control has a label.
    for (const control of root.querySelectorAll('input, select')) {
      const id = control.getAttribute('id');
      const labelled = control.closest('label') || (id && root.querySelector(`label[for="${id}"]`));
      expect(labelled, control.outerHTML).toBeTruthy();
    }
  });

  it('shows the reset notice once, then clears it', async () => {
    const { $, data } = mount({ [SETTINGS_KEY]: { badgeMode: 'loud', retentionDays: 90 } });
    await until(() => $('.notice') !== null, 'the notice');
    expect($('.notice')?.textContent).toBe(
      'These settings could not be read and were reset to their defaults: Badges.',
    );
    await until(() => (data.get(SETTINGS_NOTICE_KEY) as unknown[]).length === 0, 'cleared');
    expect(stored(data).retentionDays).toBe(90);

    const again = mount(Object.fromEntries(data));
    await until(() => again.$('#retention') !== null, 'the settings');
    expect(again.$('.notice')).toBeNull();
  });

  it('stores a site badge mode and the global one, and announces "Saved."', async () => {
    const { $, data } = mount();
    await until(() => $('#retention') !== null, 'the settings');
    const select = $('[id="badges-reuters.com"]') as HTMLSelectElement;
    choose(select, 'off');
    await until(() => stored(data)?.siteBadgeModes['reuters.com'] === 'off', 'site mode stored');
    await until(() => $('[role="status"]')?.textContent === 'Saved.', 'announced');

    const off = $('input[name="badge-mode"][value="off"]') as HTMLInputElement;
    off.checked = true;
    fire(off, 'change');
    await until(() => stored(data).badgeMode === 'off', 'global mode stored');
    expect(stored(data).siteBadgeModes).toEqual({ 'reuters.com': 'off' });
  });

  it('refuses a retention outside 1–3650 days and stores a valid one', async () => {
    const { $, data } = mount();
    await until(() => $('#retention') !== null, 'the settings');
    const input = $('#retention') as HTMLInputElement;
    input.value = '0';
    fire(input, 'change');
    await until(() => $('#retention-error') !== null, 'the error');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(data.has(SETTINGS_KEY)).toBe(false);
    input.value = '365';
    fire(input, 'change');
    await until(() => stored(data)?.retentionDays === 365, 'stored');
    expect($('#retention-error')).toBeNull();
  });

  it('turns sites on and off through the background', async () => {
    const { $, sent } = mount({ [SETTINGS_KEY]: { enabledSites: ['blog.example.org'] } });
    await until(() => $('#retention') !== null, 'the settings');
    const reuters = $('[id="run-reuters.com"]') as HTMLInputElement;
    reuters.checked = false;
    fire(reuters, 'change');
    const remove = [...$('.site-list')!.querySelectorAll('button')].find((b) =>
      b.textContent?.startsWith('Remove'),
    );
    fire(remove as HTMLElement, 'click');
    await until(() => sent.length === 2, 'two messages');
    expect(sent).toEqual([
      { type: 'set-site-enabled', url: 'https://reuters.com/', enabled: false },
      { type: 'set-site-enabled', url: 'https://blog.example.org/', enabled: false },
    ]);
  });

  it('clears all data only after the explicit second confirmation, and says how much', async () => {
    const { $, root, sent } = mount({}, () => ({ type: 'data-cleared', deleted: 1234 }));
    await until(() => $('#retention') !== null, 'the settings');
    const button = (text: string) =>
      [...root.querySelectorAll('button')].find((b) => b.textContent === text) as HTMLElement;
    fire(button('Clear all data…'), 'click');
    await until(() => $('#clear-confirm') !== null, 'the confirmation');
    expect(sent).toEqual([]);
    fire(button('Cancel'), 'click');
    await until(() => $('#clear-confirm') === null, 'cancelled');
    expect(sent).toEqual([]);

    fire(button('Clear all data…'), 'click');
    await until(() => $('#clear-confirm') !== null, 'the confirmation');
    fire(button('Yes, delete all claims'), 'click');
    await until(() => $('.ok') !== null, 'the outcome');
    expect(sent).toEqual([{ type: 'clear-data', confirm: true }]);
    expect($('.ok')?.textContent).toBe('Deleted 1234 claims.');
  });
});
