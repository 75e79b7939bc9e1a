import { describe, expect, it } from 'vitest';
import {
  handleSiteRequest,
  syncRegistrations,
  type SiteRequest,
} from '../../../lib/background/site-requests';
import {
  ErrorResponseSchema,
  SetSiteEnabledResponseSchema,
  SiteStatusResponseSchema,
} from '../../../lib/messages/protocol';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from '../../../lib/settings/settings';
import { fakeSiteControl } from './fake-site-control';

const BLOG = 'https://blog.example.org/2025/07/strike';
const BLOG_ORIGIN = '*://blog.example.org/*';
const SCRIPT = 'content-scripts/content.js';

type Fake = ReturnType<typeof fakeSiteControl>;

const stored = (fake: Fake): Settings => ({
  ...DEFAULT_SETTINGS,
  ...(fake.data.get(SETTINGS_KEY) as Partial<Settings> | undefined),
});

async function status(fake: Fake, url: string) {
  const request: SiteRequest = { type: 'site-status', url };
  return SiteStatusResponseSchema.parse(await handleSiteRequest(request, fake.control)).status;
}

async function setEnabled(fake: Fake, url: string, enabled: boolean, tabId?: number) {
  const request: SiteRequest = { type: 'set-site-enabled', url, enabled, tabId };
  return handleSiteRequest(request, fake.control);
}

async function turn(fake: Fake, url: string, enabled: boolean, tabId?: number) {
  return SetSiteEnabledResponseSchema.parse(await setEnabled(fake, url, enabled, tabId)).status;
}

describe('site-status', () => {
  it('reports a built-in site as on, under its listed domain', async () => {
    expect(await status(fakeSiteControl(), 'https://www.reuters.com/world/x')).toEqual({
      site: 'reuters.com',
      builtIn: true,
      enabled: true,
      badges: 'all',
    });
  });

  it('reports another site as off until turned on, with its own badge mode', async () => {
    const fake = fakeSiteControl({
      [SETTINGS_KEY]: { badgeMode: 'conflicts', siteBadgeModes: { 'blog.example.org': 'off' } },
    });
    expect(await status(fake, BLOG)).toEqual({
      site: 'blog.example.org',
      builtIn: false,
      enabled: false,
      badges: 'off',
    });
  });

  it('reports a turned-on site as off once its permission was revoked in the browser', async () => {
    const fake = fakeSiteControl({ [SETTINGS_KEY]: { enabledSites: ['blog.example.org'] } });
    expect((await status(fake, BLOG))?.enabled).toBe(false);
    fake.granted.add(BLOG_ORIGIN);
    expect((await status(fake, BLOG))?.enabled).toBe(true);
  });

  it('has no status for a page the extension can never run on', async () => {
    expect(await status(fakeSiteControl(), 'chrome://extensions/')).toBeNull();
  });
});

