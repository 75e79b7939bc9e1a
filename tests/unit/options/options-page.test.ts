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

/**
 * Holds reads of storage back while `held`: each read takes what is stored when it is asked, as
 * the browser's storage does, and comes back only when released, so a test decides the order in
 * which answers arrive.
 */
class ReadGate {
  held = false;
  private readonly waiting: (() => void)[] = [];
  /** Reads asked for and not yet released. */
  get count(): number {
    return this.waiting.length;
  }
  pass(): Promise<void> {
    return this.held ? new Promise((r) => this.waiting.push(r)) : Promise.resolve();
  }
  /** Lets the oldest held read come back. */
  releaseOne(): void {
    this.waiting.shift()?.();
  }
  /** Stops holding and lets every held read come back, oldest first. */
  open(): void {
    this.held = false;
    this.waiting.splice(0).forEach((r) => r());
  }
}

/** The options page on a fake browser: storage in memory, messages recorded and answered. */
function mount(
  stored: Record<string, unknown> = {},
  answer: (m: unknown) => unknown = () => ({}),
  gate = new ReadGate(),
) {
  const { document } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  const root = document.getElementById('app') as unknown as Root;
  const { storage, data } = memoryStorage(stored);
  const listeners = new Set<() => void>();
  const sent: unknown[] = [];
  const env: OptionsEnv = {
    storage: {
      get: async (key) => {
        const now = await storage.get(key);
        await gate.pass();
        return now;
      },
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
  const changed = () => listeners.forEach((l) => l());
  return { root, $, data, sent, env, document, changed };
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

/**
 * Whether a control shows as checked. linkedom has no `checked` property: Preact writes the
 * attribute until a test sets the property, as a click would, and writes the property after.
 */
function shownChecked(control: Element | null): boolean {
  if (!control) throw new Error('no such control');
  return 'checked' in control ? Boolean(control.checked) : control.hasAttribute('checked');
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

  it('keeps a chosen mode on screen while it is stored, though a read from before comes back later', async () => {
    const gate = new ReadGate();
    const { $, data, changed } = mount(
      { [SETTINGS_KEY]: { badgeMode: 'conflicts' } },
      undefined,
      gate,
    );
    await until(() => $('#retention') !== null, 'the settings');
    const radio = (mode: string) =>
      $(`input[name="badge-mode"][value="${mode}"]`) as HTMLInputElement;
    expect(shownChecked(radio('conflicts'))).toBe(true);

    gate.held = true;
    // Another page changed the settings: the page reads them again, and that read is slow.
    changed();
    await until(() => gate.count === 1, 'the read asked for');
    const all = radio('all');
    all.checked = true;
    fire(all, 'change');
    await until(() => gate.count === 2, "the change's own read asked for");
    expect(shownChecked(radio('all'))).toBe(true);
    // The slow read holds the mode from before the click; the page does not go back to it.
    gate.releaseOne();
    // The released read settles in promise callbacks alone: a macrotask later it has been shown,
    // or set aside, and Preact has rendered.
    await act(() => new Promise((r) => setTimeout(r, 0)));
    expect(shownChecked(radio('all'))).toBe(true);
    expect(shownChecked(radio('conflicts'))).toBe(false);

    gate.open();
    await until(() => stored(data)?.badgeMode === 'all', 'stored');
    await until(() => $('[role="status"]')?.textContent === 'Saved.', 'announced');
    expect(shownChecked(radio('all'))).toBe(true);
  });

  it('stores both of two quick changes, the second not writing back what the first replaced', async () => {
    const gate = new ReadGate();
    const { $, data } = mount(
      { [SETTINGS_KEY]: { siteBadgeModes: { 'reuters.com': 'off' } } },
      undefined,
      gate,
    );
    await until(() => $('#retention') !== null, 'the settings');
    gate.held = true;
    choose($('[id="badges-reuters.com"]') as HTMLSelectElement, 'default');
    const conflicts = $('input[name="badge-mode"][value="conflicts"]') as HTMLInputElement;
    conflicts.checked = true;
    fire(conflicts, 'change');
    gate.open();
    await until(() => stored(data)?.badgeMode === 'conflicts', 'the second change stored');
    expect(stored(data).siteBadgeModes).toEqual({});
    expect(($('[id="badges-reuters.com"]') as HTMLSelectElement).value).toBe('default');
  });

  it('shows what is stored again when a change cannot be stored, and says why', async () => {
    const { $, env, data } = mount({ [SETTINGS_KEY]: { badgeMode: 'conflicts' } });
    await until(() => $('#retention') !== null, 'the settings');
    env.storage.set = async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
    const all = $('input[name="badge-mode"][value="all"]') as HTMLInputElement;
    all.checked = true;
    fire(all, 'change');
    await until(() => $('[role="status"]')?.textContent !== '', 'announced');
    expect($('[role="status"]')?.textContent).toBe('Not saved: QUOTA_BYTES quota exceeded');
    await until(
      () => shownChecked($('input[name="badge-mode"][value="conflicts"]')),
      'the stored mode shown again',
    );
    expect(shownChecked(all)).toBe(false);
    expect(stored(data).badgeMode).toBe('conflicts');
  });

  it("shows a site's switch as set while the background stores it, and what is stored after", async () => {
    let answer: (() => void) | null = null;
    const page = mount({ [SETTINGS_KEY]: { retentionDays: 30 } }, (m) => {
      if ((m as { type?: unknown }).type !== 'set-site-enabled') return {};
      // The background answers late, having stored the switch.
      return new Promise((r) => {
        answer = () => {
          page.data.set(SETTINGS_KEY, { ...stored(page.data), disabledSites: ['reuters.com'] });
          page.changed();
          r({
            type: 'site-enabled-result',
            status: { site: 'reuters.com', builtIn: true, enabled: false, badges: 'all' },
          });
        };
      });
    });
    const { $, changed } = page;
    await until(() => $('#retention') !== null, 'the settings');
    const reuters = $('[id="run-reuters.com"]') as HTMLInputElement;
    reuters.checked = false;
    fire(reuters, 'change');
    await until(() => answer !== null, 'the request sent');
    // Another page changes the settings meanwhile: reading them again does not undo the click.
    changed();
    await act(() => new Promise((r) => setTimeout(r, 0)));
    expect(shownChecked($('[id="run-reuters.com"]'))).toBe(false);
    answer!();
    await until(() => $('[role="status"]')?.textContent === 'Saved.', 'announced');
    expect(shownChecked($('[id="run-reuters.com"]'))).toBe(false);
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
