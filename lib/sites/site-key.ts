/**
 * Which site a page belongs to, and whether Figure Check runs there. Pure: the content script,
 * the popup, the options page and the background all decide the same way.
 *
 * @module
 */
import type { BadgeMode, Settings } from '../settings/settings';
import { NEWS_SITES, type NewsSite } from './news-sites';

const BY_DOMAIN: ReadonlyMap<string, NewsSite> = new Map(NEWS_SITES.map((s) => [s.domain, s]));

/** What a site key may look like (SiteKeySchema's rule): an IPv6 host, for one, never is. */
const HOST_KEY = /^[a-z0-9.-]{1,253}$/;

/** The page's host, lower case and without a trailing dot; null for non-http(s) URLs. */
function httpHost(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  return HOST_KEY.test(host) ? host : null;
}

/** The built-in site a host falls under: the host itself or its nearest listed parent domain. */
function builtInSiteOfHost(host: string): NewsSite | null {
  for (let rest = host; ;) {
    const site = BY_DOMAIN.get(rest);
    if (site) return site;
    const dot = rest.indexOf('.');
    if (dot < 0) return null;
    rest = rest.slice(dot + 1);
  }
}

/** The built-in news site a URL belongs to, or null (also for non-http(s) URLs). */
export function builtInSiteOf(url: string): NewsSite | null {
  const host = httpHost(url);
  return host ? builtInSiteOfHost(host) : null;
}

/**
 * A URL's site key, under which its settings are kept: the built-in domain it falls under
 * (`https://www.reuters.com/x` → `reuters.com`), else its lower-case host name.
 *
 * @returns null for a page the extension can never run on (not http(s), or an IPv6 host).
 */
export function siteKeyOf(url: string): string | null {
  const host = httpHost(url);
  if (!host) return null;
  return builtInSiteOfHost(host)?.domain ?? host;
}

/** Whether a URL is on a built-in news site. */
export function isBuiltInSite(url: string): boolean {
  return builtInSiteOf(url) !== null;
}

/** Whether Figure Check works on a site, and which badges it draws there. */
export interface SiteConfig {
  enabled: boolean;
  badges: BadgeMode;
}

/**
 * Whether Figure Check runs on a page and which badges it draws: on a built-in site unless the
 * user turned it off, on any other site the user turned on; the site's own badge mode, else the
 * global one. (Whether a turned-on site's host permission is still granted is the background's
 * business; a content script only runs where it is.)
 */
export function siteConfig(url: string, settings: Settings): SiteConfig {
  const key = siteKeyOf(url);
  if (!key) return { enabled: false, badges: settings.badgeMode };
  const enabled =
    (isBuiltInSite(url) && !settings.disabledSites.includes(key)) ||
    settings.enabledSites.includes(key);
  return { enabled, badges: ownBadgeMode(settings, key) ?? settings.badgeMode };
}

/**
 * A site's own badge mode, or null when it follows the global one. (A site key may be any host
 * name, `constructor` included, so only the record's own keys count.)
 */
export function ownBadgeMode(settings: Settings, site: string): BadgeMode | null {
  return Object.hasOwn(settings.siteBadgeModes, site)
    ? (settings.siteBadgeModes[site] ?? null)
    : null;
}

/**
 * The match pattern that covers a site: `*://HOST/*` for a site outside the list (the host
 * permission the popup requests), `*://*.DOMAIN/*` for a built-in site.
 *
 * @throws Error for a URL that has no site key (see {@link siteKeyOf}).
 */
export function originPatternFor(url: string): string {
  const host = httpHost(url);
  if (!host) throw new Error('not an http(s) page');
  const site = builtInSiteOfHost(host);
  return site ? patternForKey(site.domain, true) : patternForKey(host, false);
}

/** The match pattern of a site key: `*://*.DOMAIN/*` when built in, else `*://HOST/*`. */
export function patternForKey(key: string, builtIn: boolean): string {
  return builtIn ? `*://*.${key}/*` : `*://${key}/*`;
}

/** Per-site badge modes with one site's mode set, or removed (null: follow the global one). */
export function withSiteBadgeMode(
  modes: Readonly<Record<string, BadgeMode>>,
  site: string,
  mode: BadgeMode | null,
): Record<string, BadgeMode> {
  const others = Object.entries(modes).filter(([key]) => key !== site);
  return Object.fromEntries(mode ? [...others, [site, mode]] : others);
}

/** A list of sites with `site` in it or out of it, or null when it already is as asked. */
export function withSite(list: readonly string[], site: string, present: boolean): string[] | null {
  const has = list.includes(site);
  if (has === present) return null;
  return present ? [...list, site] : list.filter((s) => s !== site);
}

/**
 * The settings a site's switch changes: a built-in site goes out of or into `disabledSites`;
 * another site into or out of `enabledSites`, and switched off it loses its own badge mode. Empty
 * when the site already is as asked. The background stores this; the options page shows it at
 * once.
 */
export function siteSwitchPatch(
  settings: Settings,
  site: string,
  builtIn: boolean,
  enabled: boolean,
): Partial<Settings> {
  if (builtIn) {
    const disabledSites = withSite(settings.disabledSites, site, !enabled);
    return disabledSites ? { disabledSites } : {};
  }
  const enabledSites = withSite(settings.enabledSites, site, enabled);
  if (!enabledSites) return {};
  if (enabled) return { enabledSites };
  return { enabledSites, siteBadgeModes: withSiteBadgeMode(settings.siteBadgeModes, site, null) };
}
