import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../../components/popup/Popup';
import { NO_RECEIVER, check, fakeEnv, figure, other, summary, type FakeEnv } from './fixtures';

let mounted: Element | null = null;
afterEach(() => {
  if (mounted) render(null, mounted);
  mounted = null;
});

function mount(env: FakeEnv): Element {
  const { document } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  const root = document.getElementById('app') as unknown as Element;
  render(h(Popup, { env }), root);
  mounted = root;
  return root;
}

function popup(root: Element): Element {
  return root.querySelector('.popup')!;
}

async function shown(root: Element, state: string): Promise<void> {
  await vi.waitFor(() => {
    expect(popup(root).getAttribute('data-ready')).toBe('true');
    expect(popup(root).getAttribute('data-state')).toBe(state);
  });
}

function button(root: Element, name: string | RegExp): HTMLElement {
  const all = Array.from(root.querySelectorAll('button')) as unknown as HTMLElement[];
  const found = all.find((b) =>
    typeof name === 'string' ? b.textContent?.trim() === name : name.test(b.textContent ?? ''),
  );
  if (!found) throw new Error(`no button ${String(name)} in ${root.textContent}`);
  return found;
}

function text(root: Element): string {
  return (root.textContent ?? '').replace(/\s+/g, ' ');
}

const FIGURES = [
  figure('1', { metric: 'people.killed', text: 'two' }, check('single-source')),
  figure('2', { text: '132' }, check('conflicting', [other({ outlet: 'ABN News' })])),
  figure(
    '3',
    { metric: 'people.injured', text: 'three' },
    check('corroborated', [other({ agrees: true })]),
  ),
];

