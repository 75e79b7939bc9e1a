import { describe, expect, it } from 'vitest';
import {
  hostOfPattern,
  sitesGranted,
  sitesRevoked,
} from '../../../lib/background/permission-events';
import { SETTINGS_KEY } from '../../../lib/settings/settings';
import { fakeSiteControl } from './fake-site-control';

describe('permission events', () => {
  it('reads the host of one-site patterns only', () => {
    expect(hostOfPattern('*://News.Example.org/*')).toBe('news.example.org');
    expect(hostOfPattern('https://blog.example/*')).toBe('blog.example');
    expect(hostOfPattern('*://*/*')).toBeNull();
    expect(hostOfPattern('*://*.example.org/*')).toBeNull();
    expect(hostOfPattern('<all_urls>')).toBeNull();
  });

  it('turns a site on when its permission is granted, without the popup', async () => {
    const fake = fakeSiteControl();
    fake.granted.add('*://blog.example.org/*');
    expect(await sitesGranted(['*://blog.example.org/*', '*://*/*'], fake.control)).toEqual([
      'blog.example.org',
    ]);
    expect(fake.scripts.size).toBe(1);
    expect((fake.data.get(SETTINGS_KEY) as { enabledSites: string[] }).enabledSites).toEqual([
      'blog.example.org',
    ]);
  });

  it('turns a site off when its permission is revoked in the browser', async () => {
    const fake = fakeSiteControl();
    fake.granted.add('*://blog.example.org/*');
    await sitesGranted(['*://blog.example.org/*'], fake.control);
    fake.granted.clear();
    await sitesRevoked(fake.control);
    expect(fake.scripts.size).toBe(0);
    expect((fake.data.get(SETTINGS_KEY) as { enabledSites: string[] }).enabledSites).toEqual([]);
  });
});
