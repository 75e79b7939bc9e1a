/**
 * What the popup shows about its tab, found out by asking: first the tab's content script (the
 * page summary), and, when there is none, the background (whether the site is switched on).
 *
 * @module
 */
import { RequestError, send, sendToTab, type Send } from '../../lib/messages/client';
import type { PageSummary, SiteStatus } from '../../lib/messages/protocol';
import type { BadgeMode } from '../../lib/settings/settings';
import { isBuiltInSite, siteKeyOf } from '../../lib/sites/site-key';

/** A content script answers at once or not at all; the popup should not hang on it. */
export const SUMMARY_TIMEOUT_MS = 3000;

/** The tab the popup is about; `url` is missing when the browser does not tell it. */
export interface PopupTab {
  id: number;
  url?: string;
}

/** How the popup reaches the tab's content script and the background. */
export interface Messaging {
  toTab: Send;
  toBackground: Send;
}

/**
 * What the popup shows: a page state from the content script, or `unreadable` (the extension
 * can never run here), or `unreachable` (a content script is there but gave no usable answer).
 */
export type ViewState = PageSummary['state'] | 'unreadable' | 'unreachable';

/** Everything the popup knows about its tab. */
export interface PageView {
  state: ViewState;
  /** The content script's summary; null when there is no content script. */
  summary: PageSummary | null;
  /** The tab's site; null when the page is on no site the extension can serve. */
  site: SiteStatus | null;
  /** The page's http(s) address, when known. */
  url: string | null;
}

/** Pages no extension may read even with a host permission: the browsers' add-on stores. */
const STORE_PAGES = [
  /^https:\/\/chromewebstore\.google\.com\//,
  /^https:\/\/chrome\.google\.com\/webstore/,
  /^https:\/\/addons\.mozilla\.org\//,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/,
];

/** The address if it is an http(s) page an extension may read; else null. */
export function readableUrl(url: string | null | undefined): string | null {
  if (!url || siteKeyOf(url) === null) return null;
  return STORE_PAGES.some((store) => store.test(url)) ? null : url;
}

/** The site as the popup can tell it without the background: for when the background is silent. */
function localSite(url: string, enabled: boolean, badges: BadgeMode): SiteStatus | null {
  const site = siteKeyOf(url);
  return site ? { site, builtIn: isBuiltInSite(url), enabled, badges } : null;
}

async function siteStatus(url: string, m: Messaging): Promise<SiteStatus | null> {
  try {
    const answer = await send(m.toBackground, { type: 'site-status', url });
    return answer.status;
  } catch {
    return localSite(url, false, 'all');
  }
}

/**
 * Finds out what to show for `tab`. Never throws: every failure is a state the popup explains.
 */
export async function loadPageView(tab: PopupTab | null, m: Messaging): Promise<PageView> {
  const unreadable: PageView = { state: 'unreadable', summary: null, site: null, url: null };
  if (!tab) return unreadable;
  let summary: PageSummary;
  try {
    summary = await sendToTab(m.toTab, { type: 'page-summary' }, { timeoutMs: SUMMARY_TIMEOUT_MS });
  } catch (e) {
    const url = readableUrl(tab.url);
    if (!(e instanceof RequestError) || e.kind !== 'unreachable') {
      return { state: 'unreachable', summary: null, site: null, url };
    }
    // No content script in the tab: the site is off, or the page can never be read.
    if (!url) return unreadable;
    const site = await siteStatus(url, m);
    return site ? { state: 'off', summary: null, site, url } : unreadable;
  }
  // The tab's own address names the site; the canonical URL may be on another host.
  const url =
    readableUrl(tab.url) ?? readableUrl(summary.pageUrl) ?? readableUrl(summary.source.url);
  if (summary.state === 'off') {
    const site = url ? await siteStatus(url, m) : null;
    return { state: 'off', summary, site, url };
  }
  const site = url ? localSite(url, true, summary.badges) : null;
  return { state: summary.state, summary, site, url };
}