describe('turning on a site outside the list', () => {
  it('refuses without the host permission and changes nothing', async () => {
    const fake = fakeSiteControl();
    const answer = ErrorResponseSchema.parse(await setEnabled(fake, BLOG, true, 7));
    expect(answer.error).toMatch(/permission.*blog\.example\.org.*not granted/i);
    expect(fake.data.has(SETTINGS_KEY)).toBe(false);
    expect(fake.scripts.size).toBe(0);
    expect(fake.injected).toEqual([]);
  });

  it('registers the content script for the host, stores the site and runs it in the tab', async () => {
    const fake = fakeSiteControl();
    fake.granted.add(BLOG_ORIGIN);
    expect(await turn(fake, BLOG, true, 7)).toEqual({
      site: 'blog.example.org',
      builtIn: false,
      enabled: true,
      badges: 'all',
    });
    expect([...fake.scripts.values()]).toEqual([
      {
        id: 'site:blog.example.org',
        matches: [BLOG_ORIGIN],
        js: [SCRIPT],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
    expect(stored(fake).enabledSites).toEqual(['blog.example.org']);
    expect(fake.injected).toEqual([{ tabId: 7, files: [SCRIPT] }]);
  });

  it('keeps one registration and one entry when asked twice, and still runs in the tab asked for', async () => {
    const fake = fakeSiteControl();
    fake.granted.add(BLOG_ORIGIN);
    // The browser's permission event may turn the site on before the popup's own request comes.
    await turn(fake, BLOG, true);
    expect((await turn(fake, `${BLOG}?page=2`, true, 7)).enabled).toBe(true);
    expect(fake.scripts.size).toBe(1);
    expect(stored(fake).enabledSites).toEqual(['blog.example.org']);
    expect(fake.injected.map((i) => i.tabId)).toEqual([7]);
  });

  it('stores nothing when the registration fails', async () => {
    const fake = fakeSiteControl();
    fake.granted.add(BLOG_ORIGIN);
    fake.control.scripting.registerContentScripts = () => Promise.reject(new Error('bad file'));
    await expect(setEnabled(fake, BLOG, true, 7)).rejects.toThrow('bad file');
    expect(fake.data.has(SETTINGS_KEY)).toBe(false);
    expect(fake.injected).toEqual([]);
  });

  it('still turns the site on when the tab is gone before the script could run', async () => {
    const fake = fakeSiteControl();
    fake.granted.add(BLOG_ORIGIN);
    fake.control.scripting.executeScript = () => Promise.reject(new Error('No tab with id: 7'));
    expect((await turn(fake, BLOG, true, 7)).enabled).toBe(true);
    expect(stored(fake).enabledSites).toEqual(['blog.example.org']);
  });

  it('keeps both of two sites turned on at the same moment', async () => {
    const fake = fakeSiteControl();
    fake.granted.add(BLOG_ORIGIN).add('*://news.example.net/*');
    await Promise.all([turn(fake, BLOG, true), turn(fake, 'https://news.example.net/a', true)]);
    expect(stored(fake).enabledSites.sort()).toEqual(['blog.example.org', 'news.example.net']);
  });
});

describe('turning off a site outside the list', () => {
  it('unregisters its script, forgets it and gives its permission back', async () => {
    const fake = fakeSiteControl({
      [SETTINGS_KEY]: { siteBadgeModes: { 'blog.example.org': 'off', 'reuters.com': 'off' } },
    });
    fake.granted.add(BLOG_ORIGIN);
    await turn(fake, BLOG, true, 7);
    expect(await turn(fake, BLOG, false)).toMatchObject({ enabled: false, builtIn: false });
    expect(fake.scripts.size).toBe(0);
    expect(fake.granted.has(BLOG_ORIGIN)).toBe(false);
    expect(stored(fake).enabledSites).toEqual([]);
    expect(stored(fake).siteBadgeModes).toEqual({ 'reuters.com': 'off' });
  });

  it('is harmless when the site was not on', async () => {
    const fake = fakeSiteControl();
    expect((await turn(fake, BLOG, false)).enabled).toBe(false);
    expect(fake.scripts.size).toBe(0);
  });
});

describe('a built-in site', () => {
  it('is turned off and on again through disabledSites, without scripts or permissions', async () => {
    const fake = fakeSiteControl();
    expect(await turn(fake, 'https://www.reuters.com/x', false, 3)).toMatchObject({
      site: 'reuters.com',
      builtIn: true,
      enabled: false,
    });
    await turn(fake, 'https://reuters.com/', false);
    expect(stored(fake).disabledSites).toEqual(['reuters.com']);
    expect(await turn(fake, 'https://www.reuters.com/y', true, 3)).toMatchObject({ enabled: true });
    expect(stored(fake).disabledSites).toEqual([]);
    expect(stored(fake).enabledSites).toEqual([]);
    expect(fake.scripts.size).toBe(0);
    // The static content script is already in the tab; running it again would double the work.
    expect(fake.injected).toEqual([]);
  });
});

it('refuses to turn on a page that is not on the web', async () => {
  const fake = fakeSiteControl();
  ErrorResponseSchema.parse(await setEnabled(fake, 'file:///home/me/story.html', true));
  expect(fake.data.size).toBe(0);
});

describe('syncRegistrations', () => {
  it('makes the registered scripts equal to the turned-on sites still permitted', async () => {
    const fake = fakeSiteControl({
      [SETTINGS_KEY]: {
        badgeMode: 'off',
        enabledSites: ['kept.example', 'missing.example', 'revoked.example', 'www.bbc.com'],
      },
    });
    fake.granted.add('*://kept.example/*').add('*://missing.example/*');
    const old = { id: 'site:kept.example', matches: ['*://kept.example/*'], js: ['old.js'] };
    await fake.control.scripting.registerContentScripts([
      old,
      { id: 'site:revoked.example', matches: ['*://revoked.example/*'], js: [SCRIPT] },
      { id: 'site:forgotten.example', matches: ['*://forgotten.example/*'], js: [SCRIPT] },
      { id: 'someone-else', matches: ['*://x.example/*'], js: ['x.js'] },
    ]);

    const report = await syncRegistrations(fake.control);

    expect([...fake.scripts.keys()].sort()).toEqual([
      'site:kept.example',
      'site:missing.example',
      'someone-else',
    ]);
    expect(fake.scripts.get('site:kept.example')?.js).toEqual([SCRIPT]);
    // Revoked in the browser, or now covered by the built-in list: no longer a turned-on site.
    expect(stored(fake).enabledSites).toEqual(['kept.example', 'missing.example']);
    expect(stored(fake).badgeMode).toBe('off');
    expect(report.dropped.sort()).toEqual(['revoked.example', 'www.bbc.com']);
    expect(report.registered.sort()).toEqual(['kept.example', 'missing.example']);
    expect(report.unregistered.sort()).toEqual([
      'forgotten.example',
      'kept.example',
      'revoked.example',
    ]);
  });

  it('changes nothing when all is in order', async () => {
    const fake = fakeSiteControl();
    fake.granted.add(BLOG_ORIGIN);
    await turn(fake, BLOG, true);
    const before = structuredClone(fake.data.get(SETTINGS_KEY));
    expect(await syncRegistrations(fake.control)).toEqual({
      registered: [],
      unregistered: [],
      dropped: [],
    });
    expect(fake.data.get(SETTINGS_KEY)).toEqual(before);
    expect(fake.scripts.size).toBe(1);
  });

  it('registers the other sites when one registration fails', async () => {
    const fake = fakeSiteControl({ [SETTINGS_KEY]: { enabledSites: ['a.example', 'b.example'] } });
    fake.granted.add('*://a.example/*').add('*://b.example/*');
    const register = fake.control.scripting.registerContentScripts;
    fake.control.scripting.registerContentScripts = (list) =>
      list[0]?.id === 'site:a.example' ? Promise.reject(new Error('busy')) : register(list);
    expect((await syncRegistrations(fake.control)).registered).toEqual(['b.example']);
    expect([...fake.scripts.keys()]).toEqual(['site:b.example']);
    // Still turned on: the next start-up tries again.
    expect(stored(fake).enabledSites).toEqual(['a.example', 'b.example']);
  });
});
