import { describe, expect, it } from 'vitest';
import { BUILT_IN_MATCHES, NEWS_SITES, SITE_KINDS } from '../../../lib/sites/news-sites';

const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

describe('the built-in news sites', () => {
  it('lists at least 60 sites', () => {
    expect(NEWS_SITES.length).toBeGreaterThanOrEqual(60);
  });

  it('holds only valid lower-case domains, each once, and no test or local hosts', () => {
    const domains = NEWS_SITES.map((s) => s.domain);
    for (const domain of domains) expect(domain).toMatch(DOMAIN);
    expect(new Set(domains).size).toBe(domains.length);
    const reserved = /\.(test|example|invalid|localhost|local)$|^localhost$/;
    expect(domains.filter((d) => reserved.test(d))).toEqual([]);
  });

  it('never lists a domain under another listed one, so each page has one site', () => {
    const domains = new Set(NEWS_SITES.map((s) => s.domain));
    const nested = NEWS_SITES.filter((s) =>
      [...domains].some((d) => d !== s.domain && s.domain.endsWith(`.${d}`)),
    );
    expect(nested).toEqual([]);
  });

  it('has a name for every site and every kind represented', () => {
    for (const site of NEWS_SITES) expect(site.name.trim()).not.toBe('');
    const kinds = new Set(NEWS_SITES.map((s) => s.kind));
    expect([...kinds].sort()).toEqual(SITE_KINDS.map((k) => k.kind).sort());
  });

  it.each(['reuters.com', 'apnews.com', 'bbc.com', 'kyivindependent.com', 'tass.com', 'meduza.io'])(
    'includes %s',
    (domain) => {
      expect(NEWS_SITES.map((s) => s.domain)).toContain(domain);
    },
  );

  it('gives the content script one match pattern per site, covering its subdomains', () => {
    expect(BUILT_IN_MATCHES).toHaveLength(NEWS_SITES.length);
    expect(BUILT_IN_MATCHES).toContain('*://*.reuters.com/*');
    for (const pattern of BUILT_IN_MATCHES) expect(pattern).toMatch(/^\*:\/\/\*\.[a-z0-9.-]+\/\*$/);
  });
});
