import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/settings';
import {
  builtInSiteOf,
  isBuiltInSite,
  originPatternFor,
  siteConfig,
  siteKeyOf,
  siteSwitchPatch,
  withSiteBadgeMode,
} from '../../../lib/sites/site-key';

const settings = (over: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...over });

describe('siteKeyOf', () => {
  it.each([
    ['https://www.reuters.com/world/europe/x', 'reuters.com'],
    ['https://reuters.com/', 'reuters.com'],
    ['http://WWW.Reuters.COM./a', 'reuters.com'],
    ['https://edition.cnn.com/2025/07/20/europe/x', 'cnn.com'],
    ['https://english.nv.ua/nation/x.html', 'english.nv.ua'],
    ['https://Blog.Example.org:8443/post?id=1', 'blog.example.org'],
    ['https://sky.com/tv', 'sky.com'],
    ['http://192.168.0.10/news', '192.168.0.10'],
  ])('%s → %s', (url, key) => {
    expect(siteKeyOf(url)).toBe(key);
  });

  it.each([
    'chrome://extensions/',
    'about:blank',
    'file:///home/me/story.html',
    'ftp://reuters.com/',
    'javascript:alert(1)',
    'not a url',
    'http://[::1]/',
  ])('has no site for %s', (url) => {
    expect(siteKeyOf(url)).toBeNull();
  });

  it('does not take a look-alike host for a listed site', () => {
    expect(siteKeyOf('https://notreuters.com/')).toBe('notreuters.com');
    expect(siteKeyOf('https://reuters.com.evil.example/')).toBe('reuters.com.evil.example');
    expect(isBuiltInSite('https://reuters.com.evil.example/')).toBe(false);
  });
});

describe('isBuiltInSite and builtInSiteOf', () => {
  it('knows the listed sites and their subdomains', () => {
    expect(isBuiltInSite('https://www.theguardian.com/world')).toBe(true);
    expect(builtInSiteOf('https://www.theguardian.com/world')?.name).toBe('The Guardian');
    expect(isBuiltInSite('https://kyivindependent.com/')).toBe(true);
    expect(isBuiltInSite('https://example.org/')).toBe(false);
    expect(isBuiltInSite('chrome://newtab/')).toBe(false);
  });
});

describe('siteConfig', () => {
  it('runs on a built-in site with the global badges by default', () => {
    expect(siteConfig('https://www.bbc.com/news/x', settings())).toEqual({
      enabled: true,
      badges: 'all',
    });
  });

  it('does not run on a built-in site the user turned off', () => {
    const off = settings({ disabledSites: ['bbc.com'] });
    expect(siteConfig('https://www.bbc.com/news/x', off).enabled).toBe(false);
    expect(siteConfig('https://www.reuters.com/x', off).enabled).toBe(true);
  });

  it('runs on another site only once the user turned it on', () => {
    expect(siteConfig('https://blog.example.org/x', settings()).enabled).toBe(false);
    const on = settings({ enabledSites: ['blog.example.org'] });
    expect(siteConfig('https://blog.example.org/x', on).enabled).toBe(true);
    // A host is its own site: the parent domain is not turned on with it.
    expect(siteConfig('https://example.org/x', on).enabled).toBe(false);
  });

  it("uses the site's own badge mode, else the global one", () => {
    const s = settings({ badgeMode: 'conflicts', siteBadgeModes: { 'reuters.com': 'off' } });
    expect(siteConfig('https://www.reuters.com/x', s).badges).toBe('off');
    expect(siteConfig('https://apnews.com/x', s).badges).toBe('conflicts');
  });

  it('is never fooled by a site key named like an object property', () => {
    const s = settings({ badgeMode: 'conflicts', enabledSites: ['constructor'] });
    expect(siteConfig('http://constructor/', s)).toEqual({ enabled: true, badges: 'conflicts' });
  });

  it('never runs on a page that is not on the web', () => {
    expect(siteConfig('about:blank', settings()).enabled).toBe(false);
  });
});

describe('originPatternFor', () => {
  it('asks for exactly the host of a site outside the list', () => {
    expect(originPatternFor('https://Blog.Example.org:8443/post')).toBe('*://blog.example.org/*');
  });

  it('covers a built-in domain with its subdomains', () => {
    expect(originPatternFor('https://www.reuters.com/x')).toBe('*://*.reuters.com/*');
  });

  it('refuses a page that is not on the web', () => {
    expect(() => originPatternFor('file:///x.html')).toThrow();
  });
});

describe('withSiteBadgeMode', () => {
  it("sets one site's mode, and removes it to follow the global mode again", () => {
    const modes = { 'reuters.com': 'off', 'bbc.com': 'all' } as const;
    expect(withSiteBadgeMode(modes, 'rt.com', 'conflicts')).toEqual({
      ...modes,
      'rt.com': 'conflicts',
    });
    expect(withSiteBadgeMode(modes, 'reuters.com', 'all')).toEqual({
      'reuters.com': 'all',
      'bbc.com': 'all',
    });
    expect(withSiteBadgeMode(modes, 'reuters.com', null)).toEqual({ 'bbc.com': 'all' });
    expect(modes).toEqual({ 'reuters.com': 'off', 'bbc.com': 'all' });
  });
});

describe('siteSwitchPatch', () => {
  it('switches a built-in site through disabledSites, and changes nothing already so', () => {
    const on = settings();
    expect(siteSwitchPatch(on, 'reuters.com', true, false)).toEqual({
      disabledSites: ['reuters.com'],
    });
    expect(siteSwitchPatch(on, 'reuters.com', true, true)).toEqual({});
    const off = settings({ disabledSites: ['reuters.com', 'rt.com'] });
    expect(siteSwitchPatch(off, 'reuters.com', true, true)).toEqual({ disabledSites: ['rt.com'] });
  });

  it('switches another site through enabledSites; off, it loses its own badge mode', () => {
    const on = settings({
      enabledSites: ['blog.example.org'],
      siteBadgeModes: { 'blog.example.org': 'off', 'reuters.com': 'all' },
    });
    expect(siteSwitchPatch(on, 'blog.example.org', false, false)).toEqual({
      enabledSites: [],
      siteBadgeModes: { 'reuters.com': 'all' },
    });
    expect(siteSwitchPatch(on, 'blog.example.org', false, true)).toEqual({});
    expect(siteSwitchPatch(on, 'news.example.net', false, true)).toEqual({
      enabledSites: ['blog.example.org', 'news.example.net'],
    });
  });
});