describe('Popup', () => {
  it('starts in a loading state and then lists the figures, conflicts first', async () => {
    const env = fakeEnv(() => summary('ready', FIGURES));
    const root = mount(env);
    expect(popup(root).getAttribute('data-state')).toBe('loading');
    expect(popup(root).getAttribute('data-ready')).toBe('false');
    await shown(root, 'ready');
    expect(root.querySelector('h1')?.textContent).toBe('Russia says 132 drones downed');
    expect(root.querySelector('.outlet')?.textContent).toBe('Reuters');
    expect(root.querySelector('.counts')?.textContent?.replace(/\s+/g, ' ')).toBe(
      '3 figures≠ 1 conflicting✓ 1 corroborated1 single source',
    );
    const rows = Array.from(root.querySelectorAll('button.row'));
    expect(rows.map((r) => r.getAttribute('data-figure-id'))).toEqual(['2', '3', '1']);
    const first = rows[0]!.textContent!.replace(/\s+/g, ' ');
    expect(first).toContain('132 drones shot down');
    expect(first).toContain('Russia · 20 Jul 2025 · said by Russian Defense Ministry');
    expect(first).toContain('Conflicting');
    expect(rows[0]!.querySelector('svg')?.getAttribute('aria-label')).toBe(
      'Reported values: 132 (this page), 142 (ABN News)',
    );
    // The strip draws the other value; the row also says whose it is.
    expect(rows[0]!.querySelector('.others')?.textContent).toBe('≠ 142 ABN News');
  });

  it('counts conflicting, outdated and explained figures apart in its summary', async () => {
    const figures = [
      figure('1', { text: '132' }, check('conflicting', [other({ outlet: 'ABN News' })])),
      figure('2', { text: '140' }, check('conflicting', [other({ outlet: 'ABN News' })])),
      figure('3', { metric: 'people.killed', text: 'six' }, check('updated')),
      figure('4', { text: '711' }, check('explained')),
    ];
    const root = mount(fakeEnv(() => summary('ready', figures)));
    await shown(root, 'ready');
    const counts = Array.from(root.querySelectorAll('.counts .count'), (c) =>
      c.textContent?.replace(/^\W+/, ''),
    );
    expect(counts).toEqual(['2 conflicting', '1 outdated', '1 explained']);
    // Each row says its own verdict: only the disputed figures read as conflicting.
    const verdictOf = (id: string) =>
      root.querySelector(`button.row[data-figure-id="${id}"] .verdict`)?.textContent;
    expect(['1', '2', '3', '4'].map(verdictOf)).toEqual([
      expect.stringContaining('Conflicting'),
      expect.stringContaining('Conflicting'),
      expect.stringContaining('Updated'),
      expect.stringContaining('Explained'),
    ]);
  });

  it('shows a figure in the page when its row is picked', async () => {
    const env = fakeEnv((m) =>
      m.type === 'reveal-figure'
        ? { type: 'figure-revealed', found: true }
        : summary('ready', FIGURES),
    );
    const root = mount(env);
    await shown(root, 'ready');
    (root.querySelector('button.row[data-figure-id="3"]') as unknown as HTMLElement).click();
    await vi.waitFor(() => expect(env.calls).toContain('tab:reveal-figure'));
    expect(env.calls.filter((c) => c === 'tab:page-summary')).toHaveLength(1);
  });

  it.each([
    [
      'not-article',
      "This page doesn't look like a news article. Figure Check looks for figures in article text.",
    ],
    ['no-figures', 'No drone-strike or casualty figures found in this article.'],
  ] as const)('explains the %s state in a sentence', async (state, sentence) => {
    const root = mount(fakeEnv(() => summary(state)));
    await shown(root, state);
    expect(text(root)).toContain(sentence);
    expect(root.querySelector('button.row')).toBeNull();
    expect(root.querySelector('.export')).toBeNull();
  });

  it("says so when it can never read the tab's page", async () => {
    const env = fakeEnv(
      () => {
        throw NO_RECEIVER;
      },
      undefined,
      { url: 'chrome://extensions' },
    );
    const root = mount(env);
    await shown(root, 'unreadable');
    expect(text(root)).toContain("Figure Check can't read this page.");
  });

  it('keeps looking while the page is being checked', async () => {
    let answered = false;
    const env = fakeEnv(() =>
      answered ? summary('ready', FIGURES) : summary('checking', [figure('2')]),
    );
    const root = mount(env);
    await shown(root, 'checking');
    expect(text(root)).toContain('Checking figures against other sources…');
    expect(text(root)).toContain('1 not checked yet');
    // The background answers the page; the popup notices without being asked to.
    answered = true;
    await shown(root, 'ready');
    expect(env.calls.filter((c) => c === 'tab:page-summary').length).toBeGreaterThan(1);
  });

  it('asks again on Retry when the background did not answer', async () => {
    let asked = 0;
    const env = fakeEnv(() =>
      ++asked === 1 ? summary('no-answer', [figure('2')]) : summary('ready', FIGURES),
    );
    const root = mount(env);
    await shown(root, 'no-answer');
    expect(text(root)).toContain('did not answer');
    button(root, 'Retry').click();
    await shown(root, 'ready');
  });

  it('turns on a site outside the list: permission first, in the click, then the background', async () => {
    let on = false;
    const env = fakeEnv(
      () => {
        if (!on) throw NO_RECEIVER;
        return summary('no-figures');
      },
      (m) => {
        if (m.type === 'set-site-enabled') {
          expect(m).toMatchObject({ url: 'https://blog.example/post', enabled: true, tabId: 7 });
          on = true;
        }
        return m.type === 'site-status'
          ? {
              type: 'site-status-result',
              status: { site: 'blog.example', builtIn: false, enabled: on, badges: 'all' },
            }
          : {
              type: 'site-enabled-result',
              status: { site: 'blog.example', builtIn: false, enabled: true, badges: 'all' },
            };
      },
      { url: 'https://blog.example/post' },
    );
    const root = mount(env);
    await shown(root, 'off');
    expect(text(root)).toContain('Figure Check is off for blog.example.');
    const before = env.calls.length;
    button(root, 'Check figures on this site').click();
    // Synchronously, before anything else: the browser only prompts inside the user's click.
    expect(env.calls.slice(before)).toEqual(['permissions:*://blog.example/*']);
    await shown(root, 'no-figures');
    expect(env.calls.slice(before, before + 2)).toEqual([
      'permissions:*://blog.example/*',
      'background:set-site-enabled',
    ]);
  });

  it('turns on a built-in site without asking for a permission', async () => {
    let on = false;
    const env = fakeEnv(
      () => summary(on ? 'ready' : 'off', on ? FIGURES : []),
      (m) => {
        if (m.type === 'set-site-enabled') on = true;
        const status = { site: 'reuters.com', builtIn: true, enabled: on, badges: 'all' };
        return m.type === 'site-status'
          ? { type: 'site-status-result', status }
          : { type: 'site-enabled-result', status };
      },
    );
    const root = mount(env);
    await shown(root, 'off');
    expect(text(root)).toContain('Figure Check is off for reuters.com.');
    button(root, 'Check figures on this site').click();
    await shown(root, 'ready');
    expect(env.calls.some((c) => c.startsWith('permissions:'))).toBe(false);
  });

  it('stays off and says why when the permission is refused', async () => {
    const env = fakeEnv(
      () => {
        throw NO_RECEIVER;
      },
      () => ({
        type: 'site-status-result',
        status: { site: 'blog.example', builtIn: false, enabled: false, badges: 'all' },
      }),
      { url: 'https://blog.example/post', granted: false },
    );
    const root = mount(env);
    await shown(root, 'off');
    button(root, 'Check figures on this site').click();
    await vi.waitFor(() => expect(text(root)).toContain('was not allowed to read blog.example'));
    expect(env.calls).not.toContain('background:set-site-enabled');
  });

  it('switches the site off from the link', async () => {
    const env = fakeEnv(
      () => summary('ready', FIGURES),
      (m) => {
        expect(m).toMatchObject({ type: 'set-site-enabled', enabled: false, tabId: 7 });
        return {
          type: 'site-enabled-result',
          status: { site: 'reuters.com', builtIn: true, enabled: false, badges: 'all' },
        };
      },
    );
    const root = mount(env);
    await shown(root, 'ready');
    button(root, 'Turn off on reuters.com').click();
    await shown(root, 'off');
    expect(text(root)).toContain('Figure Check is off for reuters.com.');
    expect(root.querySelector('button.row')).toBeNull();
  });

  it('opens the claims browser and the options', async () => {
    const env = fakeEnv(() => summary('no-figures'));
    const root = mount(env);
    await shown(root, 'no-figures');
    button(root, 'Open claims browser').click();
    button(root, 'Options').click();
    expect(env.calls).toContain('open:claims');
    expect(env.calls).toContain('open:options');
  });

  it("exports the page's figures as CSV and as a claims list", async () => {
    const env = fakeEnv(() => summary('ready', FIGURES));
    const root = mount(env);
    await shown(root, 'ready');
    expect(root.querySelector('.export')?.getAttribute('aria-label')).toBe('Export this page');
    button(root, 'CSV').click();
    await vi.waitFor(() => expect(env.files).toHaveLength(1));
    button(root, 'JSON').click();
    await vi.waitFor(() => expect(env.files).toHaveLength(2));
    const [csv, json] = env.files;
    expect(csv!.name).toBe('figure-check-page-2025-07-21.csv');
    const lines = (await csv!.blob.text()).trim().split(/\r?\n/);
    expect(lines).toHaveLength(4);
    expect(json!.name).toBe('figure-check-page-2025-07-21.json');
    const list = JSON.parse(await json!.blob.text()) as {
      format: string;
      claims: { text: string; verdict: string; source: { url: string } }[];
    };
    expect(list.format).toBe('claims-list/1');
    expect(list.claims.map((c) => [c.text, c.verdict])).toEqual([
      ['two', 'single-source'],
      ['132', 'conflicting'],
      ['three', 'corroborated'],
    ]);
    expect(list.claims[0]!.source.url).toBe('https://www.reuters.com/world/drones-kursk');
  });
});
