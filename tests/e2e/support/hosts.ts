/**
 * Host names the browser under test resolves to 127.0.0.1. The extension runs by default only
 * on its built-in news sites, so fixture pages are served under one of those names; nothing
 * leaves the machine, since Chromium maps the names to the local test server.
 *
 * @module
 */

/** A built-in news site the fixture pages are served as. */
export const NEWS_HOST = 'www.reuters.com';
/** A second built-in news site, for tests that switch one site off and keep another. */
export const OTHER_NEWS_HOST = 'apnews.com';
/** A site outside the built-in list: the extension is off there until the user turns it on. */
export const OTHER_SITE_HOST = 'figures.localtest';

const MAPPED = [NEWS_HOST, OTHER_NEWS_HOST, OTHER_SITE_HOST];

/**
 * The Chromium switch that sends the mapped names, and `extra` ones (the demo's outlets), to
 * 127.0.0.1 (one argv element, no quotes).
 */
export function hostResolverArg(extra: readonly string[] = []): string {
  const hosts = [...new Set([...MAPPED, ...extra])];
  return `--host-resolver-rules=${hosts.map((h) => `MAP ${h} 127.0.0.1`).join(',')}`;
}
