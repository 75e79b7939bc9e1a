import { describe, expect, it } from 'vitest';
import { loadPageView, readableUrl } from '../../../components/popup/load-page';
import { NO_RECEIVER, fakeEnv, summary } from './fixtures';

const status = (site: string, enabled: boolean, builtIn = false) => ({
  type: 'site-status-result',
  status: { site, builtIn, enabled, badges: 'all' },
});

describe('loadPageView', () => {
  it("shows the content script's summary, the site taken from the tab", async () => {
    const env = fakeEnv(() => summary('no-figures'));
    const view = await loadPageView({ id: 7, url: 'https://www.reuters.com/world/x' }, env);
    expect(view).toMatchObject({
      state: 'no-figures',
      url: 'https://www.reuters.com/world/x',
      site: { site: 'reuters.com', builtIn: true, enabled: true },
    });
    expect(env.calls).toEqual(['tab:page-summary']);
  });

  it("names the site from the page's own address when the browser hides the tab's", async () => {
    // A copy of a story whose canonical URL is on another outlet's site.
    const env = fakeEnv(() =>
      summary('ready', [], { pageUrl: 'https://www.reuters.com/world/copy' }),
    );
    const view = await loadPageView({ id: 7 }, env);
    expect(view).toMatchObject({
      url: 'https://www.reuters.com/world/copy',
      site: { site: 'reuters.com' },
    });
    const older = fakeEnv(() =>
      summary('ready', [], {
        source: { ...summary('ready').source, url: 'https://abnnews.example/x' },
      }),
    );
    expect((await loadPageView({ id: 7 }, older)).site?.site).toBe('abnnews.example');
  });

  it('asks the background about a tab without a content script, and shows the site off', async () => {
    const env = fakeEnv(
      () => {
        throw NO_RECEIVER;
      },
      (m) => (m.url === 'https://blog.example/post' ? status('blog.example', false) : null),
    );
    const view = await loadPageView({ id: 7, url: 'https://blog.example/post' }, env);
    expect(view).toMatchObject({ state: 'off', summary: null, site: { site: 'blog.example' } });
    expect(env.calls).toEqual(['tab:page-summary', 'background:site-status']);
  });

  it('asks the background about a content script that says its site is off', async () => {
    const env = fakeEnv(
      () => summary('off'),
      () => status('reuters.com', false, true),
    );
    const view = await loadPageView({ id: 7, url: 'https://www.reuters.com/world/x' }, env);
    expect(view).toMatchObject({ state: 'off', site: { builtIn: true, enabled: false } });
  });

  it('says a page cannot be read when the browser hides its address or it is a browser page', async () => {
    const silent = (): never => {
      throw NO_RECEIVER;
    };
    for (const url of [undefined, 'chrome://settings', 'file:///home/me/a.html']) {
      const env = fakeEnv(silent, () => status('x', false));
      expect((await loadPageView({ id: 7, url }, env)).state).toBe('unreadable');
      expect(env.calls).toEqual(['tab:page-summary']);
    }
    expect(readableUrl('https://chromewebstore.google.com/detail/x')).toBeNull();
    expect((await loadPageView(null, fakeEnv(silent))).state).toBe('unreadable');
  });

  it('tells a content script that answers nonsense from one that is not there', async () => {
    const env = fakeEnv(() => ({ type: 'page-summary-result', state: 'bogus' }));
    expect((await loadPageView({ id: 7, url: 'https://www.reuters.com/x' }, env)).state).toBe(
      'unreachable',
    );
  });

  it('falls back to what it can tell itself when the background is silent', async () => {
    const env = fakeEnv(
      () => {
        throw NO_RECEIVER;
      },
      () => {
        throw new Error('worker gone');
      },
    );
    const view = await loadPageView({ id: 7, url: 'https://news.example/a' }, env);
    expect(view).toMatchObject({ state: 'off', site: { site: 'news.example', enabled: false } });
  });
});
